import { civilFromDays, daysFromCivil, isoWeekday } from "@convening/core";
import {
  dailyDaysOfMonth,
  monthOrYearCandidates,
  pickSetPositions,
  type RuleSpec,
} from "./rule-periods.js";

// The dates an RFC 5545 §3.3.10 recurrence rule gives from DTSTART, read at any point without
// walking there: the cost of a question follows the days it asks about, not the years since
// DTSTART. The rule's periods are numbered as steps from DTSTART's, so the step holding a day is
// found by arithmetic. COUNT is the one part that depends on history; it is turned into the last
// day the rule gives, by arithmetic where every step gives the same number of days, else by
// counting step by step (at most COUNT days, 10,000 by the schema, plus empty steps).

// The last day any date is written for: 9999-12-31, where ISO 8601, iCalendar and Intl agree.
const LAST_DAY = daysFromCivil(9999, 12, 31);
// The Gregorian calendar repeats every 400 years, 146,097 days: a rule that gives no date in
// that many years' worth of its steps never gives one.
const CYCLE_DAYS = 146_097;

/** How the rule is walked: its own periods, or calendar months for a limited DAILY rule. */
type Stepping = "day" | "daily-month" | "week" | "month" | "year";

/** One step per month since DTSTART's: a month's index counting from year 0. */
function monthIndexOf(day: number): number {
  const { year, month } = civilFromDays(day);
  return year * 12 + month - 1;
}

/** The first day of the week holding `day`, weeks starting on ISO weekday `weekStart` (WKST). */
function weekStartOf(day: number, weekStart: number): number {
  return day - ((isoWeekday(day) - weekStart + 7) % 7);
}

/**
 * The days a recurrence rule gives from `firstDay` (DTSTART), COUNT and UNTIL applied. Like the
 * `rrule` package and python-dateutil, a DTSTART the rule does not give is not among them.
 */
export class RuleDays {
  readonly #rule: RuleSpec;
  readonly #firstDay: number;
  readonly #start: { year: number; month: number; day: number };
  readonly #stepping: Stepping;
  /** WEEKLY: the rule's weekdays as days after the week's start (WKST), sorted, each once. */
  readonly #weekOffsets: readonly number[];
  readonly #firstWeekStart: number;
  readonly #firstMonthIndex: number;
  readonly #scratch: number[] = [];
  // COUNT, read lazily and only as far as asked: steps counted so far, the days in them, and the
  // COUNT-th day once found.
  #countedSteps = 0;
  #counted = 0;
  #countEnd: number | undefined;

  constructor(rule: RuleSpec, firstDay: number) {
    this.#rule = rule;
    this.#firstDay = firstDay;
    this.#start = civilFromDays(firstDay);
    const limited = rule.months !== undefined || rule.monthDays !== undefined || rule.weekdays;
    this.#stepping =
      rule.freq === "daily"
        ? limited
          ? "daily-month"
          : "day"
        : rule.freq === "weekly"
          ? "week"
          : rule.freq === "monthly"
            ? "month"
            : "year";
    const weekdays = rule.weekdays ? rule.weekdays.map((w) => w.day) : [isoWeekday(firstDay)];
    this.#weekOffsets = [...new Set(weekdays.map((d) => (d - rule.weekStart + 7) % 7))].sort(
      (a, b) => a - b,
    );
    this.#firstWeekStart = weekStartOf(firstDay, rule.weekStart);
    this.#firstMonthIndex = this.#start.year * 12 + this.#start.month - 1;
  }

  /** The last step that starts on or before `day` (0 for any day before DTSTART). */
  #stepAt(day: number): number {
    const interval = this.#rule.interval;
    let step: number;
    switch (this.#stepping) {
      case "day":
        step = Math.floor((day - this.#firstDay) / interval);
        break;
      case "daily-month":
        step = monthIndexOf(day) - this.#firstMonthIndex;
        break;
      case "week":
        step = Math.floor(
          (weekStartOf(day, this.#rule.weekStart) - this.#firstWeekStart) / (7 * interval),
        );
        break;
      case "month":
        step = Math.floor((monthIndexOf(day) - this.#firstMonthIndex) / interval);
        break;
      case "year":
        step = Math.floor((civilFromDays(day).year - this.#start.year) / interval);
        break;
    }
    return Math.max(0, step);
  }

  /** The first day step `step`'s period covers; every day it gives is on or after it. */
  #stepStart(step: number): number {
    const interval = this.#rule.interval;
    switch (this.#stepping) {
      case "day":
        return this.#firstDay + step * interval;
      case "daily-month":
        return this.#monthStart(this.#firstMonthIndex + step);
      case "week":
        return this.#firstWeekStart + step * interval * 7;
      case "month":
        return this.#monthStart(this.#firstMonthIndex + step * interval);
      case "year":
        return daysFromCivil(this.#start.year + step * interval, 1, 1);
    }
  }

  #monthStart(index: number): number {
    return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
  }

  /**
   * The days step `step` gives, written to `out` from index 0, sorted, none before DTSTART; returns
   * how many. The caller's array is reused step after step (no array per step).
   */
  #stepDays(step: number, out: number[]): number {
    const rule = this.#rule;
    const firstDay = this.#firstDay;
    let n = 0;
    switch (this.#stepping) {
      case "day":
        out[0] = firstDay + step * rule.interval;
        return 1;
      case "daily-month": {
        const index = this.#firstMonthIndex + step;
        return dailyDaysOfMonth(rule, Math.floor(index / 12), (index % 12) + 1, firstDay, out);
      }
      case "week": {
        const weekStart = this.#firstWeekStart + step * rule.interval * 7;
        for (const offset of this.#weekOffsets) {
          const day = weekStart + offset;
          // DTSTART's week counts from DTSTART: python-dateutil and rrule.js build that week's set
          // from DTSTART to the week's end, so BYSETPOS picks among those days only there.
          if (day < firstDay) continue;
          // BYMONTH limits a WEEKLY rule (RFC 5545 §3.3.10's table).
          if (rule.months && !rule.months.includes(civilFromDays(day).month)) continue;
          out[n++] = day;
        }
        return rule.setPositions ? pickSetPositions(rule.setPositions, out, n) : n;
      }
      case "month": {
        const index = this.#firstMonthIndex + step * rule.interval;
        const month = (index % 12) + 1;
        if (rule.months && !rule.months.includes(month)) return 0;
        for (const day of monthOrYearCandidates(rule, Math.floor(index / 12), month, this.#start))
          out[n++] = day;
        return this.#fromFirstDay(out, n);
      }
      case "year": {
        const year = this.#start.year + step * rule.interval;
        for (const day of monthOrYearCandidates(rule, year, undefined, this.#start)) out[n++] = day;
        return this.#fromFirstDay(out, n);
      }
    }
  }

  /**
   * A month's or year's dates (`out[0..n)`, sorted) with BYSETPOS applied and those before
   * DTSTART dropped, in that order: positions count within the whole period (RFC 5545 §3.3.10),
   * as python-dateutil and rrule.js count them, even in DTSTART's own month or year.
   */
  #fromFirstDay(out: number[], n: number): number {
    const positions = this.#rule.setPositions;
    const kept = positions ? pickSetPositions(positions, out, n) : n;
    let skip = 0;
    while (skip < kept && out[skip]! < this.#firstDay) skip++;
    if (skip > 0) for (let i = skip; i < kept; i++) out[i - skip] = out[i]!;
    return kept - skip;
  }

  /**
   * The COUNT-th day when the rule has COUNT and it falls on or before `upTo`; otherwise
   * `Infinity` (no COUNT, or every rule day up to `upTo` is within it). Steps already counted are
   * not counted again, so a run of questions costs one walk in all.
   */
  #countEndBy(upTo: number): number {
    const count = this.#rule.count;
    if (count === undefined) return Number.POSITIVE_INFINITY;
    if (this.#countEnd !== undefined) return this.#countEnd;
    const exact = this.#arithmeticCountEnd(count);
    if (exact !== undefined) {
      this.#countEnd = exact;
      return exact;
    }
    const days = this.#scratch;
    const last = Math.min(upTo, this.#rule.untilDay ?? upTo);
    for (; this.#stepStart(this.#countedSteps) <= last; this.#countedSteps++) {
      const n = this.#stepDays(this.#countedSteps, days);
      if (this.#counted + n >= count) {
        this.#countEnd = days[count - this.#counted - 1]!;
        return this.#countEnd;
      }
      this.#counted += n;
    }
    return Number.POSITIVE_INFINITY;
  }

  /** The COUNT-th day by arithmetic, for rules whose steps all give the same number of days. */
  #arithmeticCountEnd(count: number): number | undefined {
    if (this.#stepping === "day") return this.#firstDay + (count - 1) * this.#rule.interval;
    if (this.#stepping !== "week" || this.#rule.months || this.#rule.setPositions) return undefined;
    // Every week gives each weekday once, but the first only those from DTSTART on.
    const days = this.#scratch;
    const first = this.#stepDays(0, days);
    if (count <= first) return days[count - 1];
    const rest = count - first - 1;
    this.#stepDays(1 + Math.floor(rest / this.#weekOffsets.length), days);
    return days[rest % this.#weekOffsets.length];
  }

  /**
   * The first day the rule gives (COUNT and UNTIL applied), or undefined when it gives none up to
   * 9999-12-31. Walks the steps from DTSTART; a rule whose BYxxx parts never meet (30 February)
   * stops after one Gregorian cycle of steps.
   */
  first(): number | undefined {
    const interval = this.#rule.interval;
    const last = Math.min(
      LAST_DAY,
      this.#rule.untilDay ?? LAST_DAY,
      this.#firstDay + CYCLE_DAYS * interval + 366 * interval,
    );
    const days = this.#scratch;
    for (let step = 0; this.#stepStart(step) <= last; step++) {
      if (this.#stepDays(step, days) > 0) return days[0]! <= last ? days[0] : undefined;
    }
    return undefined;
  }

  /** Whether the rule gives `day`. */
  has(day: number): boolean {
    if (day < this.#firstDay || day > (this.#rule.untilDay ?? day)) return false;
    const days = this.#scratch;
    const n = this.#stepDays(this.#stepAt(day), days);
    let given = false;
    for (let i = 0; i < n && !given; i++) given = days[i] === day;
    return given && day <= this.#countEndBy(day);
  }

  /**
   * The days the rule gives in [from, to], in order; `undefined` as soon as there are more than
   * `limit`, so an impossible window is refused before anything is built for it.
   */
  between(from: number, to: number, limit: number): number[] | undefined {
    const first = Math.max(from, this.#firstDay);
    const last = Math.min(to, this.#rule.untilDay ?? to, this.#countEndBy(to));
    const out: number[] = [];
    if (this.#stepping === "day") {
      // One day a step: the days are an arithmetic sequence.
      const interval = this.#rule.interval;
      let day = this.#firstDay + Math.ceil((first - this.#firstDay) / interval) * interval;
      if (Math.floor((last - day) / interval) >= limit) return undefined;
      for (; day <= last; day += interval) out.push(day);
      return out;
    }
    const days = this.#scratch;
    for (let step = this.#stepAt(first); this.#stepStart(step) <= last; step++) {
      const n = this.#stepDays(step, days);
      for (let i = 0; i < n; i++) {
        const day = days[i]!;
        if (day < first) continue;
        if (day > last) return out;
        if (out.length >= limit) return undefined;
        out.push(day);
      }
    }
    return out;
  }
}
