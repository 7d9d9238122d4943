// The search behind `planRotation`: one slot per period, minimising the worst-off person's
// cumulative cost, then everyone's sum, then the slot's own cost. Greedy first, then local
// search one period at a time: a good plan, not a proven optimum.

import type { ParticipantGroup } from "./meeting-participants.js";
import type { SlotGrid } from "./slot-scan.js";

// Local search stops after this many passes without needing them all: each pass only improves.
const MAX_PASSES = 50;

// Scores closer than this are ties: the running totals gather float error as slots are added
// and removed, and that error must not decide between two equally good plans.
const EPSILON = 1e-9;

/** The plan so far: per group, the running total of mean penalties over the chosen slots. */
interface RotationState {
  readonly groups: readonly ParticipantGroup[];
  readonly grid: SlotGrid;
  /** Candidate count: the stride of the grid's group-major arrays. */
  readonly n: number;
  /** A person's total is their weight × their group's entry. */
  readonly totals: Float64Array;
}

/** The index of the chosen candidate in each period, in period order. */
export function searchRotation(
  groups: readonly ParticipantGroup[],
  grid: SlotGrid,
  periods: readonly (readonly number[])[],
): number[] {
  const state: RotationState = {
    groups,
    grid,
    n: grid.starts.length,
    totals: new Float64Array(groups.length),
  };
  const chosen = chooseGreedily(state, periods);
  improveLocally(state, periods, chosen);
  return chosen;
}

/** Each period in turn takes its best slot given the periods before it. */
function chooseGreedily(state: RotationState, periods: readonly (readonly number[])[]): number[] {
  return periods.map((period) => {
    const k = bestIn(state, period);
    apply(state, k, 1);
    return k;
  });
}

/** Re-chooses each period given all the others, until a pass changes nothing. */
function improveLocally(
  state: RotationState,
  periods: readonly (readonly number[])[],
  chosen: number[],
): void {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    periods.forEach((period, p) => {
      apply(state, chosen[p]!, -1);
      const k = bestIn(state, period);
      apply(state, k, 1);
      if (k !== chosen[p]) {
        chosen[p] = k;
        changed = true;
      }
    });
    if (!changed) break;
  }
}

function bestIn(state: RotationState, period: readonly number[]): number {
  let best: number | undefined;
  for (const k of period) if (better(state, k, best)) best = k;
  return best!;
}

/** Adds (1) or removes (-1) slot `k`'s penalties to the running totals. */
function apply(state: RotationState, k: number, sign: 1 | -1): void {
  const { groups, grid, n, totals } = state;
  for (let gi = 0; gi < groups.length; gi++)
    totals[gi] = totals[gi]! + sign * grid.mean[gi * n + k]!;
}

/** Whether adding slot `k` leaves a better plan than adding `than`; ties go to the earlier slot. */
function better(state: RotationState, k: number, than: number | undefined): boolean {
  if (than === undefined) return true;
  const [w1, s1] = score(state, k);
  const [w2, s2] = score(state, than);
  if (Math.abs(w1 - w2) > EPSILON) return w1 < w2;
  if (Math.abs(s1 - s2) > EPSILON) return s1 < s2;
  const { cost } = state.grid;
  if (cost[k] !== cost[than]) return cost[k]! < cost[than]!;
  return k < than;
}

/** [worst person's total, sum of everyone's] if slot `k` were added to the plan. */
function score(state: RotationState, k: number): [number, number] {
  const { groups, grid, n, totals } = state;
  let worst = 0;
  let sum = 0;
  groups.forEach((g, gi) => {
    const total = totals[gi]! + grid.mean[gi * n + k]!;
    worst = Math.max(worst, g.maxWeight * total);
    sum += g.weight * total;
  });
  return [worst, sum];
}
