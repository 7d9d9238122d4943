// Lean on purpose: this module and everything it imports use @convening/core, Intl and type-only
// imports, so a page that only shows links does not load zod, luxon or ical-generator
// (`npm run size` checks it). The parsed convening's memoised index makes each call O(1) in the
// number of sessions.

import { argumentGuards, requireParsed } from "@convening/core";
import type { Audience, Convening, Session } from "@convening/schema";
import { allDayLinkDates } from "./all-day-times.js";
import { CalendarOptionsError, SessionNotFoundError } from "./errors.js";
import { conveningIndex } from "./lookup.js";
import { sessionDetails } from "./session-details.js";

/** "Add to calendar" links for one session. */
export interface CalendarLinks {
  /** Google Calendar's event template. */
  readonly google: string;
  /** Outlook.com (personal Microsoft accounts): its add-event compose page. */
  readonly outlook: string;
  /** Outlook on the web for work and school accounts (Microsoft 365). */
  readonly office365: string;
  /** Yahoo Calendar. */
  readonly yahoo: string;
}

/** Options of {@link calendarLinks}. */
export interface CalendarLinkOptions {
  /** Who will see the links; default `"public"` (no private member, no private join link). */
  audience?: Audience;
  /** The reader's languages, most wanted first, as in `toICS`. Default: the convening's `languages`. */
  language?: string | readonly string[];
}

// Links carry the whole event in the query string; browsers and providers refuse very long URLs,
// so the details are cut to this many percent-encoded characters (about 2,000 plain ones).
const MAX_DETAILS = 6000;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

function encoded(text: string): number {
  return encodeURIComponent(text).length;
}

/**
 * The description, cut between graphemes (never inside an emoji or a combining sequence) to fit a
 * URL, returned percent-encoded: the four links share it, so it is encoded once.
 */
function fitDetails(full: string, pageUrl: string | undefined): string {
  const whole = encodeURIComponent(full);
  if (whole.length <= MAX_DETAILS) return whole;
  const tail = pageUrl ? `\n\nMore: ${pageUrl}` : "";
  const budget = MAX_DETAILS - encoded(tail) - encoded("…");
  let used = 0;
  let out = "";
  for (const { segment } of segmenter.segment(full)) {
    const size = encoded(segment);
    if (used + size > budget) break;
    used += size;
    out += segment;
  }
  return encodeURIComponent(`${out.trimEnd()}…${tail}`);
}

/** `k=v&…` from already percent-encoded values, leaving out absent and empty ones. */
function query(params: readonly (readonly [string, string | undefined])[]): string {
  let out = "";
  for (const [key, value] of params) {
    if (value === undefined || value === "") continue;
    out += `${out === "" ? "" : "&"}${key}=${value}`;
  }
  return out;
}

/** `encodeURIComponent`, keeping `undefined` (an absent field) absent. */
function encodedOrNone(text: string | undefined): string | undefined {
  return text === undefined ? undefined : encodeURIComponent(text);
}

const AUDIENCES: readonly Audience[] = ["public", "network", "private"];

function fail(path: (string | number)[], value: unknown, problem: string): never {
  throw new CalendarOptionsError(path, value, problem);
}

const guard = argumentGuards(CalendarOptionsError);

/** The audience and languages asked for, checked without the schema (see the top of this file). */
function readerOf(
  options: CalendarLinkOptions,
  convening: Convening,
): { audience: Audience; languages: readonly string[] } {
  const given = guard.record(options, [], "must be an object");
  for (const key of guard.keys(given, [])) {
    if (key !== "audience" && key !== "language")
      fail(
        [key],
        guard.field(given, key, []),
        key === "directory"
          ? "is no longer an option: pass the directory to parseConvening, which attaches it to the convening"
          : "is not an option of calendarLinks",
      );
  }
  // Each option read once, so nothing checked can change before it is used.
  const read = guard.fields(given, [], ["audience", "language"]);
  const audience = (read.audience ?? "public") as Audience;
  if (!AUDIENCES.includes(audience))
    fail(["audience"], audience, "must be public, network or private");
  const value = read.language;
  if (value === undefined) return { audience, languages: convening.languages };
  const list =
    typeof value === "string"
      ? [value]
      : guard.array(value, ["language"], "must be a BCP 47 tag or an array of them");
  list.forEach((tag: unknown, i: number) => {
    // Intl's own BCP 47 check (ECMA-402 IsStructurallyValidLanguageTag), instead of the schema's.
    let valid = typeof tag === "string" && tag.length <= 35;
    try {
      if (valid) Intl.getCanonicalLocales(tag as string);
    } catch {
      valid = false;
    }
    if (!valid) fail(["language", i], tag, "must be a BCP 47 language tag such as fr or en-GB");
  });
  return { audience, languages: list as string[] };
}

function findSession(session: Session | string, convening: Convening): Session {
  const index = conveningIndex(convening);
  if (typeof session === "string") {
    const found = index.sessions.get(session);
    if (found === undefined) throw new SessionNotFoundError(session, convening.id);
    return found.session;
  }
  const id = guard.field(
    guard.record(session, ["session"], "must be a session of the convening or its id"),
    "id",
    ["session"],
  );
  const found = typeof id === "string" ? index.sessions.get(id) : undefined;
  if (found === undefined) throw new SessionNotFoundError(id, convening.id);
  // An edited copy would be shown without the checks parseConvening makes (references, zone,
  // control characters): edit the document and parse it again instead.
  if (found.session !== session) {
    fail(
      ["session"],
      session,
      "must be a session of this parsed convening (an edited copy must be parsed again in its convening) or its id",
    );
  }
  return found.session;
}

/** `20210323T152000Z` (RFC 5545 UTC form, which Google and Yahoo read) from `isoUtc`'s output. */
function compactUtc(utc: string): string {
  return `${utc.slice(0, 4)}${utc.slice(5, 7)}${utc.slice(8, 13)}${utc.slice(14, 16)}${utc.slice(17)}`;
}

/** `2021-03-23T15:20:00Z` from any ISO 8601 instant with an offset (all the schema lets through). */
function isoUtc(iso: string): string {
  const d = new Date(Date.parse(iso));
  const year = d.getUTCFullYear();
  // Written field by field: toISOString costs more than the rest of this function together, and a
  // page writes these for every session. Years outside 0–9999 (an instant late on 9999-12-31 with a
  // negative offset) keep what toISOString gave them before.
  if (year < 0 || year > 9999) return `${d.toISOString().slice(0, 19)}Z`;
  return `${String(year).padStart(4, "0")}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}Z`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * The zone to save the event in: the session's zone as the document names it, or `UTC` for any of
 * UTC's aliases. Read through Intl, not @convening/time's canonical table, which is data-heavy.
 */
function ctzOf(zone: string): string {
  let ctz = ctzCache.get(zone);
  if (ctz === undefined) {
    // A DateTimeFormat costs far more than the rest of a link; a programme has a few zones.
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions()
      .timeZone;
    ctz = /^(Etc\/)?(UTC|UCT|GMT|Universal|Zulu|Greenwich)$/i.test(resolved) ? "UTC" : zone;
    if (ctzCache.size < 1_000) ctzCache.set(zone, ctz);
  }
  return ctz;
}

const ctzCache = new Map<string, string>();

/**
 * "Add to calendar" links for one session: Google Calendar, Outlook.com, Office 365 and Yahoo,
 * each with the title, the times as UTC instants (never the server's local time), the
 * description a person expects (what it is, who speaks, how to join) and the location. The same
 * privacy rules as `toICS` apply: by default no private member and no private join link.
 *
 * The convening is not validated again: pass what `parseConvening` returned, once, and call this
 * for as many sessions as you like; each call is a lookup in indexes built once per convening.
 * This function does not load zod, luxon or ical-generator, so a page showing links stays small.
 *
 * @param session - The session (from the parsed convening), or its id.
 * @param convening - What `parseConvening` returned.
 * @throws {NotParsedError} when `convening` did not come from `parseConvening` (code `not_parsed`).
 * @throws {SessionNotFoundError} when no session has that id.
 * @throws {CalendarOptionsError} when an option is invalid.
 * @example
 * ```ts
 * const convening = parseConvening(doc);
 * const links = calendarLinks("power-of-a-story", convening);
 * links.google; // "https://calendar.google.com/calendar/render?action=TEMPLATE&text=The%20Power%20of%20a%20Story&dates=20210323T152000Z%2F20210323T160500Z&…"
 * ```
 */
export function calendarLinks(
  session: Session | string,
  convening: Convening,
  options: CalendarLinkOptions = {},
): CalendarLinks {
  requireParsed(convening, "convening", "calendarLinks", ["convening"]);
  const reader = readerOf(options, convening);
  const found = findSession(session, convening);
  const lookup = conveningIndex(convening).lookup(reader.audience);
  const details = sessionDetails(convening, found, lookup, { ...reader, method: "PUBLISH" });
  // Each value is encoded once here and shared by the four links (URLSearchParams would encode
  // the description four times, and it spells spaces `+`, which Outlook shows literally).
  const title = encodeURIComponent(details.summary);
  const text = fitDetails(details.description, details.pageUrl);
  const location = encodedOrNone(details.place.location);
  // An all-day session is sent as dates, so each calendar files it on the same days whatever
  // the reader's zone (Google: dates=YYYYMMDD/YYYYMMDD, the end exclusive; Outlook: allday=true).
  const days = found.allDay && allDayLinkDates(found.allDay);
  const startUtc = days ? days.first : isoUtc(found.start);
  const endUtc = days ? days.after : isoUtc(found.end);
  const startCompact = days ? days.firstCompact : compactUtc(startUtc);
  const endCompact = days ? days.afterCompact : compactUtc(endUtc);

  // Outlook on the web's own add-event page: the `deeplink/compose` path (with `path=`) is the
  // mobile web's, which desktop browsers are sent through to a compose page that may drop fields.
  const outlook = (host: string) =>
    `https://${host}/calendar/0/action/compose?${query([
      ["rru", "addevent"],
      ["startdt", encodeURIComponent(startUtc)],
      ["enddt", encodeURIComponent(endUtc)],
      ...(days ? [["allday", "true"] as [string, string]] : []),
      ["subject", title],
      ["body", text],
      ["location", location],
    ])}`;

  return {
    google: `https://calendar.google.com/calendar/render?${query([
      ["action", "TEMPLATE"],
      ["text", title],
      ["dates", `${startCompact}%2F${endCompact}`],
      ["details", text],
      ["location", location],
      // The zone of intent, so the event is saved in it; the instants stay UTC either way.
      // Dates have no zone: none is sent with an all-day session.
      ...(days
        ? []
        : [
            ["ctz", encodeURIComponent(ctzOf(found.timeZone ?? convening.timeZone))] as [
              string,
              string,
            ],
          ]),
    ])}`,
    outlook: outlook("outlook.live.com"),
    office365: outlook("outlook.office.com"),
    yahoo: `https://calendar.yahoo.com/?${query([
      ["v", "60"],
      ["title", title],
      ["st", startCompact],
      ["et", endCompact],
      ...(days ? [["dur", "allday"] as [string, string]] : []),
      ["desc", text],
      ["in_loc", location],
    ])}`,
  };
}
