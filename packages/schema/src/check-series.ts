import { isLocalDate } from "@convening/core";
import type { IssueCollector } from "./issue-collector.js";
import { eachRecord, isRecord, type Path, type Raw } from "./raw.js";

/** Rule combinations RFC 5545 §3.3.10 forbids, and dates that contradict each other. */
export function checkSeriesRules(out: IssueCollector, series: unknown, path: Path): void {
  eachRecord(series, (s, i) => checkOneSeries(out, s, [...path, i]));
}

/** {@link checkSeriesRules} for one series at `path`. */
export function checkOneSeries(out: IssueCollector, s: Raw, path: Path): void {
  const rule = s.rule;
  if (isRecord(rule)) {
    if (rule.count !== undefined && rule.until !== undefined) {
      out.value(
        [...path, "rule", "until"],
        "invalid_rule",
        rule.until,
        "cannot be combined with count (RFC 5545 §3.3.10): give one",
      );
    }
    if (isLocalDate(rule.until) && isLocalDate(s.firstDate) && rule.until < s.firstDate) {
      out.value(
        [...path, "rule", "until"],
        "invalid_rule",
        rule.until,
        `is before firstDate ${s.firstDate}`,
      );
    }
    if (Array.isArray(rule.byWeekday) && rule.freq !== "monthly" && rule.freq !== "yearly") {
      rule.byWeekday.forEach((day: unknown, j) => {
        if (isRecord(day)) {
          out.value(
            [...path, "rule", "byWeekday", j, "nth"],
            "invalid_rule",
            day.nth,
            `is an nth weekday, which needs freq monthly or yearly, not ${JSON.stringify(rule.freq)} (RFC 5545 §3.3.10)`,
          );
        }
      });
    }
    if (Array.isArray(rule.byMonthDay) && rule.freq === "weekly") {
      out.add(
        [...path, "rule", "byMonthDay"],
        "invalid_rule",
        'byMonthDay cannot be used with freq "weekly" (RFC 5545 §3.3.10)',
      );
    }
  }
  const overrideDates = new Set<string>();
  eachRecord(s.overrides, (o, j) => {
    if (typeof o.date !== "string") return;
    if (overrideDates.has(o.date)) {
      out.value(
        [...path, "overrides", j, "date"],
        "duplicate_id",
        o.date,
        "is overridden twice; merge the two overrides",
      );
    }
    overrideDates.add(o.date);
  });
}
