// Who may appear in a published schedule: participants whose member record the public may see,
// with only the fields the public may see (@convening/core's redactMember). Attendees are never
// listed: a schedule names who speaks, not who comes.

import { redactMember } from "@convening/core";
import type { Convening, Member, Participant } from "@convening/schema";

/** A participant as a published schedule shows them. */
export interface PublicParticipant {
  readonly member: Member;
  readonly role: Participant["role"];
}

/** Looks members up in the convening, then its directory; built once per export. */
export function memberLookup(convening: Convening): (id: string) => Member | undefined {
  const byId = new Map<string, Member>();
  for (const m of convening.directory?.members ?? []) byId.set(m.id, m);
  for (const m of convening.people) byId.set(m.id, m);
  return (id) => byId.get(id);
}

/** The session's participants the public may see, speakers first as listed, attendees left out. */
export function publicParticipants(
  participants: readonly Participant[],
  lookup: (id: string) => Member | undefined,
): PublicParticipant[] {
  const out: PublicParticipant[] = [];
  const seen = new Set<string>();
  for (const p of participants) {
    if (p.role === "attendee" || seen.has(p.memberId)) continue;
    const found = lookup(p.memberId);
    const member = found && redactMember(found, "public");
    if (!member) continue;
    seen.add(p.memberId);
    out.push({ member, role: p.role });
  }
  return out;
}
