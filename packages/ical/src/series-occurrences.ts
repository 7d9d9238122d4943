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

/**
 * The one expandSeries call for a series. Exceptions are kept in it (`keepExceptions`), so the
 * rule's first date is seen even when it is excepted, and left out of `occurrences` here. The
 * window reaches the rule's first date exactly (`firstRuleDate`), however many years after
 * `firstDate` it falls; before it the rule gives nothing, so the extra reach costs nothing.
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
  const from = Math.max(FIRST_MS, Math.min(...dates) - 3 * DAY_MS);
  const to = Math.min(LAST_MS, Math.max(...dates) + 3 * DAY_MS + longest * 60_000);
  const ruleFirst = firstRuleDate(series);
  // Its occurrence starts within a day and a zone offset of that date's midnight UTC: three days
  // past it, as for the listed dates, is ample.
  const ruleFirstEnd =
    ruleFirst === undefined
      ? Number.NEGATIVE_INFINITY
      : Math.min(LAST_MS, dayMs(ruleFirst) + 3 * DAY_MS + longest * 60_000);
  const all = expandSeries(series, {
    from: new Date(from),
    to: new Date(Math.max(to, ruleFirstEnd)),
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
