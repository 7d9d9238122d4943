import { InvalidTimeArgumentError } from "./errors.js";
import { type InstantInput, toEpochMs } from "./instant.js";
import { type MeetingParticipant, minutesOf, resolveParticipants } from "./meeting-participants.js";
import {
  candidateStarts,
  type MeetingSlot,
  materializeSlot,
  round,
  scanSlots,
} from "./slot-scan.js";

/** What `planRotation` needs. */
export interface PlanRotationOptions {
  /** The people; a `Member` with a `timeZone` fits. */
  readonly participants: readonly MeetingParticipant[];
  /** How many meetings: `[from, to)` is cut into this many equal periods, one meeting in each. */
  readonly count: number;
  /** Minutes, or an ISO 8601 duration (`PT1H`). */
  readonly duration: number | string;
  /** Start of the range, and of the first period; the first candidate start is `from` itself. Each meeting starts and ends inside its period. */
  readonly from: InstantInput;
  /** End of the range: every meeting ends by then. Each period must be at least `duration` long. */
  readonly to: InstantInput;
  /** Minutes between candidate starts, or an ISO duration. Default 15. */
  readonly step?: number | string;
}

/** One person's share of a rotation. */
export interface RotationTotal {
  /** The participant's `id`, as given. */
  readonly id: string;
  /** Sum of their costs over the meetings (weight × mean penalty per minute, each meeting). */
  readonly cost: number;
  /** How many of the meetings reach into their sleep hours. */
  readonly asleep: number;
}

/** A rotation: the meetings in time order, and what each person bears. */
export interface Rotation {
  /** The `count` meetings, one per period, in time order, each scored as `findMeetingTimes` scores a slot. */
  readonly slots: readonly MeetingSlot[];
  /** Per person, in the order given. */
  readonly totals: readonly RotationTotal[];
  /** The largest total: what the rotation minimised first. */
  readonly worst: number;
  /** The sum of all totals: minimised second. */
  readonly total: number;
}

// Local search stops after this many passes without needing them all: each pass only improves.
const MAX_PASSES = 50;

/**
 * `count` meeting times for a group spread over many zones that share the inconvenience: the
 * range is cut into `count` equal periods (eight weeks and `count: 8` is a weekly call), one
 * meeting in each, chosen to minimise the worst-off person's cumulative cost, then the sum of
 * everyone's, then the slot costs of `findMeetingTimes`. Repeating the single best slot lets the
 * same people carry every late night; a rotation moves the burden around (docs/time-zones.md
 * compares the two for a committee from Honolulu to Auckland). The search is greedy, then
 * improves one period at a time until nothing changes: a good plan, not a proven optimum.
 *
 * @example
 * ```ts
 * const plan = planRotation({
 *   participants: committee, // Members with timeZone
 *   count: 8,
 *   duration: "PT1H",
 *   from: "2021-09-06T00:00:00Z",
 *   to: "2021-11-01T00:00:00Z",
 *   step: 30,
 * });
 * plan.slots.map((s) => s.start);
 * plan.totals; // [ { id, cost, asleep }, … ]
 * ```
 */
export function planRotation(options: PlanRotationOptions): Rotation {
  if (typeof options !== "object" || options === null) {
    throw new InvalidTimeArgumentError(
      "options",
      options,
      "must be { participants, count, duration, from, to, step? }",
    );
  }
  const { people, groups } = resolveParticipants(options.participants);
  const count = options.count;
  if (!Number.isInteger(count) || count < 1 || count > 1000)
    throw new InvalidTimeArgumentError("count", count, "must be a whole number from 1 to 1000");
  const minutes = minutesOf(options.duration, "duration", 7 * 1440);
  const step = minutesOf(options.step ?? 15, "step", 7 * 1440);
  const from = toEpochMs(options.from, "from");
  const to = toEpochMs(options.to, "to");
  const periodMs = (to - from) / count;
  if (!(periodMs >= minutes * 60_000))
    throw new InvalidTimeArgumentError(
      "to",
      options.to,
      `leaves less than the meeting's length for each of ${count} periods`,
    );

  const starts = candidateStarts(from, to, minutes * 60_000, step * 60_000);
  const grid = scanSlots(groups, starts, minutes * 60_000);
  const n = starts.length;
  // Candidates of each period: slots that start and end in it, so that no two meetings of the
  // plan can overlap across a period boundary.
  const periods: number[][] = Array.from({ length: count }, () => []);
  const durationMs = minutes * 60_000;
  starts.forEach((start, k) => {
    const p = Math.min(count - 1, Math.floor((start - from) / periodMs));
    const periodEnd = p === count - 1 ? to : from + (p + 1) * periodMs;
    if (start + durationMs <= periodEnd) periods[p]!.push(k);
  });
  const empty = periods.findIndex((p) => p.length === 0);
  if (empty >= 0)
    throw new InvalidTimeArgumentError(
      "step",
      options.step ?? 15,
      `leaves period ${empty + 1} of ${count} without a meeting time that fits inside it`,
    );

  // Per group, the running total of mean penalties; a person's total is weight × their group's.
  const totals = new Float64Array(groups.length);
  const score = (k: number): [number, number] => {
    let worst = 0;
    let sum = 0;
    groups.forEach((g, gi) => {
      const total = totals[gi]! + grid.mean[gi * n + k]!;
      worst = Math.max(worst, g.maxWeight * total);
      sum += g.weight * total;
    });
    return [worst, sum];
  };
  const apply = (k: number, sign: 1 | -1) => {
    for (let gi = 0; gi < groups.length; gi++)
      totals[gi] = totals[gi]! + sign * grid.mean[gi * n + k]!;
  };
  const better = (k: number, than: number | undefined): boolean => {
    if (than === undefined) return true;
    const [w1, s1] = score(k);
    const [w2, s2] = score(than);
    const eps = 1e-9;
    if (Math.abs(w1 - w2) > eps) return w1 < w2;
    if (Math.abs(s1 - s2) > eps) return s1 < s2;
    if (grid.cost[k] !== grid.cost[than]) return grid.cost[k]! < grid.cost[than]!;
    return k < than;
  };
  const bestIn = (period: readonly number[]): number => {
    let best: number | undefined;
    for (const k of period) if (better(k, best)) best = k;
    return best!;
  };

  const chosen = periods.map((period) => {
    const k = bestIn(period);
    apply(k, 1);
    return k;
  });
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    periods.forEach((period, p) => {
      apply(chosen[p]!, -1);
      const k = bestIn(period);
      apply(k, 1);
      if (k !== chosen[p]) {
        chosen[p] = k;
        changed = true;
      }
    });
    if (!changed) break;
  }

  const slots = chosen.map((k) => materializeSlot(grid, k, people));
  const personTotals = people.map((person, i) => ({
    id: person.id,
    cost: round(slots.reduce((sum, slot) => sum + slot.local[i]!.cost, 0)),
    asleep: slots.filter((slot) => slot.local[i]!.asleep).length,
  }));
  return {
    slots,
    totals: personTotals,
    worst: Math.max(...personTotals.map((t) => t.cost)),
    total: round(personTotals.reduce((sum, t) => sum + t.cost, 0)),
  };
}
