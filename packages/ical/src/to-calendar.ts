import { type ConveningInput, parseConvening } from "@convening/schema";
import { type ICalCalendar, ICalCalendarMethod } from "ical-generator";
import { addEvent, type EventInput } from "./add-event.js";
import { fallbackStamp } from "./build-context.js";
import { type CalendarOptions, type ResolvedOptions, resolveOptions } from "./calendar-options.js";
import { contentLine, textValue, uriValue } from "./content-line.js";
import { ConveningCalendar } from "./convening-calendar.js";
import { InvitationError } from "./errors.js";
import { buildLookup } from "./lookup.js";
import { seriesEvents } from "./series-events.js";
import { sessionEvent } from "./session-event.js";

// Product identifier (RFC 5545 §3.7.3); ical-generator adds the leading "-".
const PRODID = "//Convening Toolkit//@convening/ical//EN";

function feedLines(options: ResolvedOptions): string[] {
  // An invitation is not a feed: clients file it into an existing calendar, so it carries no
  // calendar name or refresh interval.
  if (options.method !== "PUBLISH") return [];
  // Blank text names nothing, and libical refuses an X- property whose value is only spaces.
  const lines: string[] = [];
  if (options.name.trim() !== "") {
    lines.push(
      contentLine("NAME", textValue(options.name)),
      contentLine("X-WR-CALNAME", textValue(options.name)),
    );
  }
  if (options.description !== undefined && options.description.trim() !== "") {
    lines.push(contentLine("X-WR-CALDESC", textValue(options.description)));
  }
  if (options.refreshSeconds !== undefined) {
    const duration = isoSeconds(options.refreshSeconds);
    // RFC 7986 §5.7; X-PUBLISHED-TTL is the older spelling Outlook and Apple read.
    lines.push(
      contentLine("REFRESH-INTERVAL", duration, ["VALUE=DURATION"]),
      contentLine("X-PUBLISHED-TTL", duration),
    );
  }
  return lines;
}

/** `PT12H`, `P1DT30M`: an RFC 5545 §3.3.6 duration of whole seconds. */
function isoSeconds(total: number): string {
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const time = h + m + s > 0 ? `T${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s ? `${s}S` : ""}` : "";
  return `P${days ? `${days}D` : ""}${time}`;
}

/**
 * Builds an ical-generator calendar for a convening: one VEVENT per session, one per series
 * (RRULE, RDATE, EXDATE, and RECURRENCE-ID instances for overridden or cancelled occurrences),
 * each with a stable UID (`<id>@<domain>`), DTSTAMP from `updatedAt`, SEQUENCE, STATUS,
 * CATEGORIES, a DESCRIPTION with speakers, languages and materials, LOCATION/GEO for places and
 * URL/CONFERENCE for online rooms the audience may join, times with TZID and a VTIMEZONE for
 * every zone used. The document is validated with `parseConvening` first.
 *
 * The calendar's name, description and refresh interval are written by this package (ical-
 * generator writes name and description unescaped); set them through `options`, not on the
 * returned object.
 *
 * @throws {ConveningValidationError} when the convening is invalid, before anything is built.
 * @throws {CalendarOptionsError} when an option is invalid.
 * @throws {InvitationError} when a REQUEST or CANCEL lacks an organizer, or a REQUEST invites nobody.
 * @example
 * ```ts
 * import { toCalendar } from "@convening/ical";
 *
 * const calendar = toCalendar(convening, { domain: "events.example.org" });
 * calendar.events().length; // one per session and series, plus override instances
 * const ics = calendar.toString();
 * ```
 */
export function toCalendar(
  convening: ConveningInput | unknown,
  options: CalendarOptions = {},
): ICalCalendar {
  const parsed = parseConvening(convening, { directory: options?.directory });
  const resolved = resolveOptions(options, parsed);
  const lookup = buildLookup(parsed, options?.directory);
  const method = ICalCalendarMethod[resolved.method];

  const calendar = new ConveningCalendar(
    // ical-generator writes the calendar's URL raw, which is right for a URI once it is ASCII.
    {
      prodId: PRODID,
      method,
      ...(resolved.url === undefined ? {} : { url: uriValue(resolved.url) }),
    },
    feedLines(resolved),
  );
  // ConveningCalendar writes one VTIMEZONE per TZID used; no calendar-level zone name, or
  // ical-generator would write DTSTAMP and LAST-MODIFIED as floating local times.

  const ctx = {
    convening: parsed,
    options: resolved,
    lookup,
    calendar,
    fallbackStamp: fallbackStamp(parsed),
  };
  const wanted = (id: string) => resolved.only === undefined || resolved.only.has(id);
  const request = resolved.method === "REQUEST";
  const planned: { input: EventInput; path: (string | number)[]; id: string }[] = [];

  parsed.sessions.forEach((session, i) => {
    if (!wanted(session.id)) return;
    const input = sessionEvent(ctx, session);
    // A REQUEST cannot carry a cancelled component (RFC 5546 §3.2.2): cancelled sessions are
    // sent with method CANCEL instead.
    if (request && input.status === "CANCELLED") return;
    planned.push({ input, path: ["sessions", i], id: session.id });
  });
  parsed.series.forEach((series, i) => {
    if (!wanted(series.id)) return;
    for (const input of seriesEvents(ctx, series))
      planned.push({ input, path: ["series", i], id: series.id });
  });

  if (resolved.method !== "PUBLISH") checkInvitation(resolved, planned);
  for (const { input } of planned) addEvent(ctx, input);
  return calendar;
}

/**
 * iTIP (RFC 5546 §3.2.2, §3.2.5): an ORGANIZER always, and attendees in every event: a REQUEST
 * invites them, and a CANCEL of a whole event must name all of them. A feed announces a
 * cancellation with STATUS:CANCELLED under PUBLISH instead.
 */
function checkInvitation(
  options: ResolvedOptions,
  planned: readonly { input: EventInput; path: (string | number)[]; id: string }[],
): void {
  if (options.organizer === undefined) {
    throw new InvitationError(
      ["organizer"],
      undefined,
      `a ${options.method} needs an organizer: pass options.organizer { name, email }, or give the convening a contact e-mail and an audience other than public`,
    );
  }
  if (planned.length === 0) {
    throw new InvitationError(
      ["sessions"],
      undefined,
      `the ${options.method} carries no event (everything selected is cancelled or filtered out)`,
    );
  }
  for (const { input, path, id } of planned) {
    if (input.attendees.length === 0) {
      const verb = options.method === "REQUEST" ? "invites" : "cancels for";
      throw new InvitationError(
        path,
        id,
        `${JSON.stringify(id)} ${verb} nobody: pass audience "private" with includeAttendees: true, and give its participants or group members e-mail addresses`,
      );
    }
  }
}
