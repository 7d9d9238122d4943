import { checkConveningReferences, type KnownIds } from "./check-references";
import { checkSeriesRules } from "./check-series";
import { checkAvailability, checkSessionTimes } from "./check-times";
import { checkUniqueIds, idsOf } from "./check-ids";
import { type Convening, ConveningSchema } from "./convening";
import { type Directory, DirectorySchema } from "./directory";
import { ConveningValidationError, type ConveningIssue } from "./errors";
import { IssueCollector } from "./issue-collector";
import { issuesFromZod } from "./issues-from-zod";
import { isRecord, text } from "./raw";

/** Options for {@link parseConvening}. */
export interface ParseConveningOptions {
  /**
   * Shared records the convening may refer to: participants, organizers and affiliations are
   * resolved against the convening's own lists and then the directory's. A `parentSeriesId` is
   * checked only when a directory is given.
   */
  directory?: Directory | unknown;
}

/** The result of {@link safeParseConvening}. */
export type SafeParseConveningResult =
  | { success: true; data: Convening; error?: undefined }
  | { success: false; data?: undefined; error: ConveningValidationError };

function conveningIssues(input: unknown, directoryInput: unknown): { issues: ConveningIssue[]; data?: Convening } {
  const shape = ConveningSchema.safeParse(input);
  const out = new IssueCollector();
  if (!shape.success) out.issues.push(...issuesFromZod(shape.error.issues, input));

  let directory: Record<string, unknown> = {};
  const hasDirectory = directoryInput !== undefined;
  if (hasDirectory) {
    const parsed = DirectorySchema.safeParse(directoryInput);
    if (!parsed.success) out.issues.push(...issuesFromZod(parsed.error.issues, directoryInput, ["$directory"]));
    directory = isRecord(directoryInput) ? directoryInput : {};
  }

  if (isRecord(input)) {
    const doc = input;
    checkUniqueIds(out, "session or series", [
      [["sessions"], doc.sessions],
      [["series"], doc.series],
    ]);
    checkUniqueIds(out, "person", [[["people"], doc.people]]);
    checkUniqueIds(out, "organization", [[["organizations"], doc.organizations]]);
    checkUniqueIds(out, "venue", [[["venues"], doc.venues]]);
    checkUniqueIds(out, "group", [[["groups"], doc.groups]]);
    checkUniqueIds(out, "registration", [[["registrations"], doc.registrations]]);
    const known: KnownIds = {
      members: idsOf(doc.people, directory.members),
      organizations: idsOf(doc.organizations, directory.organizations),
      venues: idsOf(doc.venues),
      groups: idsOf(doc.groups, directory.groups),
      series: idsOf(doc.series, directory.series),
      sessions: idsOf(doc.sessions),
      conveningId: text(doc.id),
    };
    for (const id of idsOf(doc.series)) known.sessions.delete(id);
    checkConveningReferences(out, doc, known, hasDirectory);
    checkSessionTimes(out, doc);
    checkSeriesRules(out, doc.series, ["series"]);
    checkAvailability(out, doc.people, ["people"]);
  }

  if (!shape.success || out.issues.length > 0) return { issues: out.issues };
  const data = shape.data;
  // A session's zone of intent defaults to the convening's; filled in so consumers never guess.
  for (const session of data.sessions) session.timeZone ??= data.timeZone;
  return { issues: [], data };
}

function subjectOf(input: unknown): string {
  const id = isRecord(input) ? text(input.id) : undefined;
  return id === undefined ? "convening" : `convening ${JSON.stringify(id)}`;
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
  const result = conveningIssues(input, options.directory);
  if (!result.data) throw new ConveningValidationError(result.issues, { subject: subjectOf(input) });
  return result.data;
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
export function safeParseConvening(input: unknown, options: ParseConveningOptions = {}): SafeParseConveningResult {
  const result = conveningIssues(input, options.directory);
  if (result.data) return { success: true, data: result.data };
  return { success: false, error: new ConveningValidationError(result.issues, { subject: subjectOf(input) }) };
}
