// What a person reads about a session (title, description, place, status), composed the same way
// for a VEVENT and for "add to calendar" links. Lean on purpose (core and type-only imports):
// calendarLinks runs in browser bundles that must not load zod, luxon or ical-generator.

import { localize } from "@convening/core";
import type { Audience, Convening, Session } from "@convening/schema";
import type { CalendarMethod } from "./calendar-options.js";
import { describeEvent } from "./describe-event.js";
import { type EventStatus, eventStatus } from "./event-status.js";
import type { Lookup } from "./lookup.js";
import { shownParticipants } from "./participants.js";
import { type Place, placeOf } from "./place.js";

/** The reader a session is described for. */
export interface DetailsFor {
  readonly audience: Audience;
  readonly languages: readonly string[];
  readonly method: CalendarMethod;
}

/** A session as its reader sees it: localized, redacted for the audience. */
export interface SessionDetails {
  readonly summary: string;
  readonly description: string;
  readonly place: Place;
  readonly pageUrl: string | undefined;
  readonly status: EventStatus;
}

// Per parsed session, per reader: a page that shows a session's links and offers its .ics composes
// the description once. Keyed weakly by the session, so it lives as long as the parsed convening.
const memo = new WeakMap<Session, Map<string, SessionDetails>>();
const MAX_READERS = 16;

/**
 * The title, description, place and status of `session` for `reader`, composed once per session
 * and reader (the parsed convening is not changed after parsing, so the text cannot go stale).
 * With `remember` false, details already kept are reused but new ones are not kept: a whole
 * calendar composes each session once anyway, and keeping every description of a 100,000-session
 * feed would grow the parsed convening by the size of the feed for as long as it lives.
 */
export function sessionDetails(
  convening: Convening,
  session: Session,
  lookup: Lookup,
  reader: DetailsFor,
  remember = true,
): SessionDetails {
  const key = `${reader.audience}|${reader.method}|${reader.languages.join(",")}`;
  let byReader = memo.get(session);
  const kept = byReader?.get(key);
  if (kept !== undefined) return kept;
  const details = composeDetails(convening, session, lookup, reader);
  if (remember) {
    if (byReader === undefined) {
      byReader = new Map();
      memo.set(session, byReader);
    }
    // Readers come from callers (a server may pass each visitor's Accept-Language), so the
    // variants kept per session are capped; a page uses one or two.
    if (byReader.size >= MAX_READERS) byReader.clear();
    byReader.set(key, details);
  }
  return details;
}

function composeDetails(
  convening: Convening,
  session: Session,
  lookup: Lookup,
  reader: DetailsFor,
): SessionDetails {
  const { audience, languages } = reader;
  const venue = session.venueId === undefined ? undefined : lookup.venues.get(session.venueId);
  const movedOnline = convening.status === "moved-online" || session.status === "moved-online";
  const place = placeOf(
    venue,
    audience,
    languages,
    convening.attendanceMode === "online" || movedOnline,
    movedOnline,
  );
  const status = eventStatus(session.status, convening.status, reader.method);
  const pageUrl = session.url ?? convening.url;
  const description = describeEvent(
    {
      text: localize(session.description, languages),
      statusNote: status.note,
      participants: shownParticipants(session.participants, lookup, audience),
      languages: session.languages.length > 0 ? session.languages : convening.languages,
      qaLanguage: session.qaLanguage,
      interpretation: session.interpretation,
      accessibility: localize(session.accessibility, languages),
      materials: session.materials,
      place,
      registrationUrl: convening.registration?.url,
      pageUrl,
    },
    lookup,
    languages,
  );
  return { summary: localize(session.title, languages), description, place, pageUrl, status };
}
