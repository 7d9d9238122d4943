import { DAY_MS, formatLocalDate, parseLocalDate } from "@convening/core";
import type { AllDay } from "@convening/schema";
import { ZonedInstant } from "./zoned-instant.js";

/**
 * An all-day session's DTSTART and DTEND as RFC 5545 §3.6.1 wants them for VALUE=DATE: the first
 * day, and the day after the last (DTEND is exclusive). Each is held as UTC midnight of its date,
 * with no zone, so ical-generator's date-only formatting (`YYYYMMDD` of the UTC value) writes that
 * date and no TZID: the same days for every reader in every zone.
 */
export function allDayTimes(allDay: AllDay): { start: ZonedInstant; end: ZonedInstant } {
  // parseConvening has validated both dates and filled endDate in.
  const first = parseLocalDate(allDay.startDate)!;
  const last = parseLocalDate(allDay.endDate)!;
  return {
    start: new ZonedInstant(first * DAY_MS, undefined),
    end: new ZonedInstant((last + 1) * DAY_MS, undefined),
  };
}

/**
 * An all-day session's first day and the day after its last, for "add to calendar" links:
 * `YYYY-MM-DD` (Outlook's startdt/enddt) and `YYYYMMDD` (Google's and Yahoo's). The end is
 * exclusive, as in iCalendar, which is how Google reads `dates=` for all-day events.
 */
export function allDayLinkDates(allDay: AllDay): {
  first: string;
  after: string;
  firstCompact: string;
  afterCompact: string;
} {
  const first = formatLocalDate(parseLocalDate(allDay.startDate)!);
  const after = formatLocalDate(parseLocalDate(allDay.endDate)! + 1);
  return {
    first,
    after,
    firstCompact: first.replaceAll("-", ""),
    afterCompact: after.replaceAll("-", ""),
  };
}
