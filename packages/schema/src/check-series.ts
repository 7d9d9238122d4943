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
    if (Array.isArray(rule.bySetPos)) checkSetPos(out, rule, [...path, "rule", "bySetPos"]);
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

/**
 * BYSETPOS picks among the dates one period gives, so it needs another BYxxx part to make that
 * set (RFC 5545 §3.3.10: "MUST only be used in conjunction with another BYxxx rule part"). A
 * daily period holds one date without BYHOUR and its kin, which the model does not have, so
 * there bySetPos could only keep every date or none: refused rather than given a meaning.
 */
function checkSetPos(out: IssueCollector, rule: Raw, path: Path): void {
  if (rule.freq === "daily") {
    out.value(
      path,
      "invalid_rule",
      rule.bySetPos,
      "needs freq weekly, monthly or yearly: a daily period holds one date, so there is nothing to pick from",
    );
  } else if (
    rule.byWeekday === undefined &&
    rule.byMonthDay === undefined &&
    rule.byMonth === undefined
  ) {
    out.value(
      path,
      "invalid_rule",
      rule.bySetPos,
      "needs byWeekday, byMonthDay or byMonth (RFC 5545 §3.3.10)",
    );
  }
}
