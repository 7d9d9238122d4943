import { civilFromDays, daysFromCivil, daysInMonth, isoWeekday } from "@convening/core";
// The dates an RFC 5545 §3.3.10 recurrence rule gives, on local calendar days (days since
// 1970-01-01). A rule runs in the wall time of its zone, so dates are found first and turned into
// instants afterwards. Supports the subset the schema allows: FREQ, INTERVAL, BYDAY (with nth),
// BYMONTHDAY, BYMONTH, COUNT, UNTIL, with WKST=MO. BYxxx rules expand or limit per the table in
// RFC 5545 §3.3.10 (page 44).

/** A rule reduced to numbers. Weekdays are ISO (1 = Monday); `nth` 0 means every such weekday. */
export interface RuleSpec {
  readonly freq: "daily" | "weekly" | "monthly" | "yearly";
  readonly interval: number;
  readonly weekdays: readonly { readonly day: number; readonly nth: number }[] | undefined;
  readonly monthDays: readonly number[] | undefined;
  readonly months: readonly number[] | undefined;
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

/** The candidate days of one period (a month or a year) of a MONTHLY or YEARLY rule. */
function monthOrYearCandidates(
  rule: RuleSpec,
  year: number,
  month: number | undefined,
  dtstart: { month: number; day: number },
): number[] {
  const months =
    month !== undefined
      ? [month]
      : (rule.months ??
        (rule.monthDays || rule.weekdays
          ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
          : [dtstart.month]));
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

function periodCandidates(rule: RuleSpec, period: number, firstDay: number): number[] {
  const start = civilFromDays(firstDay);
  switch (rule.freq) {
    case "daily": {
      const day = firstDay + period * rule.interval;
      return [day];
    }
    case "weekly": {
      const monday = firstDay - (isoWeekday(firstDay) - 1) + period * rule.interval * 7;
      const weekdays = rule.weekdays ? rule.weekdays.map((w) => w.day) : [isoWeekday(firstDay)];
      return [...new Set(weekdays)].map((w) => monday + w - 1).sort((a, b) => a - b);
    }
    case "monthly": {
      const index = start.year * 12 + (start.month - 1) + period * rule.interval;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      if (rule.months && !rule.months.includes(month)) return [];
      return monthOrYearCandidates(rule, year, month, start);
    }
    case "yearly":
      return monthOrYearCandidates(rule, start.year + period * rule.interval, undefined, start);
  }
}

/** Whether `day` passes the rule's limiting BYxxx parts for DAILY and WEEKLY. */
function passesLimits(rule: RuleSpec, day: number): boolean {
  if (rule.freq !== "daily" && rule.freq !== "weekly") return true;
  if (rule.months || (rule.freq === "daily" && (rule.monthDays || rule.weekdays))) {
    const { year, month, day: dom } = civilFromDays(day);
    if (rule.months && !rule.months.includes(month)) return false;
    if (rule.freq === "daily" && rule.monthDays) {
      const length = daysInMonth(year, month);
      if (!rule.monthDays.some((md) => (md > 0 ? md : length + md + 1) === dom)) return false;
    }
    if (
      rule.freq === "daily" &&
      rule.weekdays &&
      !rule.weekdays.some((w) => w.day === isoWeekday(day))
    )
      return false;
  }
  return true;
}

/**
 * The rule's days from `firstDay` (DTSTART) on, in order, stopping at COUNT, UNTIL or after
 * `horizon` (inclusive), whichever comes first. Like the `rrule` package and python-dateutil, a
 * DTSTART the rule does not give is not among them.
 */
export function ruleDays(rule: RuleSpec, firstDay: number, horizon: number): number[] {
  const out: number[] = [];
  const last = rule.untilDay === undefined ? horizon : Math.min(horizon, rule.untilDay);
  // A period's days all come after the previous period's; once a period starts past `last`, stop.
  for (let period = 0; ; period++) {
    if (periodStartDay(rule, period, firstDay) > last) break;
    for (const day of periodCandidates(rule, period, firstDay)) {
      if (day < firstDay || day > last || !passesLimits(rule, day)) continue;
      out.push(day);
      if (rule.count !== undefined && out.length >= rule.count) return out;
    }
  }
  return out;
}

function periodStartDay(rule: RuleSpec, period: number, firstDay: number): number {
  const start = civilFromDays(firstDay);
  switch (rule.freq) {
    case "daily":
      return firstDay + period * rule.interval;
    case "weekly":
      return firstDay - (isoWeekday(firstDay) - 1) + period * rule.interval * 7;
    case "monthly": {
      const index = start.year * 12 + (start.month - 1) + period * rule.interval;
      return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
    }
    case "yearly":
      return daysFromCivil(start.year + period * rule.interval, 1, 1);
  }
}
