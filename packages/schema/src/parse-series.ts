import { isParsed, markParsed } from "@convening/core";
import { checkOneSeries } from "./check-series.js";
import { ConveningValidationError } from "./errors.js";
import { IssueCollector } from "./issue-collector.js";
import { issuesFromZod } from "./issues-from-zod.js";
import { isRecord } from "./raw.js";
import { type Series, SeriesSchema } from "./series.js";
import { guardInput, subjectOf, type ValidationOutcome } from "./validation-outcome.js";

/**
 * Validates one series on its own (a committee's calls kept outside any convening): its shape,
 * its zone, and the rule combinations RFC 5545 §3.3.10 forbids (COUNT with UNTIL, an nth weekday
 * in a weekly rule, UNTIL before the first date, one date overridden twice). Every problem is
 * reported at once. The result is marked as parsed, so `expandSeries` and `toRRule` take it
 * without validating again; the series of a parsed convening or directory are marked already.
 *
 * @throws {ConveningValidationError} listing every issue, whatever the input.
 * @example
 * ```ts
 * import { parseSeries } from "@convening/schema";
 *
 * const calls = parseSeries({
 *   id: "committee-calls", title: "Exploratory committee calls",
 *   timeZone: "America/New_York", firstDate: "2011-02-01", startTime: "10:00", duration: "PT1H",
 *   rule: { freq: "weekly", interval: 2, byWeekday: ["tu"], count: 6 },
 * });
 * calls.rule?.interval; // 2
 * ```
 */
export function parseSeries(input: unknown): Series {
  if (isParsed(input, "series")) return input as Series;
  const outcome = guardInput(() => validateSeries(input));
  if (outcome.issues) {
    throw new ConveningValidationError(outcome.issues, {
      subject: subjectOf("series", input),
      cause: outcome.cause,
      value: input,
    });
  }
  return outcome.data;
}

function validateSeries(input: unknown): ValidationOutcome<Series> {
  const shape = SeriesSchema.safeParse(input);
  const out = new IssueCollector();
  if (!shape.success) out.issues.push(...issuesFromZod(shape.error.issues, input));
  if (isRecord(input)) checkOneSeries(out, input, []);
  if (!shape.success || out.issues.length > 0) return { issues: out.issues };
  return { data: markParsed(shape.data, "series") };
}
