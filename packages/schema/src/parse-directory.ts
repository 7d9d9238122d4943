import { isParsed, markParsed } from "@convening/core";
import { IdNamespace } from "./check-ids.js";
import {
  checkGroupReferences,
  checkMemberReferences,
  checkSeriesReferences,
  type KnownIds,
} from "./check-references.js";
import { checkSeriesRules } from "./check-series.js";
import { checkAvailability } from "./check-times.js";
import { type Directory, DirectorySchema } from "./directory.js";
import { ConveningValidationError } from "./errors.js";
import { IssueCollector } from "./issue-collector.js";
import { issuesFromZod } from "./issues-from-zod.js";
import { isRecord } from "./raw.js";
import { guardInput, type ValidationOutcome } from "./validation-outcome.js";

/**
 * Validates a directory (a network's members, organizations, groups and series): shape, unique
 * ids, affiliations, group members and series groups that resolve. The result is marked as
 * parsed (and so is each of its series); pass it to `parseConvening`'s `directory` option as often
 * as you like: a parsed directory is not validated again.
 *
 * @throws {ConveningValidationError} listing every issue.
 * @example
 * ```ts
 * import { parseDirectory } from "@convening/schema";
 *
 * const directory = parseDirectory({
 *   organizations: [{ id: "fabriders", name: "FabRiders", kind: "company" }],
 *   members: [{ id: "dirk", name: "Dirk", affiliations: [{ organizationId: "fabriders" }] }],
 * });
 * ```
 */
export function parseDirectory(input: unknown): Directory {
  if (isParsed(input, "directory")) return input as Directory;
  const outcome = guardInput(() => validateDirectory(input));
  if (outcome.issues) {
    throw new ConveningValidationError(outcome.issues, {
      subject: "directory",
      cause: outcome.cause,
      value: input,
    });
  }
  return outcome.data;
}

/** Every problem of a directory document, or the directory parsed and marked. */
export function validateDirectory(input: unknown): ValidationOutcome<Directory> {
  const shape = DirectorySchema.safeParse(input);
  const out = new IssueCollector();
  if (!shape.success) out.issues.push(...issuesFromZod(shape.error.issues, input));
  if (isRecord(input)) {
    const known: KnownIds = {
      members: new IdNamespace(out, "member").claimAll(["members"], input.members).ids,
      organizations: new IdNamespace(out, "organization").claimAll(
        ["organizations"],
        input.organizations,
      ).ids,
      venues: new Set(),
      groups: new IdNamespace(out, "group").claimAll(["groups"], input.groups).ids,
      series: new IdNamespace(out, "series").claimAll(["series"], input.series).ids,
    };
    checkMemberReferences(out, input.members, ["members"], known);
    checkGroupReferences(out, input.groups, ["groups"], known);
    checkSeriesReferences(out, input.series, ["series"], known, false);
    checkSeriesRules(out, input.series, ["series"]);
    checkAvailability(out, input.members, ["members"]);
  }
  if (!shape.success || out.issues.length > 0) return { issues: out.issues };
  for (const series of shape.data.series) markParsed(series, "series");
  return { data: markParsed(shape.data as Directory, "directory") };
}
