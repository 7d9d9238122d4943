import {
  civilFromDays,
  DAY_MS,
  firstInstantAtOrAfterLocal,
  requireParsed,
  zoneOffsetTable,
} from "@convening/core";
import type { Series } from "@convening/schema";
import type { RuleSpec } from "./rule-periods.js";
import { normalizeSeries } from "./series-input.js";

const DAY_CODES = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * Whether a rule means its days of the month in every month without saying so: YEARLY with
 * BYMONTHDAY and no BYMONTH. RFC 5545 §3.3.10 expands BYMONTHDAY over the year, as expandSeries,
 * python-dateutil and rrule.js do, but libical and ical.js keep DTSTART's month, so the months
 * are written out. Not with an nth weekday (`1FR`), which without BYMONTH counts within the year
 * and with it within each month; every reader agrees on that rule as it stands.
 */
function everyMonth(rule: RuleSpec): boolean {
  return (
    rule.freq === "yearly" &&
    rule.monthDays !== undefined &&
    (rule.weekdays ?? []).every((w) => w.nth === 0)
  );
}

/** `20231231T225959Z`: the RFC 5545 §3.3.5 UTC form of an instant. */
function utcStamp(epochMs: number): string {
  const days = Math.floor(epochMs / DAY_MS);
  const { year, month, day } = civilFromDays(days);
  const seconds = Math.floor((epochMs - days * DAY_MS) / 1000);
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor(seconds / 60) % 60;
  const ss = seconds % 60;
  return `${String(year).padStart(4, "0")}${pad2(month)}${pad2(day)}T${pad2(hh)}${pad2(mm)}${pad2(ss)}Z`;
}

const LAST_UTC_SECOND_MS = Date.UTC(9999, 11, 31, 23, 59, 59);

/**
 * The RFC 5545 §3.3.10 RRULE value of a series' rule, without the `RRULE:` prefix, for a DTSTART
 * given with the series' TZID: `FREQ=MONTHLY;INTERVAL=3;BYDAY=3TU;COUNT=8`. Parts come in the
 * order FREQ, INTERVAL (omitted when 1), BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS, WKST (only when
 * the series names `weekStart`), COUNT or UNTIL. A yearly
 * rule on days of the month without months gets `BYMONTH=1,…,12`, which means the same but which
 * libical and ical.js would otherwise read as DTSTART's month alone. UNTIL is the
 * last second of the `until` date in the series' zone, in UTC, as RFC 5545 requires when DTSTART
 * has a TZID. A series without a rule (only `firstDate` and `extraDates`) has no RRULE:
 * `undefined`. Exceptions and extra dates are EXDATE and RDATE, not part of the rule.
 *
 * @param series - A parsed `Series`: what `parseSeries` returns, or a series of a parsed
 *   convening or directory. It is not validated again.
 * @throws {NotParsedError} for anything else (raw JSON, a copy, a hand-built object).
 * @example
 * ```ts
 * toRRule(parseSeries({ id: "c", title: "Convergence", timeZone: "UTC", firstDate: "2023-10-17", startTime: "15:00",
 *   duration: "PT2H", rule: { freq: "monthly", interval: 3, byWeekday: [{ day: "tu", nth: 3 }], count: 8 } }));
 * // "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TU;COUNT=8"
 * ```
 */
export function toRRule(series: Series): string | undefined {
  const s = normalizeSeries(requireParsed(series, "series", "toRRule", ["series"]));
  const rule = s.rule;
  if (!rule) return undefined;
  const parts = [`FREQ=${rule.freq.toUpperCase()}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  const months = rule.months ?? (everyMonth(rule) ? ALL_MONTHS : undefined);
  if (months) parts.push(`BYMONTH=${months.join(",")}`);
  if (rule.monthDays) parts.push(`BYMONTHDAY=${rule.monthDays.join(",")}`);
  if (rule.weekdays)
    parts.push(
      `BYDAY=${rule.weekdays.map((w) => `${w.nth === 0 ? "" : w.nth}${DAY_CODES[w.day]}`).join(",")}`,
    );
  if (rule.setPositions) parts.push(`BYSETPOS=${rule.setPositions.join(",")}`);
  // WKST only when the series names it: a rule without it reads as Monday everywhere already.
  if (s.series.rule?.weekStart !== undefined) parts.push(`WKST=${DAY_CODES[rule.weekStart]}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.untilDay !== undefined) {
    // The last instant of the until date: the start of the next local day, minus one second.
    const nextDay = firstInstantAtOrAfterLocal(
      zoneOffsetTable(s.zone),
      (rule.untilDay + 1) * DAY_MS,
    );
    // West of UTC the end of 9999-12-31 falls in year 10000, which a DATE-TIME cannot hold (RFC
    // 5545 §3.3.4: four-digit years); the last second it can name stands in for it.
    parts.push(`UNTIL=${utcStamp(Math.min(nextDay - 1000, LAST_UTC_SECOND_MS))}`);
  }
  return parts.join(";");
}
