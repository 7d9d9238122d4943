import { toCalendar } from "@convening/ical";

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
 * One calendar of a member's sessions across every convening and the directory's series. Each
 * source is rendered by `toCalendar` on its own, so every event keeps the UID, SEQUENCE and
 * details it has in that convening's public feed (a client subscribed to both sees one event,
 * updated in both). The events are then moved into one calendar, which writes a single VTIMEZONE
 * per zone covering every event that uses it (a zone may serve a 2011 series and a 2021 session).
 *
 * @param {import("@convening/schema").Member} member
 * @param {MemberPart[]} parts
 * @param {{ directory: unknown, startDate: string, endDate: string }} context The directory for
 *   `toCalendar`, and the dates the whole data set spans.
 * @returns {string} iCalendar text.
 */
export function memberCalendar(member, parts, { directory, startDate, endDate }) {
  const language = member.languages.length > 0 ? { language: member.languages } : {};
  // A calendar name, like a member's name, is at most 500 characters.
  const titled = `${member.name}: sessions and calls`;
  const name = titled.length <= MAX_NAME ? titled : member.name;
  // The calendar itself comes from a convening of no sessions named for the member, so its NAME
  // and X-WR-CALDESC describe this feed rather than the first convening it draws from.
  const calendar = toCalendar(
    {
      id: member.id,
      title: name,
      description: `The sessions ${member.name} takes part in, and the calls of their groups. A private feed: keep its address to yourself.`,
      timeZone: "UTC",
      startDate,
      endDate,
    },
    { audience: MEMBER_AUDIENCE, name },
  );
  for (const { source, ids } of parts) {
    const own = toCalendar(source.input, {
      audience: MEMBER_AUDIENCE,
      only: ids,
      directory,
      ...language,
    });
    // Moving an ical-generator event keeps what @convening/ical added to it (CONFERENCE lines,
    // the span its VTIMEZONE must cover). Every calendar toCalendar builds has no calendar-level
    // zone, so the events format their times exactly as they did in their own calendar.
    for (const event of own.events()) calendar.createEvent(event);
  }
  return calendar.toString();
}
