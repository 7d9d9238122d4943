import {
  durationMinutes,
  type Series,
  type SeriesInput,
  type SeriesOverride,
  SeriesSchema,
} from "@convening/schema";
import { canonicalZone } from "./canonical-zone.js";
import { parseLocalDate, parseLocalTime } from "./civil.js";
import { InvalidTimeArgumentError } from "./errors.js";
import type { RuleSpec } from "./rule-dates.js";

/** A series checked and reduced to numbers: local days since 1970, times in ms. */
export interface NormalizedSeries {
  readonly series: Series;
  readonly zone: string;
  readonly firstDay: number;
  readonly startTimeMs: number;
  readonly durationMs: number;
  readonly rule: RuleSpec | undefined;
  readonly exceptions: ReadonlySet<number>;
  readonly extraDays: readonly number[];
  readonly overrides: ReadonlyMap<
    number,
    { readonly override: SeriesOverride; readonly index: number }
  >;
}

const WEEKDAY_NUMBERS = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 } as const;

type SeriesRule = NonNullable<Series["rule"]>;

/**
 * Validates a series with the schema (defaults applied, so a `SeriesInput` works too), adds the
 * RFC 5545 §3.3.10 checks the schema leaves to the calendar layer (COUNT with UNTIL), and reduces
 * it to numbers.
 */
export function normalizeSeries(input: Series | SeriesInput, path = "series"): NormalizedSeries {
  const series = parseSeries(input, path);
  const zone = canonicalZone(series.timeZone, `${path}.timeZone`);
  const rule = series.rule;
  if (rule) checkRuleParts(rule, `${path}.rule`);
  const overrides = overridesByDay(series.overrides, `${path}.overrides`);
  const untilDay = rule?.until === undefined ? undefined : parseLocalDate(rule.until)!;
  const firstDay = parseLocalDate(series.firstDate)!;
  if (untilDay !== undefined && untilDay < firstDay) {
    throw new InvalidTimeArgumentError(
      `${path}.rule.until`,
      rule!.until,
      `is before firstDate ${series.firstDate}`,
    );
  }
  return {
    series,
    zone,
    firstDay,
    startTimeMs: parseLocalTime(series.startTime)!,
    durationMs: Math.round(durationMinutes(series.duration)! * 60_000),
    rule: rule && ruleSpec(rule, untilDay),
    exceptions: new Set(series.exceptions.map((d) => parseLocalDate(d)!)),
    extraDays: series.extraDates.map((d) => parseLocalDate(d)!),
    overrides,
  };
}

/** The schema's verdict, its first issue thrown as an InvalidTimeArgumentError at its path. */
function parseSeries(input: Series | SeriesInput, path: string): Series {
  // An unknown zone is an InvalidZoneError, as everywhere else in the package.
  if (typeof input === "object" && input !== null && "timeZone" in input)
    canonicalZone(input.timeZone, `${path}.timeZone`);
  const parsed = SeriesSchema.safeParse(input);
  if (parsed.success) return parsed.data as Series;
  const issue = parsed.error.issues[0]!;
  const where = [path, ...issue.path.map(String)].join(".");
  const value = issue.path.reduce<unknown>(
    (node, key) =>
      node && typeof node === "object"
        ? (node as Record<PropertyKey, unknown>)[key as PropertyKey]
        : undefined,
    input,
  );
  throw new InvalidTimeArgumentError(where, value, issue.message, { cause: parsed.error });
}

/** Combinations of rule parts that RFC 5545 §3.3.10 forbids and the schema lets through. */
function checkRuleParts(rule: SeriesRule, path: string): void {
  if (rule.count !== undefined && rule.until !== undefined) {
    throw new InvalidTimeArgumentError(
      `${path}.until`,
      rule.until,
      "cannot be combined with count (RFC 5545 §3.3.10)",
    );
  }
  if (
    rule.byWeekday &&
    rule.freq !== "monthly" &&
    rule.freq !== "yearly" &&
    rule.byWeekday.some((d) => typeof d !== "string")
  ) {
    throw new InvalidTimeArgumentError(
      `${path}.byWeekday`,
      rule.byWeekday,
      "uses nth weekdays, which need freq monthly or yearly (RFC 5545 §3.3.10)",
    );
  }
  if (rule.byMonthDay && rule.freq === "weekly") {
    throw new InvalidTimeArgumentError(
      `${path}.byMonthDay`,
      rule.byMonthDay,
      "cannot be used with freq weekly (RFC 5545 §3.3.10)",
    );
  }
}

/** The overrides keyed by the local day they change; two for one day is an error. */
function overridesByDay(
  overrides: readonly SeriesOverride[],
  path: string,
): Map<number, { override: SeriesOverride; index: number }> {
  const byDay = new Map<number, { override: SeriesOverride; index: number }>();
  overrides.forEach((override, index) => {
    const day = parseLocalDate(override.date)!;
    if (byDay.has(day)) {
      throw new InvalidTimeArgumentError(
        `${path}[${index}].date`,
        override.date,
        "is overridden twice; merge the two overrides",
      );
    }
    byDay.set(day, { override, index });
  });
  return byDay;
}

/** The rule as numbers for rule-dates.ts: ISO weekday numbers, the until date as a local day. */
function ruleSpec(rule: SeriesRule, untilDay: number | undefined): RuleSpec {
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
    count: rule.count,
    untilDay,
  };
}
