import { localize } from "@convening/core";
import type { Convening, Series, Session } from "@convening/schema";
import { ICalCalendarMethod } from "ical-generator";
import type { EventInput, EventOutline } from "./add-event.js";
import { type BuildContext, fallbackStamp } from "./build-context.js";
import { type CalendarOptions, type ResolvedOptions, resolveOptions } from "./calendar-options.js";
import { contentLine, textValue, uriValue } from "./content-line.js";
import { ConveningCalendar } from "./convening-calendar.js";
import { DuplicateUidError, InvitationError } from "./errors.js";
import { eventSequence } from "./event-sequence.js";
import { conveningIndex } from "./lookup.js";
import { parsedConvenings } from "./parsed-convenings.js";
import { seriesEvents } from "./series-events.js";
import { sessionEvent, sessionOutline } from "./session-event.js";

// What toCalendar, toICS and toICSStream share: the options resolved, the calendar's own
// properties, and its events planned one at a time in document order, each as an outline (what
// the calendar is checked with and its VTIMEZONEs are built from) and the whole event on demand.
// A stream outlines every event once before writing the first and plans again while it writes,
// keeping only series' events in between; a session's description is composed only when its
// event is written.

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
export interface Planned {
  /** What the calendar is checked with and its VTIMEZONEs are built from. */
  readonly outline: EventOutline;
  /** The whole event, composed on each call: a session's description is written only here. */
  event(): EventInput;
  readonly path: readonly (string | number)[];
  readonly id: string;
  readonly ctx: BuildContext;
  /** The convening's place in the list given. */
  readonly k: number;
}

/** A calendar ready to be written: its properties, and its events on demand. */
export interface CalendarPlan {
  readonly list: readonly Convening[];
  readonly resolved: ResolvedOptions;
  /** The calendar with its own properties and feed lines, and no event. */
  readonly calendar: ConveningCalendar;
  /**
   * Every event, in document order (each convening's sessions, then its series), planned afresh
   * on every call: one session's or series' events at a time, nothing kept between steps.
   */
  events(): Generator<Planned>;
}

/**
 * Resolves the options and the calendar's properties. Throws for a convening that was not parsed
 * and for invalid options; the events are planned (and their errors thrown) when iterated.
 */
export function planCalendar(
  convening: Convening | readonly Convening[],
  options: CalendarOptions,
  caller: string,
): CalendarPlan {
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
  const contexts = list.map((c, k) => contextOf(c, each[k]!, calendar));
  // A series' events come from one expansion (series-occurrences.ts), which can be long: they
  // are planned once per calendar and kept while it is written. A series is one VEVENT and its
  // overridden instances, few next to a programme's sessions.
  const seriesMemo = new Map<Series, readonly EventInput[]>();
  return {
    list,
    resolved,
    calendar,
    *events() {
      for (let k = 0; k < list.length; k++) {
        yield* plannedEvents(list[k]!, k, contexts[k]!, paths[k]!, seriesMemo);
      }
    },
  };
}

function contextOf(
  convening: Convening,
  options: ResolvedOptions,
  calendar: ConveningCalendar,
): BuildContext {
  const index = conveningIndex(convening);
  return {
    convening,
    options,
    lookup: index.lookup(options.audience),
    calendar,
    fallbackStamp: fallbackStamp(index.fallbackStampMs),
  };
}

/** The events of one convening, in document order: sessions, then series. */
function* plannedEvents(
  convening: Convening,
  k: number,
  ctx: BuildContext,
  root: readonly (string | number)[],
  seriesMemo: Map<Series, readonly EventInput[]>,
): Generator<Planned> {
  const { options } = ctx;
  const index = conveningIndex(convening);
  // With `only`, the sessions asked for come from the index (O(ids), not O(sessions)), sorted
  // back into document order so the output does not depend on the order of the ids. Without it,
  // the lists are walked in place: a stream plans every event twice and keeps no list of them.
  const only = options.only === undefined ? undefined : [...options.only];
  const sessions: Iterable<{ readonly session: Session; readonly index: number }> =
    only === undefined
      ? inPlace(convening.sessions, (session, index) => ({ session, index }))
      : only.flatMap((id) => index.sessions.get(id) ?? []).sort((a, b) => a.index - b.index);
  const series: Iterable<{ readonly series: Series; readonly index: number }> =
    only === undefined
      ? inPlace(convening.series, (s, i) => ({ series: s, index: i }))
      : only.flatMap((id) => index.series.get(id) ?? []).sort((a, b) => a.index - b.index);

  // A session's description is kept with the parsed session only for calendars of a few sessions
  // (a page offering each session's .ics next to its links composes it once); a whole calendar
  // composes each once anyway.
  const remember = only !== undefined;
  const request = options.method === "REQUEST";
  for (const { session, index: i } of sessions) {
    eventSequence(session.sequence, convening.sequence, [...root, "sessions", i]);
    const outline = sessionOutline(ctx, session);
    // A REQUEST cannot carry a cancelled component (RFC 5546 §3.2.2): cancelled sessions are
    // sent with method CANCEL instead.
    if (request && outline.status === "CANCELLED") continue;
    yield {
      outline,
      event: () => sessionEvent(ctx, session, outline, remember),
      path: [...root, "sessions", i],
      id: session.id,
      ctx,
      k,
    };
  }
  for (const { series: s, index: i } of series) {
    let inputs = seriesMemo.get(s);
    if (inputs === undefined) {
      eventSequence(s.sequence, convening.sequence, [...root, "series", i]);
      inputs = seriesEvents(ctx, s);
      seriesMemo.set(s, inputs);
    }
    for (const input of inputs) {
      yield { outline: input, event: () => input, path: [...root, "series", i], id: s.id, ctx, k };
    }
  }
}

function* inPlace<T, U>(list: readonly T[], wrap: (item: T, index: number) => U): Generator<U> {
  for (let i = 0; i < list.length; i++) yield wrap(list[i]!, i);
}

/**
 * The rules a calendar must meet as a whole, checked one planned event at a time so a stream can
 * check everything without keeping the events. {@link PlanChecks.finish} throws the first problem
 * in a fixed order (UIDs, then iTIP), whatever order the events came in.
 */
export class PlanChecks {
  readonly #plan: CalendarPlan;
  /** The convening each UID first came from; only a feed of several convenings can collide. */
  readonly #owner: Map<string, number> | undefined;
  #duplicate: DuplicateUidError | undefined;
  #count = 0;
  #nobodyInvited: Planned | undefined;

  constructor(plan: CalendarPlan) {
    this.#plan = plan;
    this.#owner = plan.list.length > 1 ? new Map() : undefined;
  }

  add(planned: Planned): void {
    this.#count++;
    const { outline, path, k } = planned;
    // UIDs must be unique across the feed (RFC 5545 §3.8.4.7): two convenings whose events share
    // one would overwrite each other in every client. Instances of one series share their UID on
    // purpose (RECURRENCE-ID tells them apart), so only UIDs from different convenings collide.
    if (this.#owner !== undefined && this.#duplicate === undefined) {
      const earlier = this.#owner.get(outline.uid);
      if (earlier === undefined) this.#owner.set(outline.uid, k);
      else if (earlier !== k) {
        const { list } = this.#plan;
        this.#duplicate = new DuplicateUidError(path, outline.uid, [
          list[earlier]!.id,
          list[k]!.id,
        ]);
      }
    }
    if (this.#nobodyInvited === undefined && outline.attendees.length === 0) {
      this.#nobodyInvited = planned;
    }
  }

  /**
   * iTIP (RFC 5546 §3.2.2, §3.2.5): an ORGANIZER always, and attendees in every event: a REQUEST
   * invites them, and a CANCEL of a whole event must name all of them. A feed announces a
   * cancellation with STATUS:CANCELLED under PUBLISH instead.
   */
  finish(): void {
    if (this.#duplicate !== undefined) throw this.#duplicate;
    const options = this.#plan.resolved;
    if (options.method === "PUBLISH") return;
    if (options.organizer === undefined) {
      throw new InvitationError(
        ["organizer"],
        undefined,
        `a ${options.method} needs an organizer: pass options.organizer { name, email }, or give the convening a contact e-mail and an audience other than public`,
      );
    }
    if (this.#count === 0) {
      throw new InvitationError(
        ["sessions"],
        undefined,
        `the ${options.method} carries no event (everything selected is cancelled or filtered out)`,
      );
    }
    if (this.#nobodyInvited !== undefined) {
      const { path, id } = this.#nobodyInvited;
      const verb = options.method === "REQUEST" ? "invites" : "cancels for";
      throw new InvitationError(
        path,
        id,
        `${JSON.stringify(id)} ${verb} nobody: pass audience "private" with includeAttendees: true, and give its participants or group members e-mail addresses`,
      );
    }
  }
}
