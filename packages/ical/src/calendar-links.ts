import {
  type Audience,
  type Convening,
  type ConveningInput,
  localize,
  parseConvening,
  type Session,
  type SessionInput,
} from "@convening/schema";
import { type BuildContext, fallbackStamp, instantIn, tzidOf } from "./build-context.js";
import { type CalendarOptions, resolveOptions } from "./calendar-options.js";
import { ConveningCalendar } from "./convening-calendar.js";
import { CalendarOptionsError, SessionNotFoundError } from "./errors.js";
import { buildLookup } from "./lookup.js";
import { sessionEvent } from "./session-event.js";

/** "Add to calendar" links for one session. */
export interface CalendarLinks {
  /** Google Calendar's event template. */
  readonly google: string;
  /** Outlook.com (personal Microsoft accounts). */
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
  /** The reader's languages, most wanted first, as in `toICS`. */
  language?: string | readonly string[];
  /** Shared records the convening refers to, as `parseConvening` takes them. */
  directory?: unknown;
}

// Links carry the whole event in the query string; browsers and providers refuse very long URLs,
// so the details are cut to this many percent-encoded characters (about 2,000 plain ones).
const MAX_DETAILS = 6000;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

function encoded(text: string): number {
  return encodeURIComponent(text).length;
}

/** The description, cut between graphemes (never inside an emoji or a combining sequence) to fit a URL. */
function fitDetails(full: string, pageUrl: string | undefined): string {
  if (encoded(full) <= MAX_DETAILS) return full;
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
  return `${out.trimEnd()}…${tail}`;
}

function query(params: readonly (readonly [string, string | undefined])[]): string {
  return params
    .filter((p): p is readonly [string, string] => p[1] !== undefined && p[1] !== "")
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");
}

function locate(
  input: unknown,
  session: unknown,
  directory: unknown,
): { convening: Convening; session: Session } {
  if (typeof session === "string") {
    const convening = parseConvening(input, { directory });
    const found = convening.sessions.find((s) => s.id === session);
    if (!found) throw new SessionNotFoundError(session, convening.id);
    return { convening, session: found };
  }
  if (typeof session !== "object" || session === null || Array.isArray(session)) {
    throw new CalendarOptionsError(
      ["session"],
      session,
      "must be a session of the convening or its id",
    );
  }
  // The session is validated in its convening's context (references, zone, dates): put it in
  // place of the session with its id, or add it.
  const id = (session as { id?: unknown }).id;
  const doc = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const sessions = Array.isArray(doc.sessions) ? (doc.sessions as unknown[]) : [];
  const known = sessions.some(
    (s) => typeof s === "object" && s !== null && (s as { id?: unknown }).id === id,
  );
  const merged = {
    ...doc,
    sessions: known
      ? sessions.map((s) => ((s as { id?: unknown }).id === id ? session : s))
      : [...sessions, session],
  };
  const convening = parseConvening(typeof input === "object" && input !== null ? merged : input, {
    directory,
  });
  const found = convening.sessions.find((s) => s.id === id)!;
  return { convening, session: found };
}

/**
 * "Add to calendar" links for one session: Google Calendar, Outlook.com, Office 365 and Yahoo,
 * each with the title, the times as UTC instants (never the server's local time), the
 * description a person expects (what it is, who speaks, how to join) and the location. The same
 * privacy rules as `toICS` apply: by default no private member and no private join link.
 *
 * @param session - The session, or its id, in `convening`.
 * @throws {ConveningValidationError} when the convening (or the session in it) is invalid.
 * @throws {SessionNotFoundError} when no session has that id.
 * @example
 * ```ts
 * const links = calendarLinks("power-of-a-story", convening);
 * links.google; // "https://calendar.google.com/calendar/render?action=TEMPLATE&text=The%20Power%20of%20a%20Story&dates=20210323T152000Z%2F20210323T160500Z&…"
 * ```
 */
export function calendarLinks(
  session: Session | SessionInput | string,
  convening: Convening | ConveningInput,
  options: CalendarLinkOptions = {},
): CalendarLinks {
  if (typeof options !== "object" || options === null)
    throw new CalendarOptionsError([], options, "must be an object");
  const found = locate(convening, session, options.directory);
  const calendarOptions: CalendarOptions = { audience: options.audience ?? "public" };
  if (options.language !== undefined) calendarOptions.language = options.language;
  const resolved = resolveOptions(calendarOptions, found.convening);
  const ctx: BuildContext = {
    convening: found.convening,
    options: resolved,
    lookup: buildLookup(found.convening, options.directory),
    calendar: new ConveningCalendar({}, []),
    fallbackStamp: fallbackStamp(found.convening),
  };
  const event = sessionEvent(ctx, found.session);
  const title = localize(found.session.title, resolved.languages);
  const start = instantIn(found.session.start, undefined);
  const end = instantIn(found.session.end, undefined);
  const compact = (d: typeof start) => d.toFormat("yyyyLLdd'T'HHmmss'Z'");
  const iso = (d: typeof start) => d.toFormat("yyyy-LL-dd'T'HH:mm:ss'Z'");
  const details = fitDetails(event.description, event.pageUrl);
  const location = event.place.location;

  const outlook = (host: string) =>
    `https://${host}/calendar/0/deeplink/compose?${query([
      ["path", "/calendar/action/compose"],
      ["rru", "addevent"],
      ["startdt", iso(start)],
      ["enddt", iso(end)],
      ["subject", title],
      ["body", details],
      ["location", location],
    ])}`;

  return {
    google: `https://calendar.google.com/calendar/render?${query([
      ["action", "TEMPLATE"],
      ["text", title],
      ["dates", `${compact(start)}/${compact(end)}`],
      ["details", details],
      ["location", location],
      // The zone of intent, so the event is saved in it; the instants stay UTC either way. Not
      // the event's TZID, which is left out for a session in a repeated hour.
      ["ctz", tzidOf(found.session.timeZone ?? found.convening.timeZone) ?? "UTC"],
    ])}`,
    outlook: outlook("outlook.live.com"),
    office365: outlook("outlook.office.com"),
    yahoo: `https://calendar.yahoo.com/?${query([
      ["v", "60"],
      ["title", title],
      ["st", compact(start)],
      ["et", compact(end)],
      ["desc", details],
      ["in_loc", location],
    ])}`,
  };
}
