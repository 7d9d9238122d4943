import { daysFromCivil, formatLocalDate } from "@convening/core";
import type { RawEvent } from "./read-event.js";

/** An all-day session's days, or why the event's dates cannot be read as such. */
export type AllDayReading =
  | { readonly startDate: string; readonly endDate: string }
  | { readonly reason: string };

/**
 * The days of a VALUE=DATE event (RFC 5545 §3.6.1): DTEND is exclusive, so the last day is the
 * one before it; a DURATION counts whole days (P1D is one day); neither means one day. The
 * caller has checked that DTSTART is a date.
 */
export function allDayOf(raw: RawEvent): AllDayReading {
  const w = raw.start!.wall;
  const first = daysFromCivil(w.year, w.month, w.day);
  let last = first;
  if (raw.end !== undefined) {
    const e = raw.end.wall;
    if (!e.isDate) return { reason: "DTSTART is a date but DTEND has a time" };
    last = daysFromCivil(e.year, e.month, e.day) - 1;
  } else if (raw.duration !== undefined) {
    const d = raw.duration;
    const days = d.weeks * 7 + d.days;
    if (d.isNegative || d.hours || d.minutes || d.seconds || days === 0)
      return { reason: `DURATION ${d.toString()} is not a whole number of days` };
    last = first + days - 1;
  }
  if (last < first) return { reason: "DTEND is not after DTSTART" };
  return { startDate: formatLocalDate(first), endDate: formatLocalDate(last) };
}
