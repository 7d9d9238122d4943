import { formatLocalDate, requireParsed } from "@convening/core";
import type { Series } from "@convening/schema";
import { RuleDays } from "./rule-dates.js";
import { normalizeSeries } from "./series-input.js";

/**
 * The first date (`YYYY-MM-DD`, in the series' zone) the series' rule gives, COUNT and UNTIL
 * applied and exceptions not: the date a calendar's DTSTART must name, since RFC 5545 §3.8.5.3
 * wants DTSTART to be the rule's first instance and COUNT counts from it. It may be years after
 * `firstDate` (29 February, or the fifth Monday of a February). `undefined` for a series without
 * a rule, or whose rule gives no date up to 9999-12-31.
 *
 * @param series - A parsed `Series` (`parseSeries`, or a series of a parsed convening).
 * @throws {NotParsedError} for anything else.
 * @example
 * ```ts
 * firstRuleDate(parseSeries({ id: "leap", title: "Leap day", timeZone: "UTC", firstDate: "2021-03-01",
 *   startTime: "12:00", duration: "PT1H", rule: { freq: "yearly", byMonth: [2], byMonthDay: [29] } }));
 * // "2024-02-29"
 * ```
 */
export function firstRuleDate(series: Series): string | undefined {
  const s = normalizeSeries(requireParsed(series, "series", "firstRuleDate", ["series"]));
  if (s.rule === undefined) return undefined;
  const day = new RuleDays(s.rule, s.firstDay).first();
  return day === undefined ? undefined : formatLocalDate(day);
}
