import { checkGroupReferences, checkMemberReferences, checkSeriesReferences, type KnownIds } from "./check-references";
import { checkSeriesRules } from "./check-series";
import { checkAvailability } from "./check-times";
import { checkUniqueIds, idsOf } from "./check-ids";
import { type Directory, DirectorySchema } from "./directory";
import { ConveningValidationError } from "./errors";
import { IssueCollector } from "./issue-collector";
import { issuesFromZod } from "./issues-from-zod";
import { isRecord } from "./raw";

/**
 * Validates a directory (a network's members, organizations, groups and series): shape, unique
 * ids, affiliations, group members and series groups that resolve.
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
  const shape = DirectorySchema.safeParse(input);
  const out = new IssueCollector();
  if (!shape.success) out.issues.push(...issuesFromZod(shape.error.issues, input));
  if (isRecord(input)) {
    checkUniqueIds(out, "member", [[["members"], input.members]]);
    checkUniqueIds(out, "organization", [[["organizations"], input.organizations]]);
    checkUniqueIds(out, "group", [[["groups"], input.groups]]);
    checkUniqueIds(out, "series", [[["series"], input.series]]);
    const known: KnownIds = {
      members: idsOf(input.members),
      organizations: idsOf(input.organizations),
      venues: new Set(),
      groups: idsOf(input.groups),
      series: idsOf(input.series),
      sessions: new Set(),
      conveningId: undefined,
    };
    checkMemberReferences(out, input.members, ["members"], known);
    checkGroupReferences(out, input.groups, ["groups"], known);
    checkSeriesReferences(out, input.series, ["series"], known, false);
    checkSeriesRules(out, input.series, ["series"]);
    checkAvailability(out, input.members, ["members"]);
  }
  if (!shape.success || out.issues.length > 0) throw new ConveningValidationError(out.issues, { subject: "directory" });
  return shape.data;
}
