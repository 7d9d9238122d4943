import { ICalAlarmType, type ICalAttendeeData, type ICalEventStatus } from "ical-generator";
import { type BuildContext, stampOf } from "./build-context.js";
import { paramText } from "./content-line.js";
import { ConveningEvent, type ZoneSpan } from "./convening-event.js";
import { eventExtraLines } from "./extra-properties.js";
import { NominalWallTime } from "./nominal-wall-time.js";
import type { Place } from "./place.js";
import { conferenceLines } from "./place-lines.js";
import type { ZonedInstant } from "./zoned-instant.js";

/**
 * Local wall times to write instead of the ones ical-generator derives from the instants
 * (`yyyyMMddTHHmmss`, read with the event's TZID), when a recurrence rule gives a time in a
 * spring-forward gap.
 */
export interface WallTimes {
  /** DTSTART as the recurrence rule gives it. */
  readonly start?: string | undefined;
  /** RECURRENCE-ID as the recurrence rule gives it. */
  readonly recurrenceId?: string | undefined;
}

/**
 * What a calendar is checked with, and its VTIMEZONEs built from, before any event's text is
 * composed: a stream plans every event's outline once before writing the first event.
 */
export type EventOutline = Pick<EventInput, "uid" | "tzid" | "status" | "attendees" | "span">;

/** One VEVENT, ready to write: every value already localized, redacted and checked. */
export interface EventInput {
  readonly uid: string;
  readonly sequence: number;
  readonly updatedAt: string | undefined;
  readonly tzid: string | undefined;
  readonly start: ZonedInstant;
  /** VALUE=DATE start and end (an all-day session); `start`/`end` then hold UTC midnights. */
  readonly allDay?: boolean;
  /** DTEND; absent when `duration` is given instead. */
  readonly end: ZonedInstant | undefined;
  /** DURATION (RFC 5545 §3.8.2.5), for series whose length is nominal (days, weeks). */
  readonly duration: string | undefined;
  readonly recurrenceId: ZonedInstant | undefined;
  readonly rrule: string | undefined;
  /** RDATE and EXDATE lines, complete. */
  readonly recurrenceLines: readonly string[];
  readonly summary: string;
  readonly description: string;
  readonly categories: readonly string[];
  readonly status: ICalEventStatus;
  readonly place: Place;
  readonly pageUrl: string | undefined;
  readonly attendees: readonly ICalAttendeeData[];
  readonly span: ZoneSpan;
  /** DTSTART and RECURRENCE-ID as a recurrence rule gives them, when that differs from the instant's wall time. */
  readonly wallTimes?: WallTimes;
}

/** Adds one VEVENT to the context's calendar (see {@link conveningEvent}). */
export function addEvent(ctx: BuildContext, input: EventInput): ConveningEvent {
  const event = conveningEvent(ctx, input);
  ctx.calendar.createEvent(event);
  return event;
}

/**
 * One VEVENT for the context's calendar, setting UID, DTSTAMP and SEQUENCE explicitly, not added
 * to it: a writer that streams the calendar writes each event and lets it go.
 */
export function conveningEvent(ctx: BuildContext, input: EventInput): ConveningEvent {
  const { options, convening } = ctx;
  const lines = eventExtraLines({
    publisher: options.publisher,
    recurrence: input.recurrenceLines,
    duration: input.duration,
    url: input.place.joinUrl ?? input.pageUrl,
    geo: input.place.geo,
    conferences: conferenceLines(input.place),
  });
  const { start: startWall, recurrenceId: recurrenceWall } = input.wallTimes ?? {};
  const updatedAt = input.updatedAt ?? convening.updatedAt;
  return new ConveningEvent(
    {
      // ical-generator would otherwise invent a random UID and stamp the current time.
      id: input.uid,
      sequence: input.sequence,
      stamp: updatedAt === undefined ? ctx.fallbackStamp : stampOf(updatedAt),
      lastModified: updatedAt === undefined ? null : stampOf(updatedAt),
      start: startWall === undefined ? input.start : new NominalWallTime(startWall, input.start),
      end: input.end ?? null,
      allDay: input.allDay ?? false,
      timezone: input.tzid ?? null,
      recurrenceId:
        input.recurrenceId === undefined
          ? null
          : recurrenceWall === undefined
            ? input.recurrenceId
            : new NominalWallTime(recurrenceWall, input.recurrenceId),
      repeating: input.rrule ?? null,
      summary: input.summary,
      description: input.description === "" ? null : input.description,
      location: input.place.location ?? null,
      categories: input.categories.map((name) => ({ name })),
      status: input.status,
      organizer: options.organizer
        ? { name: paramText(options.organizer.name), email: options.organizer.email }
        : null,
      attendees: [...input.attendees],
      alarms:
        options.method === "CANCEL"
          ? []
          : options.alarmSeconds.map((seconds) => ({
              type: ICalAlarmType.display,
              trigger: seconds,
            })),
    },
    ctx.calendar,
    lines,
    input.span,
  );
}
