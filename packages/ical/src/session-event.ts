import type { AllDay, Session } from "@convening/schema";
import { zoneTransitions } from "@convening/time";
import type { EventInput, EventOutline } from "./add-event.js";
import { allDayTimes } from "./all-day-times.js";
import { attendeesFor } from "./attendees.js";
import { type BuildContext, instantIn, tzidOf } from "./build-context.js";
import { eventStatus } from "./event-status.js";
import { KIND_LABELS } from "./labels.js";
import { sessionDetails } from "./session-details.js";
import type { ZonedInstant } from "./zoned-instant.js";

/** CATEGORIES (RFC 5545 §3.8.1.2): the kind of session, then its track. */
export function categoriesOf(kind: Session["kind"], track: string | undefined): string[] {
  return track === undefined ? [KIND_LABELS[kind]] : [KIND_LABELS[kind], track];
}

const DAY_MS = 86_400_000;

/**
 * True when the wall time of `iso` in `tzid` happens once, so TZID local time names it alone. A
 * wall time repeats when clocks go back by Δ at T: the instants from T − Δ to T + Δ share their
 * wall times in pairs. The changes near each day are read once per calendar from @convening/time's
 * offset table (luxon would ask Intl on every call).
 */
function isUnambiguous(
  iso: string,
  tzid: string,
  memo: Map<string, readonly [number, number][]>,
): boolean {
  const ms = Date.parse(iso);
  const day = Math.floor(ms / DAY_MS);
  const key = `${tzid}|${day}`;
  let backward = memo.get(key);
  if (backward === undefined) {
    backward = zoneTransitions(tzid, {
      from: new Date((day - 1) * DAY_MS),
      to: new Date((day + 2) * DAY_MS),
    })
      .filter((t) => t.offsetBeforeSeconds > t.offsetAfterSeconds)
      .map(
        (t) => [Date.parse(t.at), (t.offsetBeforeSeconds - t.offsetAfterSeconds) * 1000] as const,
      );
    memo.set(key, backward);
  }
  return backward.every(([at, delta]) => ms < at - delta || ms >= at + delta);
}

/** What planning needs of a session's VEVENT before its text is composed. */
export interface SessionOutline extends EventOutline {
  readonly start: ZonedInstant;
  readonly end: ZonedInstant;
}

/**
 * A session's UID, zone, times, status and attendees: everything a calendar is checked with and
 * its VTIMEZONEs are built from, without the description (see {@link sessionEvent}).
 */
export function sessionOutline(ctx: BuildContext, session: Session): SessionOutline {
  const { convening, lookup } = ctx;
  if (session.allDay) return outlineOf(ctx, session, allDayOutline(session.allDay));
  // parseConvening fills in every session's zone; the fallback only keeps the type honest.
  const zoneTzid = tzidOf(session.timeZone ?? convening.timeZone);
  // A wall time in the hour repeated when clocks fall back means its first occurrence by RFC 5545
  // §3.3.5, but ical.js and libical read the second: such a session is written in UTC, which every
  // reader takes the same way and which loses nothing but the zone's name.
  const tzid =
    zoneTzid !== undefined &&
    [session.start, session.end].every((iso) => isUnambiguous(iso, zoneTzid, lookup.memo.backward))
      ? zoneTzid
      : undefined;
  const start = instantIn(session.start, tzid);
  const end = instantIn(session.end, tzid);
  return outlineOf(ctx, session, {
    tzid,
    start,
    end,
    span: { fromMs: start.ms, toMs: end.ms, open: false },
  });
}

/**
 * The outline from its times and the parts every session has, field by field: an object literal
 * that starts with a spread is promoted to V8's old generation on Node 20 (see sessionEvent).
 */
function outlineOf(
  ctx: BuildContext,
  session: Session,
  times: Pick<SessionOutline, "tzid" | "start" | "end" | "span">,
): SessionOutline {
  const parts = outlineParts(ctx, session);
  return {
    uid: parts.uid,
    tzid: times.tzid,
    start: times.start,
    end: times.end,
    status: parts.status,
    attendees: parts.attendees,
    span: times.span,
  };
}

/** An all-day session's dates: no TZID and no VTIMEZONE, since its days are the same everywhere. */
function allDayOutline(allDay: AllDay) {
  const { start, end } = allDayTimes(allDay);
  return { tzid: undefined, start, end, span: { fromMs: start.ms, toMs: end.ms, open: false } };
}

/** What a session's outline holds whatever its times: UID, status and attendees. */
function outlineParts(ctx: BuildContext, session: Session) {
  const { convening, options, lookup } = ctx;
  return {
    uid: `${session.id}@${options.domain}`,
    status: eventStatus(session.status, convening.status, options.method).status,
    attendees:
      options.includeAttendees || options.attendeeIds !== undefined
        ? attendeesFor(
            {
              participants: session.participants,
              groupMemberIds: [],
              targets: [session.id, convening.id],
            },
            convening,
            lookup,
            options.method,
            options.attendeeIds,
          )
        : [],
  };
}

/**
 * The VEVENT of one session, from its outline. `remember` keeps the composed description with the
 * parsed session for later calls (see sessionDetails).
 */
export function sessionEvent(
  ctx: BuildContext,
  session: Session,
  outline: SessionOutline = sessionOutline(ctx, session),
  remember = true,
): EventInput {
  const { convening, options, lookup } = ctx;
  const details = sessionDetails(convening, session, lookup, options, remember);
  // Field by field rather than `{ ...outline, … }`: on Node 20's V8 every object made by a
  // literal that starts with a spread reached the old generation (3,000,000 of them promoted
  // 1.16 GB; written out, 0.1 MB), so a 100,000-session stream grew the heap by hundreds of MB.
  return {
    uid: outline.uid,
    tzid: outline.tzid,
    start: outline.start,
    end: outline.end,
    allDay: session.allDay !== undefined,
    status: outline.status,
    attendees: outline.attendees,
    span: outline.span,
    // The convening's own revision counts too: cancelling the whole convening must reach every
    // session, and clients apply an update only when SEQUENCE grows (RFC 5546 §2.1.5).
    sequence: session.sequence + convening.sequence,
    updatedAt: session.updatedAt,
    duration: undefined,
    recurrenceId: undefined,
    rrule: undefined,
    recurrenceLines: [],
    summary: details.summary,
    description: details.description,
    categories: categoriesOf(session.kind, session.track),
    place: details.place,
    pageUrl: details.pageUrl,
  };
}
