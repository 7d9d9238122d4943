import type { MemberInput, ParticipantRole, VenueInput } from "@convening/schema";
import { IdPool } from "./ids.js";
import type { CalendarUser, RawEvent } from "./read-event.js";
import { singleLineText, webUrlOf } from "./text-values.js";

// RFC 5545 §3.2.16 ROLE; CHAIR runs the meeting. REQ- and OPT-PARTICIPANT are people invited to
// it, which is what an Outlook or Google invitation means by them (not speakers).
const ROLES: Readonly<Record<string, ParticipantRole>> = {
  CHAIR: "host",
  "REQ-PARTICIPANT": "attendee",
  "OPT-PARTICIPANT": "attendee",
};
const RANK: Readonly<Record<ParticipantRole, number>> = {
  organizer: 3,
  host: 2,
  moderator: 2,
  facilitator: 2,
  speaker: 1,
  panelist: 1,
  interpreter: 1,
  "note-taker": 1,
  attendee: 0,
};

/**
 * The venues and people of one file, shared by its events: one venue per distinct place, one
 * member per address (or name). Join links stay private (`public: false`, the schema's default),
 * and members are private with their e-mails kept.
 */
export class PlacesAndPeople {
  readonly venues: VenueInput[] = [];
  readonly people: MemberInput[] = [];
  readonly #venueIds = new IdPool();
  readonly #memberIds = new IdPool();
  readonly #venueByKey = new Map<string, string>();
  readonly #memberByKey = new Map<string, string>();
  // What each (address, name) and each place as written came to: a large feed names the same few
  // hundred people and rooms in every event, so each is read (regular expressions, a JSON key) once.
  // One entry per distinct value in the file, so bounded by the file's size.
  readonly #memberByUser = new Map<
    string | undefined,
    Map<string | undefined, string | undefined>
  >();
  readonly #venueByPlace = new Map<string, string | undefined>();

  /** The venue of an event (LOCATION, GEO, CONFERENCE, a URL that is a join link), if any. */
  venueOf(event: RawEvent): string | undefined {
    const place = JSON.stringify([event.location, event.conferences, event.geo]);
    if (this.#venueByPlace.has(place)) return this.#venueByPlace.get(place);
    const id = this.#venue(event);
    this.#venueByPlace.set(place, id);
    return id;
  }

  #venue(event: RawEvent): string | undefined {
    const name = singleLineText(event.location);
    const join = event.conferences.map(webUrlOf).find((u) => u !== undefined);
    const geo =
      event.geo !== undefined && Math.abs(event.geo[0]) <= 90 && Math.abs(event.geo[1]) <= 180
        ? { lat: event.geo[0], lon: event.geo[1] }
        : undefined;
    let venue: Record<string, unknown> | undefined;
    if (join !== undefined && name !== undefined) {
      venue = { kind: "hybrid", name, ...(geo ? { geo } : {}), online: { url: join } };
    } else if (join !== undefined) {
      venue = { kind: "online", url: join };
    } else if (name !== undefined) {
      venue = { kind: "physical", name, ...(geo ? { geo } : {}) };
    }
    if (venue === undefined) return undefined;
    const key = JSON.stringify(venue);
    let id = this.#venueByKey.get(key);
    if (id === undefined) {
      id = this.#venueIds.take(name ?? "online-room", "venue");
      this.#venueByKey.set(key, id);
      this.venues.push({ id, ...venue } as VenueInput);
    }
    return id;
  }

  /** The participants of an event: its ORGANIZER and its ATTENDEEs that are people. */
  participantsOf(event: RawEvent): { memberId: string; role: ParticipantRole }[] {
    const byMember = new Map<string, ParticipantRole>();
    const add = (user: CalendarUser, role: ParticipantRole) => {
      const id = this.#member(user);
      if (id === undefined) return;
      const known = byMember.get(id);
      if (known === undefined || RANK[role] > RANK[known]) byMember.set(id, role);
    };
    if (event.organizer !== undefined) add(event.organizer, "organizer");
    for (const a of event.attendees) {
      // Rooms and resources (CUTYPE, §3.2.3) are not people; NON-PARTICIPANT is copied for information only.
      if (a.cutype === "ROOM" || a.cutype === "RESOURCE" || a.role === "NON-PARTICIPANT") continue;
      add(a, ROLES[a.role ?? "REQ-PARTICIPANT"] ?? "attendee");
    }
    return [...byMember].map(([memberId, role]) => ({ memberId, role }));
  }

  #member(user: CalendarUser): string | undefined {
    let byName = this.#memberByUser.get(user.email);
    if (byName === undefined) {
      byName = new Map();
      this.#memberByUser.set(user.email, byName);
    }
    if (byName.has(user.name)) return byName.get(user.name);
    const id = this.#newMember(user);
    byName.set(user.name, id);
    return id;
  }

  #newMember(user: CalendarUser): string | undefined {
    const email =
      user.email !== undefined && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(user.email)
        ? user.email
        : undefined;
    const name = singleLineText(user.name, 500) ?? email?.split("@")[0];
    if (name === undefined) return undefined;
    const key = email?.toLowerCase() ?? `name:${name}`;
    let id = this.#memberByKey.get(key);
    if (id === undefined) {
      id = this.#memberIds.take(email?.split("@")[0] ?? name, "member");
      this.#memberByKey.set(key, id);
      this.people.push({ id, name, ...(email ? { email } : {}), visibility: "private" });
    }
    return id;
  }
}
