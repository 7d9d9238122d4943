import {
  civilFromDays,
  DAY_MS,
  firstInstantAtOrAfterLocal,
  zoneOffsetTable,
} from "@convening/core";
// The time a group of people cannot meet within a search range: their public holidays and
// out-of-office periods, turned from local wall time into instants once per call, so the scan
// only compares numbers.

import { holidayDays } from "./holiday-days.js";
import type { ParticipantGroup } from "./meeting-participants.js";

/** A stretch of unavailable time, in ms since the epoch, end excluded. */
export interface BlockedInterval {
  readonly start: number;
  readonly end: number;
  readonly kind: "holiday" | "out-of-office";
  /** The holiday's name or the period's label. */
  readonly name: string;
}

/** A group's blocked time: the labelled intervals, and the same merged into disjoint ones. */
export interface BlockedTime {
  readonly labelled: readonly BlockedInterval[];
  /** Sorted, disjoint `[start, end]` pairs, flat: what the scan adds penalties for. */
  readonly merged: Float64Array;
}

const NONE: BlockedTime = { labelled: [], merged: new Float64Array(0) };

/** The blocked time of each group that touches `[from, to)`. */
export function blockedTimes(
  groups: readonly ParticipantGroup[],
  from: number,
  to: number,
): BlockedTime[] {
  return groups.map((g) => blockedTime(g, from, to));
}

function blockedTime(group: ParticipantGroup, from: number, to: number): BlockedTime {
  if (group.holidays.country === undefined && group.away.length === 0) return NONE;
  const table = zoneOffsetTable(group.zone);
  const instant = (localMs: number) => firstInstantAtOrAfterLocal(table, localMs);
  const labelled: BlockedInterval[] = [];
  const keep = (start: number, end: number, kind: BlockedInterval["kind"], name: string) => {
    if (start < to && end > from) labelled.push({ start, end, kind, name });
  };
  const { country, region, calendar } = group.holidays;
  if (country !== undefined && calendar !== undefined) {
    // Local dates of the range lie within a day of its UTC dates; a holiday of several days
    // that began up to a week before the range (over New Year) is read from that year's list.
    const firstYear = civilFromDays(Math.floor(from / DAY_MS) - 8).year;
    const lastYear = civilFromDays(Math.floor(to / DAY_MS) + 1).year;
    for (let year = firstYear; year <= lastYear; year++) {
      for (const h of holidayDays(calendar, country, region, year)) {
        const start = instant(h.first * DAY_MS);
        const end = instant((h.first + h.length) * DAY_MS);
        keep(start, end, "holiday", h.name);
      }
    }
  }
  for (const p of group.away) keep(instant(p.start), instant(p.end), "out-of-office", p.name);
  if (labelled.length === 0) return NONE;
  labelled.sort((a, b) => a.start - b.start || a.end - b.end);
  const pairs: number[] = [];
  for (const b of labelled) {
    const last = pairs.length - 1;
    if (last > 0 && b.start <= pairs[last]!) pairs[last] = Math.max(pairs[last]!, b.end);
    else pairs.push(b.start, b.end);
  }
  return { labelled, merged: Float64Array.from(pairs) };
}
