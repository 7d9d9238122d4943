import type { Convening, Member, ParticipantRole } from "@convening/schema";
import { type ICalAttendeeData, ICalAttendeeRole, ICalAttendeeStatus } from "ical-generator";
import type { CalendarMethod } from "./calendar-options.js";
import { paramText } from "./content-line.js";
import type { Lookup } from "./lookup.js";

// RFC 5545 §3.2.16 ROLE: the people who run a session chair it; those it cannot do without are
// required; everyone else who comes is optional.
const ROLE: Readonly<Record<ParticipantRole, ICalAttendeeRole>> = {
  moderator: ICalAttendeeRole.CHAIR,
  facilitator: ICalAttendeeRole.CHAIR,
  host: ICalAttendeeRole.CHAIR,
  organizer: ICalAttendeeRole.CHAIR,
  speaker: ICalAttendeeRole.REQ,
  panelist: ICalAttendeeRole.REQ,
  interpreter: ICalAttendeeRole.REQ,
  "note-taker": ICalAttendeeRole.REQ,
  attendee: ICalAttendeeRole.OPT,
};

const RANK: Readonly<Record<ICalAttendeeRole, number>> = {
  [ICalAttendeeRole.CHAIR]: 3,
  [ICalAttendeeRole.REQ]: 2,
  [ICalAttendeeRole.OPT]: 1,
  [ICalAttendeeRole.NON]: 0,
};

/** Who an event is for: its participants with roles, and the people registered for it or for a group meeting. */
export interface AttendeeSources {
  readonly participants: readonly { memberId: string; role: ParticipantRole }[];
  readonly groupMemberIds: readonly string[];
  /** Registration targets that count: the session or series id and the convening's id. */
  readonly targets: readonly string[];
}

/**
 * ATTENDEE data for a private calendar. A person appears once, with the highest role they hold;
 * people without an e-mail cannot be addressed (RFC 5545 §3.8.4.1 needs a cal-address) and are
 * left out. Participants have not answered yet (NEEDS-ACTION, RSVP in a REQUEST); registered
 * people have accepted by registering.
 */
export function attendeesFor(
  sources: AttendeeSources,
  convening: Convening,
  lookup: Lookup,
  method: CalendarMethod,
  only?: ReadonlySet<string>,
): ICalAttendeeData[] {
  if (only !== undefined) return namedAttendees(sources, lookup, method, only);
  const byMember = new Map<
    string,
    { member: Member; role: ICalAttendeeRole; status: ICalAttendeeStatus }
  >();
  const add = (memberId: string, role: ICalAttendeeRole, status: ICalAttendeeStatus) => {
    const member = lookup.members.get(memberId);
    if (member?.email === undefined) return;
    const known = byMember.get(memberId);
    if (known === undefined) byMember.set(memberId, { member, role, status });
    else if (RANK[role] > RANK[known.role]) byMember.set(memberId, { ...known, role });
  };
  for (const p of sources.participants)
    add(p.memberId, ROLE[p.role], ICalAttendeeStatus.NEEDSACTION);
  for (const id of sources.groupMemberIds)
    add(id, ICalAttendeeRole.REQ, ICalAttendeeStatus.NEEDSACTION);
  for (const r of convening.registrations) {
    if (!sources.targets.includes(r.target)) continue;
    if (r.status === "registered" || r.status === "attended")
      add(r.memberId, ICalAttendeeRole.OPT, ICalAttendeeStatus.ACCEPTED);
  }
  return [...byMember.values()].map(({ member, role, status }) => ({
    name: paramText(member.name),
    email: member.email!,
    role,
    status,
    rsvp: method === "REQUEST" && status === ICalAttendeeStatus.NEEDSACTION ? true : null,
  }));
}

/**
 * ATTENDEE data for exactly the members named (the `attendees` option): each is being asked, so
 * every one is NEEDS-ACTION with RSVP in a REQUEST, with the highest role they hold in the event
 * (optional when they hold none). resolveOptions has checked that each exists and has an e-mail.
 */
function namedAttendees(
  sources: AttendeeSources,
  lookup: Lookup,
  method: CalendarMethod,
  only: ReadonlySet<string>,
): ICalAttendeeData[] {
  const roles = new Map<string, ICalAttendeeRole>();
  const hold = (memberId: string, role: ICalAttendeeRole) => {
    if (!only.has(memberId)) return;
    const known = roles.get(memberId);
    if (known === undefined || RANK[role] > RANK[known]) roles.set(memberId, role);
  };
  for (const p of sources.participants) hold(p.memberId, ROLE[p.role]);
  for (const id of sources.groupMemberIds) hold(id, ICalAttendeeRole.REQ);
  const out: ICalAttendeeData[] = [];
  for (const memberId of only) {
    const member = lookup.members.get(memberId);
    if (member?.email === undefined) continue;
    out.push({
      name: paramText(member.name),
      email: member.email,
      role: roles.get(memberId) ?? ICalAttendeeRole.OPT,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: method === "REQUEST" ? true : null,
    });
  }
  return out;
}
