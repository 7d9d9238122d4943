import { createRequire } from "node:module";
import { toCalendar, toICSStream } from "@convening/ical";
import { localize } from "@convening/schema";
import { expandSeries, formatRange } from "@convening/time";
import { FeedServerError } from "./errors.mjs";
import { memberCalendar } from "./member-calendar.mjs";
import { memberEventIds } from "./member-events.mjs";

// Another version of the writer may write other bytes from the same data: it is part of the ETag.
const ICAL_VERSION = createRequire(import.meta.url)("@convening/ical/package.json").version;

/**
 * @typedef {"convening" | "series" | "member"} FeedKind
 *
 * @typedef {object} Feed One calendar the server serves.
 * @property {FeedKind} kind
 * @property {string} id
 * @property {string} title What the index page calls it.
 * @property {string} detail A line under the title on the index page.
 * @property {() => ReadableStream<Uint8Array>} write Writes the calendar as a stream, event by
 *   event: no feed is kept as text, so memory stays flat however large the data set.
 * @property {string} etag The feed's entity tag: the data's revision, the feed and the toolkit
 *   that writes it, so a poll that has this version costs no writing.
 * @property {"public" | "network"} audience Whom it was written for; decides caching, and only
 *   `"public"` feeds are listed on the index page.
 *
 * @typedef {object} FeedCatalogue
 * @property {(kind: FeedKind, id: string) => Feed | undefined} get
 * @property {Feed[]} list Every feed: convenings, series, then members, each in data order.
 *
 * @typedef {object} BuildOptions
 * @property {boolean} memberFeeds Whether to write a feed per member. Only a server with a secret
 *   serves them (see README.md, "Privacy"); without one they are not even written, so no code
 *   path can hand one out.
 */

/**
 * @param {import("@convening/schema").Convening} convening
 * @returns {string}
 */
function conveningDetail(convening) {
  const dates =
    convening.startDate === convening.endDate
      ? convening.startDate
      : `${convening.startDate} to ${convening.endDate}`;
  const counts = countText(convening.sessions.length, convening.series.length);
  return `${dates}, ${counts}`;
}

const DAY_MS = 86_400_000;

/**
 * "first 2017-09-21, 3:00p — 4:30p BST": the first meeting in the series' own zone. The window
 * around `firstDate` is wide enough for any offset; `firstDate` itself may be an exception.
 * @param {import("@convening/schema").Series} series
 */
function firstMeeting(series) {
  const day = Date.parse(`${series.firstDate}T00:00:00Z`);
  const first = expandSeries(series, {
    from: new Date(day - 2 * DAY_MS),
    to: new Date(day + 400 * DAY_MS),
  }).find((o) => o.status !== "cancelled");
  if (first === undefined) return `from ${series.firstDate}`;
  return `first ${first.date}, ${formatRange(first.start, first.end, series.timeZone)}`;
}

/**
 * "2 sessions, 1 series".
 * @param {number} sessions
 * @param {number} series
 */
function countText(sessions, series) {
  const parts = [];
  if (sessions > 0) parts.push(`${sessions} session${sessions === 1 ? "" : "s"}`);
  if (series > 0) parts.push(`${series} series`);
  return parts.length > 0 ? parts.join(", ") : "nothing scheduled yet";
}

/**
 * Every UID of every source must be unique across the data set: a member's feed merges events of
 * several sources into one calendar, where two events with one UID would overwrite each other.
 *
 * @param {Map<string, string>} seen UID → file
 * @param {ReturnType<typeof toCalendar>} calendar
 * @param {string} file
 */
function claimUids(seen, calendar, file) {
  for (const event of calendar.events()) {
    const uid = event.uid();
    const earlier = seen.get(uid);
    if (earlier !== undefined && earlier !== file) {
      throw new FeedServerError(
        "duplicate_id",
        `the calendar UID ${uid} comes out of both ${earlier} and ${file}: give one of them a url on another host, or rename the session or series`,
        { file, value: uid },
      );
    }
    seen.set(uid, file);
  }
}

/**
 * A feed written by `toICSStream` on each request, checked once here: creating the stream plans
 * and checks the whole calendar (UIDs, options, iTIP) before any text, so a feed that cannot be
 * written stops the server at start rather than turning into a 500 later. The stream made here is
 * cancelled unread.
 *
 * @param {import("@convening/schema").Convening | import("@convening/schema").Convening[]} convening
 * @param {import("@convening/ical").CalendarOptions} options
 * @returns {() => ReadableStream<Uint8Array>}
 */
function checkedWriter(convening, options) {
  toICSStream(convening, options).cancel();
  return () => toICSStream(convening, options);
}

/**
 * Plans every feed once, at start: the data is validated and fixed for the life of the server.
 * Each answer is written on request as a stream (flat memory whatever the size of the network),
 * under an ETag from the data's revision, so a subscribed client's poll costs a map lookup. Public
 * feeds are written for the `"public"` audience: no e-mail address, no member hidden from the
 * public, no join link marked `public: false`.
 *
 * @param {import("./load-network.mjs").Network} network
 * @param {BuildOptions} options
 * @returns {FeedCatalogue}
 */
export function buildFeeds(network, { memberFeeds }) {
  const etagOf = (/** @type {FeedKind} */ kind, /** @type {string} */ id) =>
    `"${network.revision.slice(0, 22)}-${ICAL_VERSION}-${kind}-${id}"`;
  /** @type {Map<string, Feed>} */
  const byKey = new Map();
  const add = (/** @type {Feed} */ feed) => byKey.set(`${feed.kind}:${feed.id}`, feed);
  const uids = new Map();
  const groups = new Map((network.directory?.groups ?? []).map((g) => [g.id, g]));

  for (const source of network.sources) {
    const { convening } = source;
    // Parsed once, in loadNetwork (with the directory attached); never validated again here.
    const calendar = toCalendar(convening, { audience: "public" });
    claimUids(uids, calendar, source.file);
    if (!source.isConvening) continue;
    add({
      kind: "convening",
      id: convening.id,
      title: localize(convening.title, convening.languages),
      detail: conveningDetail(convening),
      write: checkedWriter(convening, { audience: "public" }),
      etag: etagOf("convening", convening.id),
      audience: "public",
    });
  }

  for (const { source, series } of network.series.values()) {
    const { convening } = source;
    const title = localize(series.title, convening.languages);
    // A directory's series belongs to no convening: it is known by the group that meets.
    const group = groups.get(series.groupId);
    const owner = source.isConvening
      ? localize(convening.title, convening.languages)
      : group === undefined
        ? "Network"
        : localize(group.name, convening.languages);
    add({
      kind: "series",
      id: series.id,
      title,
      detail: `${owner}, ${firstMeeting(series)}`,
      write: checkedWriter(convening, { audience: "public", only: [series.id], name: title }),
      etag: etagOf("series", series.id),
      audience: "public",
    });
  }

  const members = memberFeeds ? network.members.values() : [];
  const dates = network.sources.flatMap((s) => [s.convening.startDate, s.convening.endDate]).sort();
  for (const member of members) {
    const parts = network.sources
      .map((source) => ({ source, ids: memberEventIds(source.convening, member.id, groups) }))
      .filter((part) => part.ids.length > 0);
    const ids = parts.flatMap((part) => part.ids);
    const seriesCount = parts.reduce(
      (n, { source, ids }) => n + source.convening.series.filter((s) => ids.includes(s.id)).length,
      0,
    );
    add({
      kind: "member",
      id: member.id,
      title: member.name,
      detail: countText(ids.length - seriesCount, seriesCount),
      write: (({ convenings, options }) => checkedWriter(convenings, options))(
        memberCalendar(member, parts, { startDate: dates[0], endDate: dates[dates.length - 1] }),
      ),
      etag: etagOf("member", member.id),
      audience: "network",
    });
  }

  return {
    get: (kind, id) => byKey.get(`${kind}:${id}`),
    list: [...byKey.values()],
  };
}
