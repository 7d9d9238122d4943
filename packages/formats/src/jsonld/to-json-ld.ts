import { isLanguageTag, isWebUrl, localize, parseInstant, requireParsed } from "@convening/core";
import type {
  Convening,
  LocalizedText,
  Member,
  MemberId,
  Series,
  Session,
  Venue,
} from "@convening/schema";
import { expandSeries } from "@convening/time";
import type {
  EventSeries,
  Offer,
  Organization,
  Person,
  Schedule,
  Event as SchemaEvent,
} from "schema-dts";
import { FormatOptionsError } from "../errors.js";
import { readOptions } from "../shared/options.js";
import { memberLookup, publicParticipants } from "../shared/public-people.js";
import { wallTimeToEpoch } from "../shared/zone-time.js";
import { attendanceOf, locationOf, venueMode } from "./json-ld-places.js";
import type { JsonLdEvent, JsonLdNode, JsonLdOptions } from "./json-ld-types.js";

const STATUS: Record<Session["status"] | Convening["status"], string> = {
  scheduled: "https://schema.org/EventScheduled",
  tentative: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
  rescheduled: "https://schema.org/EventRescheduled",
  "moved-online": "https://schema.org/EventMovedOnline",
};
// Roles schema.org's `performer` covers ("a presenter, musician, musical group or actor").
const PERFORMING = new Set(["speaker", "panelist", "facilitator", "moderator", "host"]);
const WEEKDAYS = {
  mo: "https://schema.org/Monday",
  tu: "https://schema.org/Tuesday",
  we: "https://schema.org/Wednesday",
  th: "https://schema.org/Thursday",
  fr: "https://schema.org/Friday",
  sa: "https://schema.org/Saturday",
  su: "https://schema.org/Sunday",
} as const;
const FREQUENCY = { daily: "D", weekly: "W", monthly: "M", yearly: "Y" } as const;

/**
 * The convening as schema.org `Event` JSON-LD for search engines: each session a `subEvent`
 * (each series an `EventSeries` with its occurrences), `eventAttendanceMode` and `eventStatus`
 * (`previousStartDate` for a series occurrence that moved), a `Place` with its address or a
 * `VirtualLocation` (a join link marked private never appears; the public page stands in),
 * `organizer`, `performer` for the speakers the public may see, `inLanguage`, `offers` from the
 * registration fee, and every timestamp with its offset. Covers Google's required and
 * recommended Event properties but `image`, which convenings do not carry.
 *
 * @param convening - What `parseConvening` returned.
 * @throws {NotParsedError} for anything else; {@link FormatOptionsError} for a bad language.
 * @example
 * ```ts
 * import { jsonLdScript, toJsonLd } from "@convening/formats/jsonld";
 *
 * const ld = toJsonLd(parseConvening(doc));
 * ld.eventAttendanceMode; // "https://schema.org/OnlineEventAttendanceMode"
 * const html = jsonLdScript(ld); // <script type="application/ld+json">…</script>
 * ```
 */
export function toJsonLd(convening: Convening, options: JsonLdOptions = {}): JsonLdEvent {
  requireParsed(convening, "convening", "toJsonLd", ["convening"]);
  options = readOptions(options, ["language", "url"]) as JsonLdOptions;
  if (options.language !== undefined && !isLanguageTag(options.language)) {
    throw new FormatOptionsError(
      ["language"],
      options.language,
      "must be a BCP 47 language tag such as fr",
    );
  }
  if (options.url !== undefined && !isWebUrl(options.url)) {
    throw new FormatOptionsError(["url"], options.url, "must be an absolute http(s) URL");
  }
  const publicPage = options.url ?? convening.url;
  const languages = [...(options.language ? [options.language] : []), ...convening.languages];
  const text = (t: LocalizedText) => localize(t, languages);
  const venues = new Map<string, Venue>(convening.venues.map((v) => [v.id, v]));
  const lookup = memberLookup(convening);
  const organizer = organizersOf(convening, lookup);
  const pageOf = (url: string | undefined) => url ?? publicPage;

  const sessionEvents = convening.sessions.map((s) =>
    sessionEvent(s, venues.get(s.venueId ?? ""), pageOf(s.url)),
  );
  function sessionEvent(
    s: Session,
    venue: Venue | undefined,
    page: string | undefined,
  ): JsonLdNode {
    const event: SchemaEvent = {
      "@type": "Event",
      "@id": `${publicPage ?? `urn:convening:${convening.id}`}#${s.id}`,
      name: text(s.title),
      startDate: s.start,
      endDate: s.end,
      eventStatus: STATUS[s.status] as SchemaEvent["eventStatus"],
      eventAttendanceMode: attendanceOf(
        venueMode(venue) ?? convening.attendanceMode,
      ) as SchemaEvent["eventAttendanceMode"],
      location: locationOf(venue, page) as SchemaEvent["location"],
    };
    if (s.description !== undefined) event.description = text(s.description);
    if (s.url) event.url = s.url;
    const lang = s.languages[0] ?? convening.languages[0];
    if (lang) event.inLanguage = lang;
    const performers = publicParticipants(s.participants, lookup)
      .filter((p) => PERFORMING.has(p.role))
      .map((p) => personNode(p.member, text));
    if (performers.length > 0) event.performer = performers;
    if (organizer.length > 0) event.organizer = organizer;
    return event as JsonLdNode;
  }

  const seriesNodes = convening.series.map((series) =>
    seriesNode(convening, series, venues, text, pageOf(series.url)),
  );
  const starts = [
    ...convening.sessions.map((s) => s.start),
    ...seriesNodes.flatMap((n) => n.starts),
  ];
  const ends = [...convening.sessions.map((s) => s.end), ...seriesNodes.flatMap((n) => n.ends)];
  const earliest = pick(starts, (a, b) => a < b);
  const latest = pick(ends, (a, b) => a > b);

  const usedVenues = [
    ...new Set([
      ...convening.sessions.map((s) => s.venueId),
      ...convening.series.map((s) => s.venueId),
    ]),
  ]
    .map((id) => (id === undefined ? undefined : venues.get(id)))
    .filter((v): v is Venue => v !== undefined);
  const location = dedupe(usedVenues.flatMap((v) => locationOf(v, publicPage)));
  if (location.length === 0) location.push(...locationOf(undefined, publicPage));

  const out: JsonLdEvent = {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": publicPage ?? `urn:convening:${convening.id}`,
    name: text(convening.title),
    startDate: earliest ?? convening.startDate,
    endDate: latest ?? convening.endDate,
    eventStatus: STATUS[convening.status],
    eventAttendanceMode: attendanceOf(convening.attendanceMode),
    location: location.length === 1 ? location[0]! : location,
  };
  if (convening.description !== undefined) out.description = text(convening.description);
  if (publicPage) out.url = publicPage;
  if (convening.languages[0]) out.inLanguage = convening.languages[0];
  if (organizer.length > 0) out.organizer = organizer;
  const performers = dedupe(
    sessionEvents.flatMap((e) => (e.performer as JsonLdNode[] | undefined) ?? []),
  );
  if (performers.length > 0) out.performer = performers;
  const offers = offersOf(convening, text, publicPage);
  if (offers) {
    out.offers = offers;
    if (convening.registration?.fee === "free") out.isAccessibleForFree = true;
  }
  if (convening.tags.length > 0) out.keywords = convening.tags.join(", ");
  const sub = [...sessionEvents, ...seriesNodes.map((n) => n.node)];
  if (sub.length > 0) out.subEvent = sub;
  return out;
}

function personNode(member: Member, text: (t: LocalizedText) => string): Person & JsonLdNode {
  const person: Person & JsonLdNode = { "@type": "Person", name: member.name };
  const link = member.links[0]?.url;
  if (link) person.url = link;
  if (member.bio !== undefined) person.description = text(member.bio);
  return person;
}

function organizersOf(
  convening: Convening,
  lookup: (id: string) => Member | undefined,
): ((Organization | Person) & JsonLdNode)[] {
  const orgs = new Map<string, (typeof convening.organizations)[number]>();
  for (const o of [...(convening.directory?.organizations ?? []), ...convening.organizations])
    orgs.set(o.id, o);
  const out: ((Organization | Person) & JsonLdNode)[] = [];
  for (const id of convening.organizers) {
    const org = orgs.get(id);
    if (org) {
      const node: Organization & JsonLdNode = { "@type": "Organization", name: org.name };
      if (org.url) node.url = org.url;
      out.push(node);
      continue;
    }
    const person = publicParticipants([{ memberId: id as MemberId, role: "organizer" }], lookup)[0];
    if (person) out.push(personNode(person.member, (t) => localize(t, convening.languages)));
  }
  return out;
}

function offersOf(
  convening: Convening,
  text: (t: LocalizedText) => string,
  page: string | undefined,
): JsonLdNode | undefined {
  const reg = convening.registration;
  if (!reg?.fee) return undefined;
  const offer: Offer = { "@type": "Offer" };
  if (reg.fee === "free") {
    offer.price = 0;
  } else {
    offer.price = reg.fee.amount;
    offer.priceCurrency = reg.fee.currency;
    if (reg.fee.note !== undefined) offer.description = text(reg.fee.note);
  }
  const url = reg.url ?? page;
  if (url) offer.url = url;
  if (reg.opens) offer.validFrom = reg.opens;
  if (reg.closes) offer.validThrough = reg.closes;
  return offer as JsonLdNode;
}

function seriesNode(
  convening: Convening,
  series: Series,
  venues: Map<string, Venue>,
  text: (t: LocalizedText) => string,
  page: string | undefined,
): { node: JsonLdNode; starts: string[]; ends: string[] } {
  const zone = convening.timeZone;
  const from = wallTimeToEpoch(convening.startDate, 0, zone)!;
  const to = wallTimeToEpoch(convening.endDate, 24 * 60, zone)!;
  const occurrences = expandSeries(series, {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
  });
  const schedule: Schedule = {
    "@type": "Schedule",
    scheduleTimezone: series.timeZone,
    startDate: series.firstDate,
    startTime: series.startTime,
    duration: series.duration,
  };
  const rule = series.rule;
  if (rule) {
    schedule.repeatFrequency = `P${rule.interval ?? 1}${FREQUENCY[rule.freq]}`;
    if (rule.count !== undefined) schedule.repeatCount = rule.count;
    if (rule.until !== undefined) schedule.endDate = rule.until;
    const days = (rule.byWeekday ?? []).filter(
      (d): d is keyof typeof WEEKDAYS => typeof d === "string",
    );
    if (days.length > 0) schedule.byDay = days.map((d) => WEEKDAYS[d]) as Schedule["byDay"];
  }
  const node: EventSeries = {
    "@type": "EventSeries",
    name: text(series.title),
    eventSchedule: schedule,
  };
  if (series.description !== undefined) node.description = text(series.description);
  if (series.url) node.url = series.url;
  const subEvent = occurrences.map((o) => {
    const venue = venues.get(o.venueId ?? series.venueId ?? "");
    const event: SchemaEvent = {
      "@type": "Event",
      name: text(o.title ?? series.title),
      startDate: o.start,
      endDate: o.end,
      eventStatus: (o.status === "cancelled"
        ? STATUS.cancelled
        : o.moved
          ? STATUS.rescheduled
          : STATUS[series.status]) as SchemaEvent["eventStatus"],
      eventAttendanceMode: attendanceOf(
        venueMode(venue) ?? convening.attendanceMode,
      ) as SchemaEvent["eventAttendanceMode"],
      location: locationOf(venue, page) as SchemaEvent["location"],
    };
    if (o.moved) event.previousStartDate = o.originalStart;
    const description = o.description ?? series.description;
    if (description !== undefined) event.description = text(description);
    if (convening.languages[0]) event.inLanguage = convening.languages[0];
    return event as JsonLdNode;
  });
  if (subEvent.length > 0) node.subEvent = subEvent as EventSeries["subEvent"];
  return {
    node: node as JsonLdNode,
    starts: occurrences.map((o) => o.start),
    ends: occurrences.map((o) => o.end),
  };
}

/** The earliest (or latest) instant string by the moment it names, not by its text. */
function pick(
  values: readonly string[],
  better: (a: number, b: number) => boolean,
): string | undefined {
  let best: string | undefined;
  let bestMs = 0;
  for (const v of values) {
    const ms = parseInstant(v)?.epochMs;
    if (ms !== undefined && (best === undefined || better(ms, bestMs))) {
      best = v;
      bestMs = ms;
    }
  }
  return best;
}

function dedupe<T>(nodes: T[]): T[] {
  const seen = new Set<string>();
  return nodes.filter((n) => {
    const key = JSON.stringify(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
