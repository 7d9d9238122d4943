import type { IssueCollector } from "./issue-collector";
import { type Path, records } from "./raw";
import { isLocalDate } from "./temporal-strings";

/** Rule combinations RFC 5545 §3.3.10 forbids, and dates that contradict each other. */
export function checkSeriesRules(out: IssueCollector, series: unknown, path: Path): void {
  for (const [s, i] of records(series)) {
    const at = [...path, i];
    const rule = s.rule;
    if (rule && typeof rule === "object" && !Array.isArray(rule)) {
      const r = rule as Record<string, unknown>;
      if (r.count !== undefined && r.until !== undefined) {
        out.value([...at, "rule", "until"], "invalid_rule", r.until, "cannot be combined with count (RFC 5545 §3.3.10): give one");
      }
      if (isLocalDate(r.until) && isLocalDate(s.firstDate) && r.until < s.firstDate) {
        out.value([...at, "rule", "until"], "invalid_rule", r.until, `is before firstDate ${s.firstDate}`);
      }
      if (Array.isArray(r.byWeekday) && r.freq !== "monthly" && r.freq !== "yearly") {
        r.byWeekday.forEach((d, j) => {
          if (d && typeof d === "object") {
            out.add([...at, "rule", "byWeekday", j, "nth"], "invalid_rule", `an nth weekday needs freq monthly or yearly, not ${JSON.stringify(r.freq)} (RFC 5545 §3.3.10)`);
          }
        });
      }
      if (Array.isArray(r.byMonthDay) && r.freq === "weekly") {
        out.add([...at, "rule", "byMonthDay"], "invalid_rule", "byMonthDay cannot be used with freq \"weekly\" (RFC 5545 §3.3.10)");
      }
    }
    const overrideDates = new Set<string>();
    for (const [o, j] of records(s.overrides)) {
      if (typeof o.date !== "string") continue;
      if (overrideDates.has(o.date)) {
        out.value([...at, "overrides", j, "date"], "duplicate_id", o.date, "is overridden twice; merge the two overrides");
      }
      overrideDates.add(o.date);
    }
  }
}
