import { isParsed, markParsed } from "@convening/core";
import { allDayBounds } from "./all-day.js";
import { checkConvening } from "./check-convening.js";
import { type Convening, ConveningSchema } from "./convening.js";
import type { Directory } from "./directory.js";
import { type ConveningIssue, ConveningValidationError } from "./errors.js";
import { IssueCollector } from "./issue-collector.js";
import { issuesFromZod } from "./issues-from-zod.js";
import { validateDirectory } from "./parse-directory.js";
import { isRecord, type Raw } from "./raw.js";
import { guardInput, subjectOf, type ValidationOutcome } from "./validation-outcome.js";

/**
 * Options for {@link parseConvening}.
 *
 * @example
 * ```ts
 * parseConvening(doc, { directory: parseDirectory(membersJson) });
 * ```
 */
export interface ParseConveningOptions {
  /**
   * Shared records the convening may refer to: participants, organizers and affiliations are
   * resolved against the convening's own lists and then the directory's. A `parentSeriesId` is
   * checked only when a directory is given. A directory from `parseDirectory` is used as it is;
   * anything else is validated here, its problems reported under `$directory`. The parsed
   * directory is attached to the result as `convening.directory`.
   */
  directory?: Directory | unknown;
}

/**
 * The result of {@link safeParseConvening}.
 *
 * @example
 * ```ts
 * const result: SafeParseConveningResult = safeParseConvening(doc);
 * if (result.success) use(result.data);
 * else log(result.error.issues);
 * ```
 */
export type SafeParseConveningResult =
  | {
      /** `true`: the document is valid and `data` holds it. */
      success: true;
      /** The parsed convening, with defaults applied and each session's `timeZone` filled in. */
      data: Convening;
      /** Never set on success; present so `result.error` type-checks without narrowing. */
      error?: undefined;
    }
  | {
      /** `false`: the document is invalid and `error` lists why. */
      success: false;
      /** Never set on failure; present so `result.data` type-checks without narrowing. */
      data?: undefined;
      /** Every problem found, collected in one pass (the error `parseConvening` would throw). */
      error: ConveningValidationError;
    };

function validate(input: unknown, directoryInput: unknown): ValidationOutcome<Convening> {
  const out = new IssueCollector();
  const directory = directoryOption(directoryInput, out);
  // The checks beyond shape run before zod copies the document, so their sets of ids are garbage
  // by then and never add to the peak of the input and its copy (5 MB at 100,000 sessions).
  if (isRecord(input)) checkConvening(out, input, directory.raw);
  const shape = ConveningSchema.safeParse(input);
  // Shape issues first, then the directory's, then the rest: the order they were always listed in.
  const issues = shape.success
    ? out.issues
    : [...issuesFromZod(shape.error.issues, input), ...out.issues];
  if (issues.length > 0) return { issues };
  const data = shape.data as Convening;
  // A session's zone of intent defaults to the convening's; filled in so consumers never guess.
  for (const session of data.sessions) {
    session.timeZone ??= data.timeZone;
    // An all-day session's days are its truth; start and end follow from them in its zone.
    if (session.allDay) {
      session.allDay.endDate ??= session.allDay.startDate;
      Object.assign(session, allDayBounds(session.allDay, session.timeZone));
    }
  }
  for (const series of data.series) markParsed(series, "series");
  if (directory.parsed !== undefined) {
    // Not enumerable, like the parsed mark: JSON and object spread leave the directory out.
    Object.defineProperty(data, "directory", { value: directory.parsed, enumerable: false });
  }
  return { data: markParsed(data, "convening") };
}

/**
 * The directory option, parsed once: a directory from `parseDirectory` is used as it is, anything
 * else is validated here and its problems reported under `$directory`.
 */
function directoryOption(
  input: unknown,
  out: IssueCollector,
): { raw?: Raw | undefined; parsed?: Directory | undefined } {
  if (input === undefined) return {};
  if (isParsed(input, "directory"))
    return { raw: input as unknown as Raw, parsed: input as Directory };
  const outcome = validateDirectory(input);
  if (outcome.issues) {
    for (const issue of outcome.issues)
      out.issues.push({ ...issue, path: ["$directory", ...issue.path] });
  }
  return { raw: isRecord(input) ? input : {}, parsed: outcome.data };
}

function run(
  input: unknown,
  options: ParseConveningOptions | undefined,
): ValidationOutcome<Convening> {
  return guardInput(() => validate(input, options?.directory));
}

function failure(
  input: unknown,
  outcome: { issues: ConveningIssue[]; cause?: unknown },
): ConveningValidationError {
  return new ConveningValidationError(outcome.issues, {
    subject: subjectOf("convening", input),
    cause: outcome.cause,
    value: input,
  });
}

/**
 * Validates a convening document: its shape, then its references (participants, venues,
 * organizers, affiliations, groups, series), unique ids, end after start, offsets that agree with
 * the zone at that instant, and sessions inside the convening's dates. Every problem is reported
 * at once. Defaults are applied, and each session's `timeZone` is filled in from the convening.
 *
 * @throws {ConveningValidationError} listing every issue, whatever the input (non-objects included).
 * @example
 * ```ts
 * import { parseConvening } from "@convening/schema";
 *
 * const convening = parseConvening({
 *   id: "collaborative-workshops-2021",
 *   title: "Collaborative Workshops",
 *   timeZone: "America/New_York",
 *   displayZones: ["America/New_York", "Europe/London", "Africa/Nairobi"],
 *   startDate: "2021-03-23",
 *   endDate: "2021-03-24",
 *   sessions: [{ id: "power-of-a-story", title: "The Power of a Story",
 *     start: "2021-03-23T11:20:00-04:00", end: "2021-03-23T12:05:00-04:00" }],
 * });
 * convening.sessions[0].timeZone; // "America/New_York"
 * ```
 */
export function parseConvening(input: unknown, options: ParseConveningOptions = {}): Convening {
  if (isParsed(input, "convening") && options?.directory === undefined) return input as Convening;
  const outcome = run(input, options);
  if (outcome.issues) throw failure(input, outcome);
  return outcome.data;
}

/**
 * {@link parseConvening} without throwing: `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * const result = safeParseConvening(JSON.parse(body));
 * if (!result.success) return new Response(result.error.message, { status: 422 });
 * ```
 */
export function safeParseConvening(
  input: unknown,
  options: ParseConveningOptions = {},
): SafeParseConveningResult {
  const outcome = run(input, options);
  if (outcome.issues) return { success: false, error: failure(input, outcome) };
  return { success: true, data: outcome.data };
}
