import { civilFromDays, DAY_MS, daysFromCivil, formatLocalDate } from "@convening/core";
import { parseSeries, type SeriesInput } from "@convening/schema";
import { expandSeries } from "@convening/time";
import ICAL from "ical.js";
import { dateOf } from "./ics-time.js";
import { readRule } from "./recurrence-rule.js";
import { stallingRule } from "./stalling-rule.js";

type Recur = InstanceType<typeof ICAL.Recur>;

/** The last day any date is written for, where ISO 8601, iCalendar and Intl agree. */
const LAST_DAY = daysFromCivil(9999, 12, 31);
// Bound on ical.js's iterator for the rules a series cannot hold: a rule such as
// FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 never yields and must still stop.
const MAX_STEPS = 100_000;

/** The days a VALUE=DATE event's rules give, as days since 1970-01-01, sorted, each once. */
export type RuleDays =
  | {
      readonly days: readonly number[];
      /** True when more than `limit` days fell in the window and the rest were left out. */
      readonly truncated: boolean;
    }
  | { readonly reason: string };

/**
 * The days the RRULEs of an all-day event give in `[fromDay, toDay]`, DTSTART (`firstDay`) among
 * them as RFC 5545 §3.8.5.3 counts it, at most `limit`. Day arithmetic only: a DATE value has no
 * zone (RFC 5545 §3.3.4), so no day ever shifts and the machine's TZ plays no part.
 *
 * A rule a series holds (readRule) is walked by @convening/time's rule engine, the one
 * `expandSeries` uses, cross-checked there against rrule and python-dateutil; a series of one
 * minute at midnight UTC makes its occurrence dates the rule's days. Other rules (BYWEEKNO,
 * BYYEARDAY, several RRULEs) go through ical.js's iterator on DATE values.
 */
export function ruleDays(
  rules: readonly Recur[],
  firstDay: number,
  fromDay: number,
  toDay: number,
  limit: number,
): RuleDays {
  const series = rules.length === 1 ? seriesOf(rules[0]!, firstDay) : undefined;
  // A rule ical.js's iterator would never finish (stalling-rule.ts) and no series holds either.
  const stalling = series === undefined ? rules.map(stallingRule).find((r) => r) : undefined;
  if (stalling !== undefined) return { reason: stalling };
  const days =
    series === undefined
      ? icalDays(rules, firstDay, fromDay, toDay, limit)
      : seriesDays(series, Math.max(fromDay, firstDay), toDay, limit);
  return { days: days.slice(0, limit), truncated: days.length > limit };
}

/** The rule as a parsed one-minute series at midnight UTC, or undefined when none holds it. */
function seriesOf(recur: Recur, firstDay: number): Parameters<typeof expandSeries>[0] | undefined {
  const reading = readRule(recur.toString());
  if ("reason" in reading) return undefined;
  // UNTIL should be a DATE when DTSTART is one (RFC 5545 §3.3.10); a date-time is read by the
  // date it names, as written.
  const until = reading.until === undefined ? undefined : dateOf(reading.until);
  const input: SeriesInput = {
    id: "rule",
    title: "rule",
    timeZone: "UTC",
    firstDate: formatLocalDate(firstDay),
    startTime: "00:00",
    duration: "PT1M",
    rule: { ...reading.rule, ...(until === undefined ? {} : { until }) },
  };
  try {
    return parseSeries(input);
  } catch {
    // A combination the model refuses (UNTIL before DTSTART): ical.js reads it as it can.
    return undefined;
  }
}

/** Midnight UTC starting `day`, plus `ms`, as expandSeries reads instants (no milliseconds). */
const instant = (day: number, ms = 0) =>
  new Date(day * DAY_MS + ms).toISOString().replace(".000Z", "Z");

/**
 * The series' days in `[fromDay, toDay]`, at most `limit + 1`. Windows grow from 1024 days, so
 * a daily rule fills its limit at once and a yearly one reaches 9999 in a few calls; a window
 * never holds more days than expandSeries allows occurrences.
 */
function seriesDays(
  series: Parameters<typeof expandSeries>[0],
  fromDay: number,
  toDay: number,
  limit: number,
): number[] {
  const out: number[] = [];
  const untilDay = series.rule?.until === undefined ? LAST_DAY : dayOf(series.rule.until);
  const last = Math.min(toDay, untilDay, LAST_DAY);
  for (let from = fromDay, size = 1024; from <= last && out.length <= limit; size *= 2) {
    const to = Math.min(last, from + Math.min(size, 65_536) - 1);
    for (const o of expandSeries(series, { from: instant(from), to: instant(to, 60_000) }))
      out.push(dayOf(o.date));
    from = to + 1;
  }
  return out;
}

function dayOf(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8)));
}

/** ical.js's iterator over each rule from a DATE DTSTART, the days merged. */
function icalDays(
  rules: readonly Recur[],
  firstDay: number,
  fromDay: number,
  toDay: number,
  limit: number,
): number[] {
  const found = new Set<number>([firstDay]);
  const { year, month, day } = civilFromDays(firstDay);
  for (const recur of rules) {
    const it = recur.iterator(ICAL.Time.fromData({ year, month, day, isDate: true }));
    let kept = 0;
    for (let step = 0; step < MAX_STEPS; step++) {
      const t = it.next();
      if (!t) break;
      const d = daysFromCivil(t.year, t.month, t.day);
      if (d > toDay) break;
      if (d < fromDay) continue;
      found.add(d);
      // Days come in order from each rule: past the limit, the rest cannot be kept.
      if (++kept > limit) break;
    }
  }
  return [...found].filter((d) => d >= fromDay && d <= toDay).sort((a, b) => a - b);
}
