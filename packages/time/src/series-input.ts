import { durationMinutes, parseLocalDate, parseLocalTime } from "@convening/core";
import type { Series, SeriesOverride } from "@convening/schema";
import { canonicalZone } from "./canonical-zone.js";
import type { RuleSpec } from "./rule-periods.js";

/** A parsed series reduced to numbers: local days since 1970, times in ms. */
export interface NormalizedSeries {
  readonly series: Series;
  readonly zone: string;
  readonly firstDay: number;
  readonly startTimeMs: number;
  readonly durationMs: number;
  readonly rule: RuleSpec | undefined;
  readonly exceptions: ReadonlySet<number>;
  /** `extraDates` as days; a Set, so a date is looked up rather than searched for. */
  readonly extraDays: ReadonlySet<number>;
  readonly overrides: ReadonlyMap<
    number,
    { readonly override: SeriesOverride; readonly index: number }
  >;
}

const WEEKDAY_NUMBERS = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 } as const;

type SeriesRule = NonNullable<Series["rule"]>;

/**
 * Reduces a series `parseSeries` (or `parseConvening`, `parseDirectory`) has validated to numbers.
 * Nothing is checked again: the parser has vouched for every date, time, duration and rule part
 * (RFC 5545 §3.3.10's combinations and the one-override-per-date rule included), so the `!`s
 * below hold. The caller checks the parsed mark first.
 */
export function normalizeSeries(series: Series): NormalizedSeries {
  const rule = series.rule;
  const overrides = new Map<number, { override: SeriesOverride; index: number }>();
  series.overrides.forEach((override, index) => {
    overrides.set(parseLocalDate(override.date)!, { override, index });
  });
  return {
    series,
    // The id is valid; this only picks its canonical spelling (US/Eastern → America/New_York).
    zone: canonicalZone(series.timeZone, ["series", "timeZone"]),
    firstDay: parseLocalDate(series.firstDate)!,
    startTimeMs: parseLocalTime(series.startTime)!,
    durationMs: durationMs(series.duration),
    rule: rule && ruleSpec(rule),
    exceptions: new Set(series.exceptions.map((d) => parseLocalDate(d)!)),
    extraDays: new Set(series.extraDates.map((d) => parseLocalDate(d)!)),
    overrides,
  };
}

/** Milliseconds of a duration the parser has checked (`PT45M`), rounded to the millisecond. */
export function durationMs(duration: string): number {
  return Math.round(durationMinutes(duration)! * 60_000);
}

/** The rule as numbers for rule-dates.ts: ISO weekday numbers, the until date as a local day. */
function ruleSpec(rule: SeriesRule): RuleSpec {
  return {
    freq: rule.freq,
    interval: rule.interval,
    weekdays: rule.byWeekday?.map((d) =>
      typeof d === "string"
        ? { day: WEEKDAY_NUMBERS[d], nth: 0 }
        : { day: WEEKDAY_NUMBERS[d.day], nth: d.nth },
    ),
    monthDays: rule.byMonthDay,
    months: rule.byMonth,
    setPositions: rule.bySetPos,
    weekStart: rule.weekStart === undefined ? 1 : WEEKDAY_NUMBERS[rule.weekStart],
    count: rule.count,
    untilDay: rule.until === undefined ? undefined : parseLocalDate(rule.until)!,
  };
}
