import type { IssueCollector } from "./issue-collector";
import { type Path, type Raw, records, text } from "./raw";

export interface KnownIds {
  members: Set<string>;
  organizations: Set<string>;
  venues: Set<string>;
  groups: Set<string>;
  series: Set<string>;
  sessions: Set<string>;
  conveningId: string | undefined;
}

function ref(out: IssueCollector, path: Path, value: unknown, known: Set<string>, what: string): void {
  const id = text(value);
  if (id !== undefined && !known.has(id)) {
    out.value(path, "unknown_reference", id, `does not name any ${what}`);
  }
}

export function checkMemberReferences(out: IssueCollector, members: unknown, path: Path, known: KnownIds): void {
  for (const [member, m] of records(members)) {
    for (const [aff, a] of records(member.affiliations)) {
      ref(out, [...path, m, "affiliations", a, "organizationId"], aff.organizationId, known.organizations, "organization");
    }
  }
}

export function checkGroupReferences(out: IssueCollector, groups: unknown, path: Path, known: KnownIds): void {
  for (const [group, g] of records(groups)) {
    if (!Array.isArray(group.memberIds)) continue;
    const seen = new Set<string>();
    group.memberIds.forEach((id, i) => {
      const p = [...path, g, "memberIds", i];
      ref(out, p, id, known.members, "member");
      if (typeof id === "string") {
        if (seen.has(id)) out.value(p, "duplicate_id", id, "is listed twice in this group");
        seen.add(id);
      }
    });
  }
}

export function checkSeriesReferences(out: IssueCollector, series: unknown, path: Path, known: KnownIds, venues: boolean): void {
  for (const [s, i] of records(series)) {
    if (venues) ref(out, [...path, i, "venueId"], s.venueId, known.venues, "venue");
    ref(out, [...path, i, "groupId"], s.groupId, known.groups, "group");
    if (venues) {
      for (const [o, j] of records(s.overrides)) {
        ref(out, [...path, i, "overrides", j, "venueId"], o.venueId, known.venues, "venue");
      }
    }
  }
}

export function checkConveningReferences(out: IssueCollector, doc: Raw, known: KnownIds, hasDirectory: boolean): void {
  for (const [session, s] of records(doc.sessions)) {
    ref(out, ["sessions", s, "venueId"], session.venueId, known.venues, "venue");
    ref(out, ["sessions", s, "seriesId"], session.seriesId, known.series, "series");
    for (const [p, j] of records(session.participants)) {
      ref(out, ["sessions", s, "participants", j, "memberId"], p.memberId, known.members, "member in people or the directory");
    }
  }
  const organizerIds = new Set([...known.organizations, ...known.members]);
  if (Array.isArray(doc.organizers)) {
    doc.organizers.forEach((id, i) => {
      ref(out, ["organizers", i], id, organizerIds, "organization or member");
    });
  }
  const targets = new Set(known.sessions);
  if (known.conveningId !== undefined) targets.add(known.conveningId);
  for (const [r, i] of records(doc.registrations)) {
    ref(out, ["registrations", i, "memberId"], r.memberId, known.members, "member in people or the directory");
    ref(out, ["registrations", i, "target"], r.target, targets, "session of this convening nor the convening itself");
  }
  // A convening that is one occurrence of a series kept elsewhere can only be checked against
  // the directory that keeps it.
  if (hasDirectory) {
    ref(out, ["parentSeriesId"], doc.parentSeriesId, known.series, "series in this convening or the directory");
  }
  checkMemberReferences(out, doc.people, ["people"], known);
  checkGroupReferences(out, doc.groups, ["groups"], known);
  checkSeriesReferences(out, doc.series, ["series"], known, true);
}
