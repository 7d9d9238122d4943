// The holiday data is opt-in by import: only this view loads date-holidays.

import type { Convening, Member, Series } from "@convening/schema";
import {
  expandSeries,
  findMeetingTimes,
  type MeetingSlot,
  planRotation,
  type Rotation,
  type SeriesOccurrence,
} from "@convening/time";
import { publicHolidays } from "@convening/time/holidays";

/** How many of `findMeetingTimes`' best slots the bands mark. */
export const BEST_SLOT_COUNT = 5;
/**
 * Minutes between candidate starts. Whole hours keep the marked slots side by side instead of
 * piled on top of each other (a 30-minute step ranks 13:00, 13:30 and 14:00 as three "best" slots
 * that overlap by half); the ranking itself is `findMeetingTimes`'.
 */
export const SLOT_STEP = 60;
/** The bands' resolution in minutes: every offset in use today is a multiple of 15 minutes. */
export const BAND_STEP = 15;

/** The committee to schedule: its group's members, in the group's order, and its series of calls. */
export interface Committee {
  readonly members: readonly Member[];
  readonly series: Series;
  /** The calls the series holds (cancelled ones left out). */
  readonly calls: readonly SeriesOccurrence[];
}

/**
 * The first group of the convening whose series meets, with its members, from a parsed
 * convening such as the WE Alliance exploratory committee.
 *
 * @throws {Error} when the convening has no series with a group, or a member has no time zone.
 */
export function committeeOf(convening: Convening): Committee {
  const series = convening.series.find((s) => s.groupId !== undefined);
  const group = convening.groups.find((g) => g.id === series?.groupId);
  if (!series || !group) throw new Error(`${convening.id} has no series of calls for a group`);
  const byId = new Map(convening.people.map((m) => [m.id, m]));
  const members = group.memberIds.map((id) => {
    const member = byId.get(id)!;
    if (!member.timeZone)
      throw new Error(`member ${id} of group ${group.id} has no timeZone to schedule in`);
    return member;
  });
  const calls = expandSeries(series, {
    from: `${series.firstDate}T00:00:00Z`,
    // The series ends by `until` or `count`; the convening's end date bounds it otherwise.
    to: `${addDays(convening.endDate, 2)}T00:00:00Z`,
  }).filter((o) => o.status === "scheduled");
  return { members, series, calls };
}

/** The UTC day `date` (`YYYY-MM-DD`) as `[from, to)` instants. */
export function utcDay(date: string): { from: string; to: string } {
  return { from: `${date}T00:00:00Z`, to: `${addDays(date, 1)}T00:00:00Z` };
}

/** `findMeetingTimes`' best slots for the committee's call length on one UTC day. */
export function bestSlots(committee: Committee, date: string): MeetingSlot[] {
  return findMeetingTimes({
    participants: committee.members,
    holidays: publicHolidays,
    duration: committee.series.duration,
    ...utcDay(date),
    step: SLOT_STEP,
    limit: BEST_SLOT_COUNT,
  });
}

/**
 * Every quarter hour of one UTC day, scored for every member by `findMeetingTimes` itself: the
 * bands are shaded from these scores, so they follow the package's cost model (availability,
 * the person's own weekend, sleep hours) instead of a second copy of it in the page.
 */
export function quarterHours(committee: Committee, date: string): MeetingSlot[] {
  return findMeetingTimes({
    participants: committee.members,
    holidays: publicHolidays,
    duration: BAND_STEP,
    ...utcDay(date),
    step: BAND_STEP,
    limit: (24 * 60) / BAND_STEP,
  });
}

/**
 * One meeting per call period that shares the inconvenience (`planRotation`): the series' calls
 * cut `[first call, last call + one interval)` into equal periods, one meeting in each.
 */
export function rotationFor(committee: Committee): Rotation {
  const { calls, series } = committee;
  const first = calls[0]!.date;
  const last = calls[calls.length - 1]!.date;
  const interval = calls.length > 1 ? daysBetween(first, calls[1]!.date) : 7;
  return planRotation({
    participants: committee.members,
    holidays: publicHolidays,
    count: calls.length,
    duration: series.duration,
    from: `${first}T00:00:00Z`,
    to: `${addDays(last, interval)}T00:00:00Z`,
    step: SLOT_STEP,
  });
}

// Calendar arithmetic on plain dates (no zone involved): `2011-07-27` + 1 → `2011-07-28`.
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
