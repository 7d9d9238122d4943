import { DAY_MS, formatInstantUtc, zoneOffsetTable } from "@convening/core";
// Scores candidate meeting slots for groups of people: per group and slot, the mean penalty per
// minute and whether anyone is in their sleep hours. Offsets come from the offset table; no luxon.

import type { BlockedTime } from "./blocked-time.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { isoInZone } from "./instant.js";
import { intervalCost, PENALTY } from "./meeting-cost.js";
import type { ParticipantGroup, ResolvedParticipant } from "./meeting-participants.js";
import { type SlotBand, type SlotReason, slotReasons } from "./slot-reasons.js";

/** One person's view of a slot. */
export interface LocalSlot {
  /** The person's id. */
  readonly id: string;
  /** The start on their clock, ISO with their offset. */
  readonly start: string;
  /** Their cost: weight × mean penalty per minute (0 inside availability … 20 asleep). */
  readonly cost: number;
  /** Whether the meeting reaches into their sleep hours (00:00–06:00 local). */
  readonly asleep: boolean;
}

/** A candidate meeting time. */
export interface MeetingSlot {
  /** Start, ISO in UTC (`2021-07-27T14:00:00Z`). */
  readonly start: string;
  /** End, ISO in UTC. */
  readonly end: string;
  /** The slot's cost (docs/time-zones.md): lower is better; any sleeper puts it above every slot without one. */
  readonly cost: number;
  /** How many people it puts in their sleep hours. */
  readonly asleep: number;
  /** Each person's local start and cost, in the order given. */
  readonly local: readonly LocalSlot[];
  /**
   * Why the slot costs anything, per person in the order given: a holiday, sleep hours, time
   * outside working hours, out of office, the weekend. Empty for a slot in everyone's working hours.
   */
  readonly reasons: readonly SlotReason[];
  /**
   * timeanddate's colours: `"green"` inside everyone's working hours, `"red"` when it reaches
   * into anyone's sleep hours, `"yellow"` otherwise (someone's evening, weekend or holiday).
   */
  readonly band: SlotBand;
}

/** Scores of every candidate slot. Group-major arrays: index `g * count + k`. */
export interface SlotGrid {
  readonly groups: readonly ParticipantGroup[];
  readonly blocked: readonly BlockedTime[] | undefined;
  readonly starts: readonly number[];
  readonly durationMs: number;
  readonly mean: Float64Array;
  readonly asleep: Uint8Array;
  readonly cost: Float64Array;
}

// More candidates than this is a mistake in `step` or the range, not a question worth answering.
const MAX_SLOTS = 200_000;

export function candidateStarts(
  from: number,
  to: number,
  durationMs: number,
  stepMs: number,
): number[] {
  const starts: number[] = [];
  for (let start = from; start + durationMs <= to; start += stepMs) {
    if (starts.length >= MAX_SLOTS)
      throw new InvalidTimeArgumentError(
        ["step"],
        stepMs / 60_000,
        `gives more than ${MAX_SLOTS} candidate slots; use a longer step or a shorter range`,
      );
    starts.push(start);
  }
  return starts;
}

/** Minute of the week (Monday 00:00 = 0) of a local time given as ms. */
function minuteOfWeek(localMs: number): number {
  const days = Math.floor(localMs / DAY_MS);
  const weekday = (((days + 3) % 7) + 7) % 7;
  return weekday * 1440 + Math.floor((localMs - days * DAY_MS) / 60_000);
}

/** Penalty and sleep minutes of one group's zone for a meeting, split where the offset changes. */
export function groupInterval(
  group: ParticipantGroup,
  start: number,
  durationMs: number,
): { cost: number; sleep: number } {
  const table = zoneOffsetTable(group.zone);
  const end = start + durationMs;
  const offsetStart = table.offsetAt(start);
  const minutes = Math.round(durationMs / 60_000);
  if (table.offsetAt(end - 1) === offsetStart)
    return intervalCost(group.profile, minuteOfWeek(start + offsetStart * 1000), minutes);
  // A DST change inside the meeting: each side is read on its own clock.
  let total = { cost: 0, sleep: 0 };
  let pieceStart = start;
  let offset = offsetStart;
  while (pieceStart < end) {
    const next = table.nextTransition(pieceStart + 1, end);
    const pieceEnd = next ? next.at : end;
    const length = Math.round((pieceEnd - pieceStart) / 60_000);
    const part = intervalCost(group.profile, minuteOfWeek(pieceStart + offset * 1000), length);
    total = { cost: total.cost + part.cost, sleep: total.sleep + part.sleep };
    pieceStart = pieceEnd;
    offset = next ? next.after : offset;
  }
  return total;
}

/**
 * Scores every start for every group. `blocked` (per group, from `blockedTimes`) turns holiday
 * and out-of-office minutes into `PENALTY.unavailable`; starts in ascending order let each
 * group's intervals be walked once, so the extra cost is linear in slots plus intervals.
 */
export function scanSlots(
  groups: readonly ParticipantGroup[],
  starts: readonly number[],
  durationMs: number,
  blocked?: readonly BlockedTime[],
): SlotGrid {
  const count = starts.length;
  const mean = new Float64Array(groups.length * count);
  const asleep = new Uint8Array(groups.length * count);
  const cost = new Float64Array(count);
  const minutes = durationMs / 60_000;
  let base = 0;
  let optionalPeople = 0;
  for (const g of groups) {
    base += g.factor;
    optionalPeople += g.optional;
  }
  // The tiers that make any sleeper outrank every waking slot (see docs/time-zones.md).
  const perOptionalSleeper = PENALTY.sleep * base + 1;
  const perRequiredSleeper = perOptionalSleeper * (optionalPeople + 1);
  groups.forEach((g, gi) => {
    const offset = gi * count;
    const merged = blocked?.[gi]?.merged;
    let pointer = 0;
    for (let k = 0; k < count; k++) {
      const start = starts[k]!;
      let { cost: penalty, sleep } = groupInterval(g, start, durationMs);
      if (merged !== undefined && merged.length > 0) {
        if (k > 0 && start < starts[k - 1]!) pointer = 0;
        while (pointer < merged.length && merged[pointer + 1]! <= start) pointer += 2;
        penalty += blockedExtra(g, merged, pointer, start, start + durationMs);
      }
      const m = penalty / minutes;
      mean[offset + k] = m;
      const isAsleep = sleep > 0;
      asleep[offset + k] = isAsleep ? 1 : 0;
      cost[k] =
        cost[k]! +
        g.factor * m +
        (isAsleep ? g.required * perRequiredSleeper + g.optional * perOptionalSleeper : 0);
    }
  });
  return { groups, blocked, starts, durationMs, mean, asleep, cost };
}

/** What the blocked minutes of `[start, end)` add to the group's penalty, from interval `j` on. */
function blockedExtra(
  group: ParticipantGroup,
  merged: Float64Array,
  j: number,
  start: number,
  end: number,
): number {
  let extra = 0;
  for (; j < merged.length && merged[j]! < end; j += 2) {
    const a = Math.max(start, merged[j]!);
    const b = Math.min(end, merged[j + 1]!);
    if (b <= a) continue;
    const piece = groupInterval(group, a, b - a);
    const length = Math.round((b - a) / 60_000);
    extra +=
      PENALTY.unavailable * (length - piece.sleep) + PENALTY.sleep * piece.sleep - piece.cost;
  }
  return extra;
}

/** The public form of slot `k`. */
export function materializeSlot(
  grid: SlotGrid,
  k: number,
  people: readonly ResolvedParticipant[],
): MeetingSlot {
  const count = grid.starts.length;
  const start = grid.starts[k]!;
  let sleepers = 0;
  const local = people.map((p) => {
    const asleep = grid.asleep[p.group * count + k] === 1;
    if (asleep) sleepers++;
    return {
      id: p.id,
      start: isoInZone(start, p.zone),
      cost: round(p.weight * grid.mean[p.group * count + k]!),
      asleep,
    };
  });
  const { reasons, band } = slotReasons(grid, k, people);
  return {
    start: formatInstantUtc(start),
    end: formatInstantUtc(start + grid.durationMs),
    cost: round(grid.cost[k]!),
    asleep: sleepers,
    local,
    reasons,
    band,
  };
}

/** Costs are sums of fractions; four decimals keep them readable without reordering anything that matters. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
