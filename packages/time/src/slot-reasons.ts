// Why a slot costs what it does, in words people read in a planner: per person, the holidays,
// out-of-office periods, sleep hours, weekend or hours outside work it touches, and the slot's
// colour on timeanddate's scale. Only the slots returned are described, so this runs `limit`
// times, not once per candidate.

import { localClock } from "./local-clock.js";
import { PENALTY } from "./meeting-cost.js";
import type { ParticipantGroup, ResolvedParticipant } from "./meeting-participants.js";
import { groupInterval, type SlotGrid } from "./slot-scan.js";

/** What keeps a person from a slot. */
export type SlotReasonKind = "holiday" | "asleep" | "outside-hours" | "out-of-office" | "weekend";

/** One reason a slot is hard for one person. */
export interface SlotReason {
  /** The participant's id. */
  readonly id: string;
  /** What the reason is: a public holiday, sleep hours, outside working hours, time away, or a weekend day. */
  readonly kind: SlotReasonKind;
  /** For people: place and cause, `"Nairobi: Jamhuri Day"`, `"New York: 03:00, sleep hours"`. */
  readonly label: string;
}

/** timeanddate's meeting-planner colours: working hours for all, awake for all, someone asleep. */
export type SlotBand = "green" | "yellow" | "red";

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The reasons of every person (in the order given) for slot `k`, and its band. */
export function slotReasons(
  grid: SlotGrid,
  k: number,
  people: readonly ResolvedParticipant[],
): { reasons: SlotReason[]; band: SlotBand } {
  const count = grid.starts.length;
  const byGroup = new Map<number, Omit<SlotReason, "id">[]>();
  const reasons: SlotReason[] = [];
  let anyAsleep = false;
  for (const p of people) {
    let causes = byGroup.get(p.group);
    if (!causes) {
      causes = groupReasons(grid, k, p.group, grid.asleep[p.group * count + k] === 1);
      byGroup.set(p.group, causes);
    }
    if (grid.asleep[p.group * count + k] === 1) anyAsleep = true;
    for (const cause of causes) reasons.push({ id: p.id, ...cause });
  }
  const band: SlotBand = anyAsleep ? "red" : reasons.length === 0 ? "green" : "yellow";
  return { reasons, band };
}

function groupReasons(
  grid: SlotGrid,
  k: number,
  gi: number,
  asleep: boolean,
): Omit<SlotReason, "id">[] {
  const group: ParticipantGroup = grid.groups[gi]!;
  const start = grid.starts[k]!;
  const end = start + grid.durationMs;
  const out: Omit<SlotReason, "id">[] = [];
  for (const b of grid.blocked?.[gi]?.labelled ?? []) {
    if (b.start < end && b.end > start)
      out.push({ kind: b.kind, label: `${group.place}: ${b.name}` });
  }
  const clock = localClock(group.zone, start);
  const time = hhmm(clock.minuteOfDay);
  const span = `${time}–${hhmm(localClock(group.zone, end).minuteOfDay)}`;
  if (asleep) out.push({ kind: "asleep", label: `${group.place}: ${span}, sleep hours` });
  // Minutes awake and outside their hours: the profile's penalty beyond its sleep minutes. A
  // slot wholly inside a holiday or time away needs no second reason.
  const base = groupInterval(group, start, grid.durationMs);
  const covered = blockedMs(grid.blocked?.[gi]?.merged, start, end) >= grid.durationMs;
  if (!covered && base.cost - PENALTY.sleep * base.sleep > 0) {
    if (group.weekend.has(clock.weekday)) {
      const day = DAY_NAMES[clock.weekday - 1];
      out.push({ kind: "weekend", label: `${group.place}: ${day}, weekend` });
    } else {
      out.push({ kind: "outside-hours", label: `${group.place}: ${span}, outside working hours` });
    }
  }
  return out;
}

/** How much of `[start, end)` the merged blocked intervals cover, in ms. */
function blockedMs(merged: Float64Array | undefined, start: number, end: number): number {
  let total = 0;
  for (let j = 0; merged !== undefined && j < merged.length; j += 2)
    total += Math.max(0, Math.min(end, merged[j + 1]!) - Math.max(start, merged[j]!));
  return total;
}

function hhmm(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}
