import {
  argumentGuards,
  durationMinutes,
  isEmail,
  isLanguageTag,
  isSingleLineText,
  // The document's own rules (URL, e-mail, language tag), so an option is held to the same
  // standard as a field in a document.
  isWebUrl,
  localize,
} from "@convening/core";
import type { Audience, Convening } from "@convening/schema";
import { CalendarOptionsError } from "./errors.js";
import { conveningIndex } from "./lookup.js";

/** The iTIP method of a calendar (RFC 5546 §1.4): a feed, an invitation, or a cancellation. */
export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

/** Who sends invitations and receives replies: written as ORGANIZER. */
export interface CalendarOrganizer {
  /** The name people see (CN). */
  readonly name: string;
  /** The address replies go to (`mailto:`). */
  readonly email: string;
}

/** Options of {@link toCalendar} and {@link toICS}. Every one is optional. */
export interface CalendarOptions {
  /**
   * The right-hand side of every UID (`<session id>@<domain>`): a host name you control, so UIDs
   * stay stable and unique. Default: the host of the convening's `url`, else the convening's id.
   */
  domain?: string;
  /**
   * Who will read the calendar. `"public"` (default) writes no e-mail address (unless you pass
   * `organizer`), no member hidden from the public, and no join link marked `public: false`;
   * `"network"` shows members and join links meant for the network; `"private"` shows everything.
   */
  audience?: Audience;
  /**
   * Write ATTENDEE lines (participants with their roles, registrants, group members) in an
   * invitation or cancellation. Takes effect only with `audience: "private"`, because attendees
   * are addressed by e-mail, and only with `method` REQUEST or CANCEL: iTIP forbids ATTENDEE in a
   * PUBLISH (RFC 5546 §3.2.1), and a feed copied into the organizer's own server calendar would
   * invite everyone on it (RFC 6638 §3.2). Default false.
   */
  includeAttendees?: boolean;
  /**
   * Member ids: write ATTENDEE lines for exactly these people, in every event of a REQUEST or
   * CANCEL, whatever the audience (their own addresses are written because you address them). An
   * invitation sent to one person this way names the organizer and that person only, so no one
   * learns who else was invited (RFC 6047 §2.1 leaves privacy to the sender). Each is asked to
   * answer: PARTSTAT=NEEDS-ACTION with RSVP=TRUE in a REQUEST, with their role in the event when
   * they have one. Every member named needs an e-mail. Not with `includeAttendees`.
   */
  attendees?: readonly string[];
  /**
   * `"PUBLISH"` (default) for feeds and downloads; `"REQUEST"` to invite, `"CANCEL"` to call off.
   * REQUEST and CANCEL need an organizer and follow iTIP (RFC 5546).
   */
  method?: CalendarMethod;
  /**
   * The ORGANIZER. Default: the convening's `contact` when it has an e-mail, except in public
   * calendars. A feed (PUBLISH) without one names its publisher by a web address instead: the
   * contact's `url`, the website of the first organizing organization that has one, or the
   * calendar's `url`. A feed with none of these is written without METHOD.
   */
  organizer?: CalendarOrganizer;
  /** The calendar's name (NAME, X-WR-CALNAME). Default: the convening's title. */
  name?: string;
  /** The calendar's web page (URL). Default: the convening's `url`. */
  url?: string;
  /**
   * How often subscribers should refresh a feed (REFRESH-INTERVAL, X-PUBLISHED-TTL): minutes, or
   * an ISO 8601 duration (`"PT6H"`). Default `"PT12H"` for PUBLISH; never written for REQUEST and CANCEL.
   */
  refreshInterval?: number | string;
  /**
   * Reminders (VALARM), each in minutes before the start or as an ISO duration (`"PT15M"`), at
   * most {@link MAX_ALARMS} (16). Default none.
   */
  alarms?: readonly (number | string)[];
  /**
   * The reader's languages, most wanted first (`"fr"`, `["fr-CA", "en"]`), for titles and
   * descriptions given in several languages. A missing language falls back to a related tag, then
   * English, then the first one given. Default: the convening's `languages`.
   */
  language?: string | readonly string[];
  /**
   * Only these sessions and series (by id), of any of the convenings given. Default: all of them.
   * Send one invitation per session. Costs O(the ids given), not O(the convening): a one-session
   * `.ics` per session of a large programme is linear in all.
   */
  only?: readonly string[];
}

/** Options after validation, with every default applied. */
export interface ResolvedOptions {
  /** Whether `name` came from the options (a feed of several convenings names itself otherwise). */
  readonly nameGiven: boolean;
  /** The `url` option as given (a feed of several convenings has no one page). */
  readonly givenUrl: string | undefined;
  readonly domain: string;
  readonly audience: Audience;
  readonly includeAttendees: boolean;
  /** The members named by `attendees`, when given: the only ATTENDEEs written. */
  readonly attendeeIds: ReadonlySet<string> | undefined;
  readonly method: CalendarMethod;
  readonly organizer: CalendarOrganizer | undefined;
  /**
   * For a PUBLISH without `organizer`: who publishes the events, as ORGANIZER with a web address
   * (RFC 5546 §3.2.1 requires an ORGANIZER in a PUBLISH; a public calendar names no e-mail).
   */
  readonly publisher: { readonly name: string; readonly uri: string } | undefined;
  readonly name: string;
  readonly description: string | undefined;
  readonly url: string | undefined;
  readonly refreshSeconds: number | undefined;
  readonly alarmSeconds: readonly number[];
  readonly languages: readonly string[];
  readonly only: ReadonlySet<string> | undefined;
}

const METHODS: readonly CalendarMethod[] = ["PUBLISH", "REQUEST", "CANCEL"];
const AUDIENCES: readonly Audience[] = ["public", "network", "private"];
// A DNS host name (RFC 1123 labels): it ends every UID, which ical-generator writes raw.
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const DEFAULT_REFRESH_SECONDS = 12 * 3600;
/**
 * The most reminders (`alarms`) `toCalendar` and `toICS` accept: 16. Clients show a handful, and
 * every one is a VALARM in every event (200,000 of them kept toICS busy for more than ten
 * seconds); more is refused with a `CalendarOptionsError` at `alarms`.
 *
 * @example
 * ```ts
 * toICS(convening, { alarms: [15, 60, "P1D"].slice(0, MAX_ALARMS) });
 * ```
 */
export const MAX_ALARMS = 16;
const KNOWN = new Set([
  "domain",
  "audience",
  "includeAttendees",
  "attendees",
  "method",
  "organizer",
  "name",
  "url",
  "refreshInterval",
  "alarms",
  "language",
  "only",
]);

function fail(path: (string | number)[], value: unknown, problem: string): never {
  throw new CalendarOptionsError(path, value, problem);
}

// Options are read once each through these, so a getter or Proxy that throws is an error at its
// own path, and nothing read later can change under the checks.
const guard = argumentGuards(CalendarOptionsError);

function singleLine(path: (string | number)[], value: unknown): string {
  if (
    typeof value !== "string" ||
    value.length === 0 ||
    value.length > 500 ||
    !isSingleLineText(value)
  ) {
    fail(
      path,
      value,
      "must be a non-empty single line of at most 500 characters without control characters",
    );
  }
  return value;
}

function seconds(path: (string | number)[], value: unknown, allowZero: boolean): number {
  let minutes: number | undefined;
  if (typeof value === "number") minutes = Number.isFinite(value) ? value : undefined;
  else if (typeof value === "string")
    minutes = value === "PT0S" || value === "PT0M" ? 0 : durationMinutes(value);
  // Whole seconds are written: a positive value that rounds to none would be the empty duration "P".
  if (
    minutes === undefined ||
    minutes < 0 ||
    (!allowZero && Math.round(minutes * 60) === 0) ||
    minutes > 366 * 1440
  ) {
    fail(
      path,
      value,
      "must be minutes (a number) or an ISO 8601 duration such as PT15M or P1D, at most a year",
    );
  }
  return Math.round(minutes * 60);
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const host = new URL(url).hostname;
  return HOST_NAME.test(host) ? host : undefined;
}

function resolveOrganizer(
  options: CalendarOptions,
  convening: Convening,
  audience: Audience,
): CalendarOrganizer | undefined {
  if (options.organizer !== undefined) {
    const given = guard.fields(
      options.organizer,
      ["organizer"],
      ["name", "email"],
      "must be { name, email }",
    );
    const name = singleLine(["organizer", "name"], given.name);
    if (!isEmail(given.email)) {
      fail(["organizer", "email"], given.email, "must be an e-mail address");
    }
    return { name, email: given.email };
  }
  // The contact address is published on purpose, but a public feed stays free of every address
  // unless the caller names an organizer explicitly.
  const contact = convening.contact;
  if (audience === "public" || contact?.email === undefined) return undefined;
  return {
    name: contact.name ?? localize(convening.title, convening.languages),
    email: contact.email,
  };
}

function resolveAttendees(
  value: unknown,
  method: CalendarMethod,
  includeAttendees: unknown,
  convening: Convening,
): Set<string> | undefined {
  if (value === undefined) return undefined;
  if (method === "PUBLISH") {
    fail(["attendees"], value, "is for a REQUEST or CANCEL: a published feed names no attendees");
  }
  if (includeAttendees !== undefined) {
    fail(["includeAttendees"], includeAttendees, "cannot be combined with attendees");
  }
  if (!Array.isArray(value)) fail(["attendees"], value, "must be an array of member ids");
  if (value.length === 0) fail(["attendees"], value, "must name at least one member");
  const members = conveningIndex(convening).lookup("private").members;
  value.forEach((id: unknown, i: number) => {
    const member = typeof id === "string" ? members.get(id) : undefined;
    if (member === undefined)
      fail(["attendees", i], id, "is not the id of a member of this convening");
    if (member.email === undefined) {
      fail(["attendees", i], id, "has no e-mail address, so cannot be invited (RFC 5545 §3.8.4.1)");
    }
  });
  return new Set(value as string[]);
}

/**
 * Who publishes a feed when no e-mail organizer is written: the convening's contact, else the
 * first organizing organization with a website, else the calendar's own page, named by the
 * contact's name, the first organizing organization's name, or the convening's title. Undefined
 * when nothing gives a web address: the feed is then written without METHOD (to-calendar.ts).
 */
function resolvePublisher(
  convening: Convening,
  audience: Audience,
  url: string | undefined,
  languages: readonly string[],
): { name: string; uri: string } | undefined {
  const { organizations } = conveningIndex(convening).lookup(audience);
  const organizing = convening.organizers.flatMap((id) => organizations.get(id) ?? []);
  const contact = convening.contact;
  const name = contact?.name ?? organizing[0]?.name ?? localize(convening.title, languages);
  if (contact?.url !== undefined) return { name, uri: contact.url };
  const site = organizing.find((o) => o.url !== undefined);
  if (site !== undefined) return { name: contact?.name ?? site.name, uri: site.url! };
  return url === undefined ? undefined : { name, uri: url };
}

function resolveLanguages(value: unknown, convening: Convening): string[] {
  if (value === undefined) return [...convening.languages];
  const list =
    typeof value === "string"
      ? [value]
      : guard.array(value, ["language"], "must be a BCP 47 tag or an array of them");
  list.forEach((tag: unknown, i: number) => {
    if (!isLanguageTag(tag))
      fail(["language", i], tag, "must be a BCP 47 language tag such as fr or en-GB");
  });
  return list as string[];
}

function resolveOnly(value: unknown, convenings: readonly Convening[]): Set<string> | undefined {
  if (value === undefined) return undefined;
  const ids = guard.array(value, ["only"], "must be an array of session or series ids");
  // Looked up in each convening's memoised index: O(ids asked for), not O(sessions), so one
  // session's calendar costs the same in a convening of ten sessions or of ten thousand.
  const indexes = convenings.map(conveningIndex);
  const known = (id: string) => indexes.some((x) => x.sessions.has(id) || x.series.has(id));
  ids.forEach((id: unknown, i: number) => {
    if (typeof id !== "string" || !known(id))
      fail(["only", i], id, "is not the id of a session or series of this convening");
  });
  return new Set(ids as string[]);
}

/**
 * Validates the options against the convening and fills in every default. `all` is every
 * convening of the calendar: an id in `only` may name a session of any of them.
 */
export function resolveOptions(
  input: CalendarOptions | undefined,
  convening: Convening,
  all: readonly Convening[] = [convening],
): ResolvedOptions {
  const given = guard.record(input ?? {}, [], "must be an object");
  for (const key of guard.keys(given, [])) {
    if (!KNOWN.has(key))
      fail([key], guard.field(given, key, []), "is not an option of toCalendar/toICS");
  }
  // A plain copy, each option read once: what every check below reads.
  const options = guard.fields(given, [], [...KNOWN]) as CalendarOptions;

  const method = options.method ?? "PUBLISH";
  if (!METHODS.includes(method)) fail(["method"], method, "must be PUBLISH, REQUEST or CANCEL");
  const audience = options.audience ?? "public";
  if (!AUDIENCES.includes(audience))
    fail(["audience"], audience, "must be public, network or private");
  if (options.includeAttendees !== undefined && typeof options.includeAttendees !== "boolean") {
    fail(["includeAttendees"], options.includeAttendees, "must be true or false");
  }

  let domain: string;
  if (options.domain !== undefined) {
    if (typeof options.domain !== "string" || !HOST_NAME.test(options.domain)) {
      fail(["domain"], options.domain, "must be a host name such as events.example.org");
    }
    domain = options.domain.toLowerCase();
  } else {
    domain = hostOf(convening.url) ?? convening.id;
  }

  if (options.url !== undefined && !isWebUrl(options.url)) {
    fail(
      ["url"],
      options.url,
      "must be an absolute http(s) URL without spaces or control characters",
    );
  }
  const languages = resolveLanguages(options.language, convening);
  const name =
    options.name === undefined
      ? localize(convening.title, languages)
      : singleLine(["name"], options.name);

  const feed = method === "PUBLISH";
  const refreshSeconds =
    options.refreshInterval === undefined
      ? feed
        ? DEFAULT_REFRESH_SECONDS
        : undefined
      : seconds(["refreshInterval"], options.refreshInterval, false);

  const alarms = guard.array(
    options.alarms ?? [],
    ["alarms"],
    "must be an array of minutes or ISO 8601 durations",
    MAX_ALARMS,
  );
  const alarmSeconds = alarms.map((a: unknown, i: number) => seconds(["alarms", i], a, true));

  const organizer = resolveOrganizer(options, convening, audience);
  const url = options.url ?? convening.url;
  return {
    nameGiven: options.name !== undefined,
    givenUrl: options.url,
    domain,
    audience,
    includeAttendees: options.includeAttendees === true && audience === "private" && !feed,
    attendeeIds: resolveAttendees(options.attendees, method, options.includeAttendees, convening),
    method,
    organizer,
    publisher:
      feed && organizer === undefined
        ? resolvePublisher(convening, audience, url, languages)
        : undefined,
    name,
    description: localize(convening.description, languages),
    url,
    refreshSeconds: feed ? refreshSeconds : undefined,
    alarmSeconds,
    languages,
    only: resolveOnly(options.only, all),
  };
}
