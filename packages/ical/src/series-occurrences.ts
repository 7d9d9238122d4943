import { durationMinutes } from "@convening/core";
import type { Series } from "@convening/schema";
import { expandSeries, firstRuleDate, type SeriesOccurrence } from "@convening/time";

const DAY_MS = 86_400_000;
// Years 1 to 9999 bound every instant @convening/time takes (ISO 8601, iCalendar and Intl agree
// on them). The margins below stop there: a series may meet on 9999-12-30, and padding its range
// by three days must not take the range past what can be written.
const FIRST_MS = -62_135_596_800_000; // 0001-01-01T00:00:00Z
const LAST_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

/** A series expanded once: everything its VEVENTs are written from. */
export interface SeriesExpansion {
  /**
   * The occurrences that meet, from 3 days before the earliest date the series names (first date,
   * extra dates, exceptions, overrides) to 3 days and the longest duration after the latest, so
   * RDATEs, instances and the VTIMEZONE's span are complete.
   */
  readonly occurrences: readonly SeriesOccurrence[];
  /**
   * The first date the rule gives, even when it is an exception (DTSTART must be one, RFC 5545
   * §3.8.5.3, and COUNT and INTERVAL count from it); undefined when the rule gives none.
   */
  readonly firstRule: SeriesOccurrence | undefined;
}

export function dayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

// Windows less than a year apart are expanded as one: a year of a daily series is a few hundred
// occurrences, cheaper than another call, and a programme's series is then one expandSeries call.
const MERGE_GAP_MS = 366 * DAY_MS;

/**
 * The windows a series' VEVENTs need occurrences from: three days either side of each date the
 * series names (and its longest duration after), and of the rule's first date, merged where they
 * are less than a year apart. Between them the rule speaks for itself (RRULE), so an override on 9999-12-30 of a daily
 * series from 2024 costs two small windows, not eight thousand years of days.
 */
function windowsOf(series: Series, ruleFirst: string | undefined): [number, number][] {
  const dates = [
    series.firstDate,
    ...series.extraDates,
    ...series.exceptions,
    ...series.overrides.flatMap((o) => (o.newDate ? [o.date, o.newDate] : [o.date])),
    ...(ruleFirst === undefined ? [] : [ruleFirst]),
  ]
    .map(dayMs)
    .sort((a, b) => a - b);
  const longest = Math.max(
    durationMinutes(series.duration) ?? 0,
    ...series.overrides.map((o) => (o.duration ? (durationMinutes(o.duration) ?? 0) : 0)),
  );
  const windows: [number, number][] = [];
  for (const day of dates) {
    const from = Math.max(FIRST_MS, day - 3 * DAY_MS);
    const to = Math.min(LAST_MS, day + 3 * DAY_MS + longest * 60_000);
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1] + MERGE_GAP_MS) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/**
 * The expandSeries calls for a series, one per window (windowsOf). Exceptions are kept in them
 * (`keepExceptions`), so the rule's first date is seen even when it is excepted, and left out of
 * `occurrences` here. The windows reach the rule's first date exactly (`firstRuleDate`), however
 * many years after `firstDate` it falls.
 */
export function expandOnce(series: Series): SeriesExpansion {
  const all: SeriesOccurrence[] = [];
  const seen = new Set<string>();
  for (const [from, to] of windowsOf(series, firstRuleDate(series))) {
    for (const o of expandSeries(series, {
      from: new Date(from),
      to: new Date(to),
      keepExceptions: true,
    })) {
      // An occurrence longer than the gap between two windows overlaps both.
      const key = `${o.source}|${o.originalDate}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (Date.parse(o.start) < to) all.push(o);
    }
  }
  let firstRule: SeriesOccurrence | undefined;
  for (const o of all) {
    if (o.source === "rule" && (firstRule === undefined || o.originalDate < firstRule.originalDate))
      firstRule = o;
  }
  return { occurrences: all.filter((o) => o.excepted !== true), firstRule };
}
