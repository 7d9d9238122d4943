import { durationMinutes } from "@convening/core";
import type { Series } from "@convening/schema";
import { expandSeries, type SeriesOccurrence } from "@convening/time";

const DAY_MS = 86_400_000;
const YEAR_MS = 366 * DAY_MS;
const PERIODS_PER_YEAR = { daily: 366, weekly: 53, monthly: 12, yearly: 1 } as const;
// expandSeries takes instants in the years 1 to 9999: a rule with a large interval (every 506
// years) is searched no further than the end of 9999, a day short of it for zone offsets.
const LAST_SEARCHED_MS = Date.UTC(9999, 11, 31);

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

/**
 * How far after `firstDate` the rule's first date is looked for. Rules limited by BYMONTH or
 * BYMONTHDAY, and yearly ones, can skip years (Feb 29, or a date on a given weekday): the
 * Gregorian calendar repeats those within 28 years. Others give a date within their first
 * periods. An UNTIL bounds it too, and so does the end of year 9999.
 */
function searchEndMs(series: Series): number {
  const rule = series.rule;
  if (rule === undefined) return Number.NEGATIVE_INFINITY;
  const skipsYears =
    rule.freq === "yearly" || rule.byMonth !== undefined || rule.byMonthDay !== undefined;
  const periods = Math.ceil((rule.interval ?? 1) / PERIODS_PER_YEAR[rule.freq]);
  const end = Math.min(
    dayMs(series.firstDate) + (skipsYears ? 28 : 2) * periods * YEAR_MS,
    LAST_SEARCHED_MS,
  );
  return rule.until === undefined ? end : Math.min(end, dayMs(rule.until) + 3 * DAY_MS);
}

/**
 * The one expandSeries call for a series. Exceptions are kept in it (`keepExceptions`), so the
 * rule's first date is seen even when it is excepted, and left out of `occurrences` here.
 */
export function expandOnce(series: Series): SeriesExpansion {
  const dates = [
    series.firstDate,
    ...series.extraDates,
    ...series.exceptions,
    ...series.overrides.flatMap((o) => (o.newDate ? [o.date, o.newDate] : [o.date])),
  ].map(dayMs);
  const longest = Math.max(
    durationMinutes(series.duration) ?? 0,
    ...series.overrides.map((o) => (o.duration ? (durationMinutes(o.duration) ?? 0) : 0)),
  );
  const from = Math.min(...dates) - 3 * DAY_MS;
  const to = Math.max(...dates) + 3 * DAY_MS + longest * 60_000;
  const all = expandSeries(series, {
    from: new Date(from),
    to: new Date(Math.max(to, searchEndMs(series))),
    keepExceptions: true,
  });
  let firstRule: SeriesOccurrence | undefined;
  for (const o of all) {
    if (o.source === "rule" && (firstRule === undefined || o.originalDate < firstRule.originalDate))
      firstRule = o;
  }
  return {
    occurrences: all.filter((o) => o.excepted !== true && Date.parse(o.start) < to),
    firstRule,
  };
}
