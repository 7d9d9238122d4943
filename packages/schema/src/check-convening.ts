import { IdNamespace, idsOf } from "./check-ids.js";
import {
  checkGroupReferences,
  checkMemberReferences,
  checkOrganizers,
  checkRegistrations,
  checkSeriesReferences,
  checkSessionReferences,
  either,
  type KnownIds,
} from "./check-references.js";
import { checkSeriesRules } from "./check-series.js";
import {
  checkAvailability,
  checkRegistrationWindow,
  checkSessionTimes,
  conveningFrame,
} from "./check-times.js";
import type { IssueCollector } from "./issue-collector.js";
import { isRecord, type Raw } from "./raw.js";

/**
 * The checks beyond shape, on the raw document (so they run even when its shape is wrong): unique
 * ids, references, times. The sessions, which dominate a large document, are walked once.
 * `directory` is the raw directory when one was given.
 */
export function checkConvening(out: IssueCollector, doc: Raw, directory: Raw | undefined): void {
  const people = new IdNamespace(out, "person").claimAll(["people"], doc.people);
  const organizations = new IdNamespace(out, "organization").claimAll(
    ["organizations"],
    doc.organizations,
  );
  const venues = new IdNamespace(out, "venue").claimAll(["venues"], doc.venues);
  const groups = new IdNamespace(out, "group").claimAll(["groups"], doc.groups);
  new IdNamespace(out, "registration").claimAll(["registrations"], doc.registrations);

  const known: KnownIds = {
    members: either(people.ids, directory && idsOf(directory.members)),
    organizations: either(organizations.ids, directory && idsOf(directory.organizations)),
    venues: venues.ids,
    groups: either(groups.ids, directory && idsOf(directory.groups)),
    series: idsOf(doc.series, directory?.series),
  };

  // Sessions and series become calendar UIDs, so they share one namespace.
  const uids = new IdNamespace(out, "session or series");
  const sessionIds = new Set<string>();
  const frame = conveningFrame(out, doc);
  const sessions = doc.sessions;
  if (Array.isArray(sessions)) {
    for (let i = 0; i < sessions.length; i++) {
      const session: unknown = sessions[i];
      if (!isRecord(session)) continue;
      if (typeof session.id === "string") sessionIds.add(session.id);
      uids.claim(["sessions"], sessions, i, session.id);
      checkSessionReferences(out, session, i, known);
      checkSessionTimes(out, session, i, frame);
    }
  }
  uids.claimAll(["series"], doc.series);

  checkOrganizers(out, doc.organizers, known);
  if (typeof doc.id === "string") sessionIds.add(doc.id);
  checkRegistrations(out, doc.registrations, known, sessionIds);
  checkRegistrationWindow(out, doc.registration);
  // A convening that is one occurrence of a series kept elsewhere can only be checked against
  // the directory that keeps it.
  if (
    directory &&
    typeof doc.parentSeriesId === "string" &&
    !known.series.has(doc.parentSeriesId)
  ) {
    out.value(
      ["parentSeriesId"],
      "unknown_reference",
      doc.parentSeriesId,
      "does not name any series in this convening or the directory",
    );
  }
  checkMemberReferences(out, doc.people, ["people"], known);
  checkGroupReferences(out, doc.groups, ["groups"], known);
  checkSeriesReferences(out, doc.series, ["series"], known, true);
  checkSeriesRules(out, doc.series, ["series"]);
  checkAvailability(out, doc.people, ["people"]);
}
