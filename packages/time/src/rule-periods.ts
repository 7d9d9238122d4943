import { daysFromCivil, daysInMonth, isoWeekday } from "@convening/core";
// The days one period of an RFC 5545 §3.3.10 recurrence rule gives, on local calendar days (days
// since 1970-01-01). Supports the subset the schema allows: FREQ, INTERVAL, BYDAY (with nth),
// BYMONTHDAY, BYMONTH, BYSETPOS, WKST, COUNT, UNTIL. BYxxx rules expand or limit per the table in
// RFC 5545 §3.3.10 (page 44); BYSETPOS then picks among a period's dates. rule-dates.ts walks
// these periods.

/** A rule reduced to numbers. Weekdays are ISO (1 = Monday); `nth` 0 means every such weekday. */
export interface RuleSpec {
  readonly freq: "daily" | "weekly" | "monthly" | "yearly";
  readonly interval: number;
  readonly weekdays: readonly { readonly day: number; readonly nth: number }[] | undefined;
  readonly monthDays: readonly number[] | undefined;
  readonly months: readonly number[] | undefined;
  /** BYSETPOS: positions in each period's sorted dates, 1-based, negative from the end. */
  readonly setPositions: readonly number[] | undefined;
  /** WKST as an ISO weekday (1 = Monday, the RFC 5545 default). */
  readonly weekStart: number;
  readonly count: number | undefined;
  readonly untilDay: number | undefined;
}

/** Days of `weekday` within [first, last], or its nth from the start (nth > 0) or end (nth < 0). */
function weekdaysIn(
  first: number,
  last: number,
  weekday: number,
  nth: number,
  out: Set<number>,
): void {
  const firstMatch = first + ((weekday - isoWeekday(first) + 7) % 7);
  if (nth === 0) {
    for (let d = firstMatch; d <= last; d += 7) out.add(d);
    return;
  }
  if (nth > 0) {
    const d = firstMatch + (nth - 1) * 7;
    if (d <= last) out.add(d);
    return;
  }
  const lastMatch = last - ((isoWeekday(last) - weekday + 7) % 7);
  const d = lastMatch + (nth + 1) * 7;
  if (d >= first) out.add(d);
}

function monthDaysIn(
  year: number,
  month: number,
  monthDays: readonly number[],
  out: Set<number>,
): void {
  const length = daysInMonth(year, month);
  const start = daysFromCivil(year, month, 1);
  for (const md of monthDays) {
    const day = md > 0 ? md : length + md + 1;
    // A day the month lacks (the 31st of April) is ignored, as RFC 5545 §3.3.10 requires.
    if (day >= 1 && day <= length) out.add(start + day - 1);
  }
}

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The candidate days of one period (a month, or a year when `month` is undefined) of a MONTHLY
 * or YEARLY rule, sorted. BYMONTH limits a MONTHLY rule; the caller checks that first.
 */
export function monthOrYearCandidates(
  rule: RuleSpec,
  year: number,
  month: number | undefined,
  dtstart: { month: number; day: number },
): number[] {
  const months =
    month !== undefined
      ? [month]
      : (rule.months ?? (rule.monthDays || rule.weekdays ? ALL_MONTHS : [dtstart.month]));
  let byMonthDay: Set<number> | undefined;
  if (rule.monthDays) {
    byMonthDay = new Set();
    for (const m of months) monthDaysIn(year, m, rule.monthDays, byMonthDay);
  }
  let byWeekday: Set<number> | undefined;
  if (rule.weekdays) {
    byWeekday = new Set();
    // YEARLY without BYMONTH counts nth weekdays within the year (20MO: the 20th Monday).
    const scopes: [number, number][] =
      month === undefined && !rule.months
        ? [[daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)]]
        : months.map((m) => [
            daysFromCivil(year, m, 1),
            daysFromCivil(year, m, daysInMonth(year, m)),
          ]);
    for (const [first, last] of scopes) {
      for (const w of rule.weekdays) weekdaysIn(first, last, w.day, w.nth, byWeekday);
    }
  }
  let days: number[];
  if (byMonthDay && byWeekday) days = [...byMonthDay].filter((d) => byWeekday.has(d));
  else if (byMonthDay) days = [...byMonthDay];
  else if (byWeekday) days = [...byWeekday];
  else {
    days = [];
    for (const m of months) {
      if (dtstart.day <= daysInMonth(year, m)) days.push(daysFromCivil(year, m, dtstart.day));
    }
  }
  return days.sort((a, b) => a - b);
}

/**
 * The days of one calendar month that a DAILY rule with BYMONTH, BYMONTHDAY or BYDAY keeps,
 * written to `out` from index 0, sorted; returns how many. For DAILY each of these parts limits (RFC 5545 §3.3.10's table),
 * so the days are the month's days that pass them all and lie a whole number of intervals after
 * DTSTART. Reading a month at a time rather than a day at a time keeps a rule that meets rarely
 * (29 February) from costing a step per day.
 */
export function dailyDaysOfMonth(
  rule: RuleSpec,
  year: number,
  month: number,
  firstDay: number,
  out: number[],
): number {
  if (rule.months && !rule.months.includes(month)) return 0;
  const interval = rule.interval;
  const length = daysInMonth(year, month);
  const start = daysFromCivil(year, month, 1);
  const end = start + length - 1;
  const keeps = (d: number) => d >= firstDay && (d - firstDay) % interval === 0;
  // 1 and -31 name the same day of a 31-day month, and a weekday may be listed twice: keep each once.
  const add = (d: number) => {
    for (let i = 0; i < n; i++) if (out[i] === d) return;
    out[n++] = d;
  };
  let n = 0;
  if (rule.monthDays) {
    for (const md of rule.monthDays) {
      const dom = md > 0 ? md : length + md + 1;
      if (dom < 1 || dom > length) continue;
      const d = start + dom - 1;
      if (rule.weekdays && !rule.weekdays.some((w) => w.day === isoWeekday(d))) continue;
      if (keeps(d)) add(d);
    }
  } else if (rule.weekdays) {
    for (const w of rule.weekdays) {
      for (let d = start + ((w.day - isoWeekday(start) + 7) % 7); d <= end; d += 7) {
        if (keeps(d)) add(d);
      }
    }
  } else {
    // Only BYMONTH: every interval-th day from DTSTART that falls in this month.
    let d = Math.max(start, firstDay);
    d += (((firstDay - d) % interval) + interval) % interval;
    for (; d <= end; d += interval) out[n++] = d;
    return n;
  }
  // Insertion sort: a month holds at most 31 days.
  for (let i = 1; i < n; i++) {
    const d = out[i]!;
    let j = i - 1;
    for (; j >= 0 && out[j]! > d; j--) out[j + 1] = out[j]!;
    out[j + 1] = d;
  }
  return n;
}

/**
 * BYSETPOS applied to one period's dates (`days[0..n)`, sorted), in place; returns how many are
 * kept, still sorted and each once. Position 1 is the first date, -1 the last; a position beyond
 * the set picks nothing (RFC 5545 §3.3.10). Positions are applied to the whole period, before
 * dates earlier than DTSTART are dropped, as python-dateutil and rrule.js do.
 */
export function pickSetPositions(positions: readonly number[], days: number[], n: number): number {
  const picked: number[] = [];
  for (const p of positions) {
    const i = p > 0 ? p - 1 : n + p;
    if (i >= 0 && i < n && !picked.includes(days[i]!)) picked.push(days[i]!);
  }
  picked.sort((a, b) => a - b);
  for (let i = 0; i < picked.length; i++) days[i] = picked[i]!;
  return picked.length;
}
