import { localize } from "@convening/core";
import type { Convening } from "@convening/schema";
import { type ICalCalendar, ICalCalendarMethod } from "ical-generator";
import { addEvent, type EventInput } from "./add-event.js";
import { type BuildContext, fallbackStamp } from "./build-context.js";
import { type CalendarOptions, type ResolvedOptions, resolveOptions } from "./calendar-options.js";
import { contentLine, textValue, uriValue } from "./content-line.js";
import { ConveningCalendar } from "./convening-calendar.js";
import { DuplicateUidError, InvitationError } from "./errors.js";
import { eventSequence } from "./event-sequence.js";
import { conveningIndex } from "./lookup.js";
import { parsedConvenings } from "./parsed-convenings.js";
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

/** One event to write, with where it came from (for error messages). */
interface Planned {
  readonly input: EventInput;
  readonly path: readonly (string | number)[];
  readonly id: string;
  readonly ctx: BuildContext;
  /** The convening's place in the list given. */
  readonly k: number;
}

/**
 * Builds an ical-generator calendar for a parsed convening, or for several (one feed spanning
 * them): one VEVENT per session, one per series (RRULE, RDATE, EXDATE, and RECURRENCE-ID
 * instances for overridden or cancelled occurrences), each with a stable UID (`<id>@<domain>`),
 * DTSTAMP from `updatedAt`, SEQUENCE, STATUS, CATEGORIES, a DESCRIPTION with speakers, languages
 * and materials, LOCATION/GEO for places and URL/CONFERENCE for online rooms the audience may
 * join, times with TZID and a VTIMEZONE for every zone used.
 *
 * The convening is not validated again: pass what `parseConvening` returned (its directory comes
 * along as `convening.directory`). Indexes are built once per parsed convening and reused by every
 * later call, and `only` costs O(the sessions named), so a one-session calendar for each session of
 * a large convening costs no more than the whole calendar.
 *
 * With an array, every convening keeps its own defaults (domain, languages) and UIDs stay
 * `<id>@<domain>`; two events of different convenings with one UID throw {@link DuplicateUidError}.
 * The calendar's name defaults to the titles joined with commas; pass `name` for a better one.
 *
 * The calendar's name, description and refresh interval are written by this package (ical-
 * generator writes name and description unescaped); set them through `options`, not on the
 * returned object.
 *
 * @throws {NotParsedError} when a convening did not come from `parseConvening` (code `not_parsed`).
 * @throws {CalendarOptionsError} when an option is invalid.
 * @throws {InvitationError} when a REQUEST or CANCEL lacks an organizer, or a REQUEST invites nobody.
 * @throws {DuplicateUidError} when two convenings of one feed would give events one UID.
 * @example
 * ```ts
 * import { toCalendar } from "@convening/ical";
 * import { parseConvening } from "@convening/schema";
 *
 * const calendar = toCalendar(parseConvening(doc), { domain: "events.example.org" });
 * calendar.events().length; // one per session and series, plus override instances
 * const ics = calendar.toString();
 * ```
 */
export function toCalendar(
  convening: Convening | readonly Convening[],
  options: CalendarOptions = {},
): ICalCalendar {
  return buildCalendar(convening, options, "toCalendar");
}

/** {@link toCalendar}, naming `caller` (toCalendar or toICS) when the convening is not parsed. */
export function buildCalendar(
  convening: Convening | readonly Convening[],
  options: CalendarOptions,
  caller: string,
): ICalCalendar {
  const { list, paths } = parsedConvenings(convening, caller);
  const each = list.map((c) => resolveOptions(options, c, list));
  const first = each[0]!;
  const resolved: ResolvedOptions =
    list.length === 1
      ? first
      : {
          ...first,
          // A feed of several convenings is none of them: no one title, description or page.
          name: first.nameGiven
            ? first.name
            : list.map((c, k) => localize(c.title, each[k]!.languages)).join(", "),
          description: undefined,
          url: first.givenUrl,
        };
  // iTIP requires an ORGANIZER in every event of a PUBLISH (RFC 5546 §3.2.1). A feed that cannot
  // name one is written as a plain calendar instead: without METHOD no scheduling is implied (RFC
  // 5545 §3.7.2), and Outlook reads a calendar without METHOD as a PUBLISH (MS-STANOICAL V0078).
  const named = each.every((o) => o.organizer !== undefined || o.publisher !== undefined);
  const method =
    resolved.method === "PUBLISH" && !named ? undefined : ICalCalendarMethod[resolved.method];

  const calendar = new ConveningCalendar(
    // ical-generator writes the calendar's URL raw, which is right for a URI once it is ASCII.
    {
      prodId: PRODID,
      ...(method === undefined ? {} : { method }),
      ...(resolved.url === undefined ? {} : { url: uriValue(resolved.url) }),
    },
    feedLines(resolved),
  );
  // ConveningCalendar writes one VTIMEZONE per TZID used; no calendar-level zone name, or
  // ical-generator would write DTSTAMP and LAST-MODIFIED as floating local times.

  const planned: Planned[] = [];
  list.forEach((c, k) => {
    planned.push(...planEvents(c, k, each[k]!, calendar, paths[k]!));
  });
  if (list.length > 1) checkUids(list, planned);
  if (resolved.method !== "PUBLISH") checkInvitation(resolved, planned);
  for (const { input, ctx } of planned) addEvent(ctx, input);
  return calendar;
}

/** The events of one convening, in document order: sessions, then series. */
function planEvents(
  convening: Convening,
  k: number,
  options: ResolvedOptions,
  calendar: ConveningCalendar,
  root: readonly (string | number)[],
): Planned[] {
  const index = conveningIndex(convening);
  const ctx: BuildContext = {
    convening,
    options,
    lookup: index.lookup(options.audience),
    calendar,
    fallbackStamp: fallbackStamp(index.fallbackStampMs),
  };
  // With `only`, the sessions asked for come from the index (O(ids), not O(sessions)), sorted
  // back into document order so the output does not depend on the order of the ids.
  const only = options.only === undefined ? undefined : [...options.only];
  const sessions =
    only === undefined
      ? convening.sessions.map((session, i) => ({ session, index: i }))
      : only.flatMap((id) => index.sessions.get(id) ?? []).sort((a, b) => a.index - b.index);
  const series =
    only === undefined
      ? convening.series.map((s, i) => ({ series: s, index: i }))
      : only.flatMap((id) => index.series.get(id) ?? []).sort((a, b) => a.index - b.index);

  const request = options.method === "REQUEST";
  const out: Planned[] = [];
  for (const { session, index: i } of sessions) {
    eventSequence(session.sequence, convening.sequence, [...root, "sessions", i]);
    const input = sessionEvent(ctx, session);
    // A REQUEST cannot carry a cancelled component (RFC 5546 §3.2.2): cancelled sessions are
    // sent with method CANCEL instead.
    if (request && input.status === "CANCELLED") continue;
    out.push({ input, path: [...root, "sessions", i], id: session.id, ctx, k });
  }
  for (const { series: s, index: i } of series) {
    eventSequence(s.sequence, convening.sequence, [...root, "series", i]);
    for (const input of seriesEvents(ctx, s))
      out.push({ input, path: [...root, "series", i], id: s.id, ctx, k });
  }
  return out;
}

/**
 * UIDs must be unique across the feed (RFC 5545 §3.8.4.7): two convenings whose events share one
 * would overwrite each other in every client. Instances of one series share their UID on purpose
 * (RECURRENCE-ID tells them apart), so only UIDs from different convenings collide.
 */
function checkUids(list: readonly Convening[], planned: readonly Planned[]): void {
  const owner = new Map<string, number>();
  for (const { input, path, k } of planned) {
    const earlier = owner.get(input.uid);
    if (earlier === undefined) owner.set(input.uid, k);
    else if (earlier !== k) {
      throw new DuplicateUidError(path, input.uid, [list[earlier]!.id, list[k]!.id]);
    }
  }
}

/**
 * iTIP (RFC 5546 §3.2.2, §3.2.5): an ORGANIZER always, and attendees in every event: a REQUEST
 * invites them, and a CANCEL of a whole event must name all of them. A feed announces a
 * cancellation with STATUS:CANCELLED under PUBLISH instead.
 */
function checkInvitation(options: ResolvedOptions, planned: readonly Planned[]): void {
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
