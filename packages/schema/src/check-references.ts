import type { IssueCollector } from "./issue-collector.js";
import { eachRecord, type Path, type Raw } from "./raw.js";

/** A set of ids a reference may name. */
export interface Known {
  has(id: string): boolean;
}

/** Ids in either set, without copying them (a directory may hold thousands of members). */
export function either(a: Known, b: Known | undefined): Known {
  return b === undefined ? a : { has: (id) => a.has(id) || b.has(id) };
}

/** The ids a convening's or a directory's references are checked against. */
export interface KnownIds {
  members: Known;
  organizations: Known;
  venues: Known;
  groups: Known;
  series: Known;
}

/** True when `value` is an id that names nothing in `known` (non-strings are the shape's problem). */
export function unknownId(value: unknown, known: Known): value is string {
  return typeof value === "string" && !known.has(value);
}

export function reportUnknown(out: IssueCollector, path: Path, id: string, what: string): void {
  out.value(path, "unknown_reference", id, `does not name any ${what}`);
}

const MEMBER = "member in people or the directory";

/** A session's venue, series and participants. */
export function checkSessionReferences(
  out: IssueCollector,
  session: Raw,
  index: number,
  known: KnownIds,
): void {
  if (unknownId(session.venueId, known.venues)) {
    reportUnknown(out, ["sessions", index, "venueId"], session.venueId, "venue");
  }
  if (unknownId(session.seriesId, known.series)) {
    reportUnknown(out, ["sessions", index, "seriesId"], session.seriesId, "series");
  }
  eachRecord(session.participants, (participant, j) => {
    if (unknownId(participant.memberId, known.members)) {
      reportUnknown(
        out,
        ["sessions", index, "participants", j, "memberId"],
        participant.memberId,
        MEMBER,
      );
    }
  });
}

export function checkOrganizers(out: IssueCollector, organizers: unknown, known: KnownIds): void {
  if (!Array.isArray(organizers)) return;
  const organizerIds = either(known.organizations, known.members);
  organizers.forEach((id: unknown, i) => {
    if (unknownId(id, organizerIds))
      reportUnknown(out, ["organizers", i], id, "organization or member");
  });
}

export function checkRegistrations(
  out: IssueCollector,
  registrations: unknown,
  known: KnownIds,
  targets: Known,
): void {
  eachRecord(registrations, (registration, i) => {
    if (unknownId(registration.memberId, known.members)) {
      reportUnknown(out, ["registrations", i, "memberId"], registration.memberId, MEMBER);
    }
    if (unknownId(registration.target, targets)) {
      reportUnknown(
        out,
        ["registrations", i, "target"],
        registration.target,
        "session of this convening nor the convening itself",
      );
    }
  });
}

export function checkMemberReferences(
  out: IssueCollector,
  members: unknown,
  path: Path,
  known: KnownIds,
): void {
  eachRecord(members, (member, m) => {
    eachRecord(member.affiliations, (affiliation, a) => {
      if (unknownId(affiliation.organizationId, known.organizations)) {
        reportUnknown(
          out,
          [...path, m, "affiliations", a, "organizationId"],
          affiliation.organizationId,
          "organization",
        );
      }
    });
  });
}

export function checkGroupReferences(
  out: IssueCollector,
  groups: unknown,
  path: Path,
  known: KnownIds,
): void {
  eachRecord(groups, (group, g) => {
    if (!Array.isArray(group.memberIds)) return;
    const seen = new Set<string>();
    group.memberIds.forEach((id: unknown, i) => {
      if (typeof id !== "string") return;
      if (!known.members.has(id)) reportUnknown(out, [...path, g, "memberIds", i], id, "member");
      if (seen.has(id))
        out.value(
          [...path, g, "memberIds", i],
          "duplicate_id",
          id,
          "is listed twice in this group",
        );
      seen.add(id);
    });
  });
}

/** A series' group, and (in a convening, which has venues) its venue and its overrides' venues. */
export function checkSeriesReferences(
  out: IssueCollector,
  series: unknown,
  path: Path,
  known: KnownIds,
  venues: boolean,
): void {
  eachRecord(series, (s, i) => {
    if (venues && unknownId(s.venueId, known.venues))
      reportUnknown(out, [...path, i, "venueId"], s.venueId, "venue");
    if (unknownId(s.groupId, known.groups))
      reportUnknown(out, [...path, i, "groupId"], s.groupId, "group");
    if (!venues) return;
    eachRecord(s.overrides, (o, j) => {
      if (unknownId(o.venueId, known.venues)) {
        reportUnknown(out, [...path, i, "overrides", j, "venueId"], o.venueId, "venue");
      }
    });
  });
}
