import { redactMember } from "@convening/core";
import type { Audience, Member, Participant, ParticipantRole } from "@convening/schema";
import type { Lookup } from "./lookup.js";

/** A participant the audience may see, with the member already redacted for that audience. */
export interface ShownParticipant {
  readonly member: Member;
  readonly role: ParticipantRole;
}

/**
 * The participants `audience` may see, in the order given. A member hidden from the audience is
 * left out entirely, so a public feed never names a private member (redactMember decides). The
 * lookup is built for one audience, so its memo holds that audience's view.
 */
export function shownParticipants(
  participants: readonly Participant[],
  lookup: Lookup,
  audience: Audience,
): ShownParticipant[] {
  const out: ShownParticipant[] = [];
  for (const p of participants) {
    let shown = lookup.memo.shown.get(p.memberId);
    if (shown === undefined) {
      const member = lookup.members.get(p.memberId);
      shown = (member === undefined ? undefined : redactMember(member, audience)) ?? null;
      lookup.memo.shown.set(p.memberId, shown);
    }
    if (shown !== null) out.push({ member: shown, role: p.role });
  }
  return out;
}

/** "Convener, Wada Na Todo Abhiyan (WNTA)": the member's affiliations as a person reads them. */
export function affiliationText(member: Member, lookup: Lookup): string | undefined {
  const parts: string[] = [];
  for (const a of member.affiliations) {
    const org = lookup.organizations.get(a.organizationId);
    const orgName =
      org === undefined ? undefined : org.shortName ? `${org.name} (${org.shortName})` : org.name;
    const text = [a.title, orgName]
      .filter((t): t is string => t !== undefined && t !== "")
      .join(", ");
    if (text !== "") parts.push(text);
  }
  return parts.length > 0 ? parts.join("; ") : undefined;
}

/** "Annie Namala (she/her), Convener, Wada Na Todo Abhiyan (WNTA)", for a member already redacted. */
export function personLine(member: Member, lookup: Lookup): string {
  let line = lookup.memo.lines.get(member.id);
  if (line === undefined) {
    const pronouns = member.pronouns ? ` (${member.pronouns})` : "";
    const affiliation = affiliationText(member, lookup);
    line = `${member.name}${pronouns}${affiliation ? `, ${affiliation}` : ""}`;
    lookup.memo.lines.set(member.id, line);
  }
  return line;
}
