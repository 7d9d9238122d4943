import { parseConvening } from "@convening/schema";

/**
 * What a member's own feed may show. It is a private feed (see README.md, "Privacy"): the member
 * belongs to the network, so it is written for the `"network"` audience: the join links and
 * dial-in numbers of their sessions (marked `public: false`, meant for participants) and the
 * co-participants the network may see. It never carries ATTENDEE lines: those are addressed by
 * e-mail, and a feed is copied into calendar services and shared on; a member does not need the
 * others' addresses to attend. Members hidden from the network stay hidden here too.
 */
const MEMBER_AUDIENCE = "network";
const MAX_NAME = 500;

/**
 * @typedef {object} MemberPart The events one source contributes to a member's feed.
 * @property {import("./load-network.mjs").Source} source
 * @property {string[]} ids Session and series ids, for `only`.
 */

/**
 * One calendar of a member's sessions across every convening and the directory's series: one
 * `toICS` of the parsed convenings as an array, so every event keeps the UID, SEQUENCE and
 * details it has in that convening's public feed (a client subscribed to both sees one event,
 * updated in both), and each zone gets a single VTIMEZONE covering every event that uses it (a
 * zone may serve a 2011 series and a 2021 session). `only` names the member's events; ids are
 * unique across the data set (loadNetwork checks), so no other convening contributes to it.
 *
 * @param {import("@convening/schema").Member} member
 * @param {MemberPart[]} parts
 * @param {{ startDate: string, endDate: string }} span The dates the whole data set spans, for
 *   the empty feed of a member who takes part in nothing yet.
 * @returns {{ convenings: import("@convening/schema").Convening[], options: import("@convening/ical").CalendarOptions }}
 *   What `toICS` or `toICSStream` takes to write the feed.
 */
export function memberCalendar(member, parts, { startDate, endDate }) {
  const language = member.languages.length > 0 ? { language: member.languages } : {};
  // A calendar name, like a member's name, is at most 500 characters.
  const titled = `${member.name}: sessions and calls`;
  const name = titled.length <= MAX_NAME ? titled : member.name;
  // A member in nothing yet still gets a (empty) feed to subscribe to: a convening of no sessions
  // named for the member stands in, since a calendar is always of at least one convening.
  const convenings =
    parts.length > 0
      ? parts.map((part) => part.source.convening)
      : [parseConvening({ id: member.id, title: name, timeZone: "UTC", startDate, endDate })];
  return {
    convenings,
    options: {
      audience: MEMBER_AUDIENCE,
      name,
      only: parts.flatMap((part) => part.ids),
      ...language,
    },
  };
}
