import { DAY_MS, daysFromCivil, formatLocalDate } from "@convening/core";
import { allDayOf } from "./all-day-event.js";
import { ruleDays } from "./all-day-rule-days.js";
import type { Wall } from "./ics-time.js";
import type { Period, RawEvent } from "./read-event.js";

const LAST_DAY = daysFromCivil(9999, 12, 31);
const FIRST_DAY = daysFromCivil(1, 1, 1);

/** One occurrence of a recurring all-day event. */
export interface AllDayOccurrence {
  /** The date the rule, an RDATE or a RECURRENCE-ID gave, before any move: the id's suffix. */
  readonly original: string;
  /** Its days, inclusive; absent for an instance whose DTSTART has a time (a timed session). */
  readonly days: { readonly startDate: string; readonly endDate: string } | undefined;
  /** The index of the RECURRENCE-ID instance that replaces it, if one does. */
  readonly instance: number | undefined;
}

/** The occurrences inside the window, or why the event's days cannot be read. */
export type AllDayExpansion =
  | {
      readonly occurrences: readonly AllDayOccurrence[];
      /** True when more than `limit` occurrences fell in the window and the rest were left out. */
      readonly truncated: boolean;
      /** The window's first and last day, `YYYY-MM-DD`. */
      readonly from: string;
      readonly to: string;
    }
  | { readonly reason: string; readonly instance?: number };

/** The window to expand in: `fromMs` and `toMs` as fromICS's options give them. */
export interface AllDayWindow {
  readonly fromMs: number | undefined;
  readonly toMs: number | undefined;
  readonly limit: number;
}

const dayOfWall = (w: Wall) => daysFromCivil(w.year, w.month, w.day);

/**
 * The occurrences of a recurring VALUE=DATE event (RRULE, RDATE) inside a window, by date
 * arithmetic alone: DATE values name days, not instants (RFC 5545 §3.3.4), so no occurrence ever
 * shifts a day and neither the machine's TZ nor a zone plays a part.
 *
 * The set is RFC 5545 §3.8.5's: DTSTART, the RRULEs' days and the RDATEs (dates, with the event's
 * length; periods, with their own), minus EXDATE; a RECURRENCE-ID instance then replaces the
 * occurrence it names, with its own days (moved, longer), or becomes a timed occurrence when its
 * DTSTART has a time. EXDATE and RECURRENCE-ID values with a time are read by the date they name.
 *
 * Window: an occurrence is kept when its days, read as UTC days, overlap `[from, to)`. Default:
 * finite rules unbounded; endless ones a year (366 days) from DTSTART, or from `from` when that
 * is later. At most `limit` occurrences are kept, the earliest.
 */
export function expandAllDay(
  master: RawEvent,
  instances: readonly RawEvent[],
  window: AllDayWindow,
): AllDayExpansion {
  const span = allDayOf(master);
  if ("reason" in span) return span;
  const firstDay = dayOfWall(master.start!.wall);
  const length = dayNumber(span.endDate) - firstDay + 1;
  const endless = master.rrules.some((r) => !r.isFinite());
  // The days a one-day occurrence may start on and touch the window: [from's day, to's day).
  const fromDay = window.fromMs === undefined ? FIRST_DAY : Math.floor(window.fromMs / DAY_MS);
  const toDay =
    window.toMs !== undefined
      ? Math.ceil(window.toMs / DAY_MS) - 1
      : endless
        ? Math.max(firstDay, fromDay) + 365
        : LAST_DAY;
  if (toDay < fromDay) return { occurrences: [], truncated: false, ...dates(fromDay, toDay) };
  const inWindow = (first: number, last: number) => last >= fromDay && first <= toDay;

  const excluded = new Set(master.exdates.map((x) => dayOfWall(x.wall)));
  const found = new Map<number, AllDayOccurrence>();
  const add = (original: number, first: number, last: number) => {
    if (excluded.has(original) || found.has(original) || !inWindow(first, last)) return;
    found.set(original, {
      original: formatLocalDate(original),
      days: { startDate: formatLocalDate(first), endDate: formatLocalDate(last) },
      instance: undefined,
    });
  };
  const rule = ruleDays(
    master.rrules,
    firstDay,
    Math.max(FIRST_DAY, fromDay - length + 1),
    toDay,
    window.limit,
  );
  if ("reason" in rule) return rule;
  for (const day of rule.days) add(day, day, day + length - 1);
  add(firstDay, firstDay, firstDay + length - 1);
  for (const rd of master.rdates) {
    const day = dayOfWall(rd.wall);
    add(day, day, day + length - 1);
  }
  for (const p of master.periods) {
    const [first, last] = periodDays(p);
    add(first, first, last);
  }
  for (const [i, inst] of instances.entries()) {
    const original = dayOfWall(inst.recurrenceId!.wall);
    found.delete(original);
    const start = inst.start;
    if (start === undefined || !start.wall.isDate) {
      // A timed instance of an all-day event: its DTSTART's date places it in the window.
      const day = start === undefined ? original : dayOfWall(start.wall);
      if (inWindow(day, day))
        found.set(original, {
          original: formatLocalDate(original),
          days: undefined,
          instance: i,
        });
      continue;
    }
    const own = allDayOf(inst);
    if ("reason" in own) return { reason: own.reason, instance: i };
    if (!inWindow(dayNumber(own.startDate), dayNumber(own.endDate))) continue;
    found.set(original, { original: formatLocalDate(original), days: own, instance: i });
  }
  const all = [...found.values()].sort(
    (a, b) =>
      (a.days?.startDate ?? a.original).localeCompare(b.days?.startDate ?? b.original) ||
      a.original.localeCompare(b.original),
  );
  return {
    occurrences: all.slice(0, window.limit),
    truncated: rule.truncated || all.length > window.limit,
    ...dates(fromDay, toDay),
  };
}

function dates(fromDay: number, toDay: number) {
  return {
    from: formatLocalDate(Math.max(fromDay, FIRST_DAY)),
    to: formatLocalDate(Math.min(toDay, LAST_DAY)),
  };
}

function dayNumber(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8)));
}

/**
 * The days an RDATE period covers on an all-day event, read by its dates as written: from its
 * start's date to its end's, an end at midnight not counting that day (as DTEND does); a duration
 * is added to the start's wall time. Always at least the start's day.
 */
function periodDays(p: Period): [number, number] {
  const s = p.start.wall;
  const first = dayOfWall(s);
  let endMs: number | undefined;
  if (p.end !== undefined)
    endMs = Date.UTC(
      p.end.wall.year,
      p.end.wall.month - 1,
      p.end.wall.day,
      p.end.wall.hour,
      p.end.wall.minute,
      p.end.wall.second,
    );
  else if (p.duration !== undefined && !p.duration.isNegative)
    endMs =
      Date.UTC(s.year, s.month - 1, s.day, s.hour, s.minute, s.second) +
      p.duration.toSeconds() * 1000;
  if (endMs === undefined) return [first, first];
  // The last day is the one holding the moment just before the end.
  const last = Math.floor((endMs - 1) / DAY_MS);
  return [first, Math.max(first, last)];
}
