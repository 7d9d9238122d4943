// What this package looks up in a parsed convening, built once per convening and kept in a WeakMap
// (so it lives exactly as long as the convening): 1,000 invitations or replies cost one pass over
// the convening, not one each.

import type { Convening, Member, Series, Session, Venue } from "@convening/schema";
import { mailAddress } from "./mail-address.js";

/** A session or series invitations are sent for, with its place in the convening. */
export type Target =
  | { readonly kind: "sessions"; readonly index: number; readonly item: Session }
  | { readonly kind: "series"; readonly index: number; readonly item: Series };

/** The lookups of one parsed convening. */
export interface InviteIndex {
  readonly members: ReadonlyMap<string, Member>;
  /** Member ids by lower-case e-mail address; more than one when people share an address. */
  readonly membersByAddress: ReadonlyMap<string, readonly string[]>;
  readonly venues: ReadonlyMap<string, Venue>;
  readonly targets: ReadonlyMap<string, Target>;
  /** The right-hand side of the convening's UIDs when no `domain` is passed (as @convening/ical). */
  readonly domain: string;
}

const indexes = new WeakMap<Convening, InviteIndex>();

// @convening/ical's rule for its default UID domain (calendar-options.ts): the host of the
// convening's url when it is a DNS name, else the convening's id. Kept in step with it so a reply
// to an invitation written without `domain` is recognised without one too.
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

function defaultDomain(convening: Convening): string {
  if (convening.url !== undefined) {
    const host = new URL(convening.url).hostname;
    if (HOST_NAME.test(host)) return host;
  }
  return convening.id;
}

function build(convening: Convening): InviteIndex {
  const members = new Map<string, Member>();
  // The convening's own records win over the directory's, as everywhere else.
  for (const list of [convening.people, convening.directory?.members ?? []]) {
    for (const member of list) if (!members.has(member.id)) members.set(member.id, member);
  }
  const membersByAddress = new Map<string, string[]>();
  for (const member of members.values()) {
    const address = mailAddress(member.email);
    if (address === undefined) continue;
    const ids = membersByAddress.get(address);
    if (ids === undefined) membersByAddress.set(address, [member.id]);
    else ids.push(member.id);
  }
  const targets = new Map<string, Target>();
  convening.sessions.forEach((item, index) => {
    targets.set(item.id, { kind: "sessions", index, item });
  });
  convening.series.forEach((item, index) => {
    if (!targets.has(item.id)) targets.set(item.id, { kind: "series", index, item });
  });
  return {
    members,
    membersByAddress,
    venues: new Map(convening.venues.map((venue) => [venue.id, venue])),
    targets,
    domain: defaultDomain(convening),
  };
}

/** The index of a parsed convening, built on first use. */
export function inviteIndex(convening: Convening): InviteIndex {
  let index = indexes.get(convening);
  if (index === undefined) {
    index = build(convening);
    indexes.set(convening, index);
  }
  return index;
}
