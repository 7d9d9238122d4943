import type { Convening, Series, Session } from "@convening/schema";
import type { EventInput, EventOutline } from "./add-event.js";
import type { BuildContext } from "./build-context.js";
import { calendarHead, headFor } from "./calendar-head.js";
import { type CalendarOptions, type ResolvedOptions, resolveOptions } from "./calendar-options.js";
import type { ConveningCalendar } from "./convening-calendar.js";
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
  /** The ids asked for with `only`, or undefined for every event. */
  readonly only: ReadonlySet<string> | undefined;
  /** BEGIN:VCALENDAR and the calendar's properties, folded: what comes before the VTIMEZONEs. */
  opening(): string;
  /**
   * Every event, in document order (each convening's sessions, then its series), planned afresh
   * on every call: one session's or series' events at a time, nothing kept between steps; with
   * `only`, the few events named, as a list.
   */
  events(): Iterable<Planned>;
}

/**
 * Resolves the options and the calendar's properties. Throws for a convening that was not parsed
 * and for invalid options; the events are planned (and their errors thrown) when iterated. With
 * `shared`, the calendar's head (everything but the events) comes from the parsed convening's
 * memo (calendar-head.ts): only for writers of text, since the head's calendar must never reach
 * a caller, who could add events to it.
 */
export function planCalendar(
  convening: Convening | readonly Convening[],
  options: CalendarOptions,
  caller: string,
  shared = false,
): CalendarPlan {
  const { list, paths } = parsedConvenings(convening, caller);
  // Every option is read and checked on every call, so errors never depend on what was cached.
  const each = list.map((c) => resolveOptions(options, c, list));
  const only = each[0]!.only;
  const head =
    shared && list.length === 1
      ? headFor(list[0]!, each[0]!)
      : calendarHead(
          list,
          each.map((o) => ({ ...o, only: undefined })),
        );
  const { resolved, calendar, contexts } = head;
  // A series' events come from one expansion (series-occurrences.ts), which can be long: they
  // are planned once per calendar and kept while it is written. A series is one VEVENT and its
  // overridden instances, few next to a programme's sessions.
  const seriesMemo = new Map<Series, readonly EventInput[]>();
  return {
    list,
    resolved,
    calendar,
    only,
    opening: head.opening,
    events() {
      if (only !== undefined) {
        return list.flatMap((c, k) =>
          selectedEvents(c, k, contexts[k]!, paths[k]!, only, seriesMemo),
        );
      }
      return (function* () {
        for (let k = 0; k < list.length; k++) {
          yield* plannedEvents(list[k]!, k, contexts[k]!, paths[k]!, seriesMemo);
        }
      })();
    },
  };
}

/**
 * The events of one convening, in document order: sessions, then series. Without `only`, the lists
 * are walked in place: a stream plans every event twice and keeps no list of them.
 */
function* plannedEvents(
  convening: Convening,
  k: number,
  ctx: BuildContext,
  root: readonly (string | number)[],
  seriesMemo: Map<Series, readonly EventInput[]>,
): Generator<Planned> {
  for (let i = 0; i < convening.sessions.length; i++) {
    const planned = plannedSession(convening.sessions[i]!, i, k, ctx, root, false);
    if (planned !== undefined) yield planned;
  }
  for (let i = 0; i < convening.series.length; i++) {
    yield* plannedSeries(convening.series[i]!, i, k, ctx, root, seriesMemo);
  }
}

/**
 * The events `ids` name in one convening, in document order, as a list: the sessions and series
 * come from the index (O(ids), not O(sessions)), sorted back into document order so the output
 * does not depend on the order of the ids. A plain loop, not a generator: a page writing one
 * calendar per session pays this once per session.
 */
function selectedEvents(
  convening: Convening,
  k: number,
  ctx: BuildContext,
  root: readonly (string | number)[],
  ids: ReadonlySet<string>,
  seriesMemo: Map<Series, readonly EventInput[]>,
): Planned[] {
  const index = conveningIndex(convening);
  const sessions: { readonly session: Session; readonly index: number }[] = [];
  const series: { readonly series: Series; readonly index: number }[] = [];
  for (const id of ids) {
    const session = index.sessions.get(id);
    if (session !== undefined) sessions.push(session);
    const s = index.series.get(id);
    if (s !== undefined) series.push(s);
  }
  if (sessions.length > 1) sessions.sort((a, b) => a.index - b.index);
  if (series.length > 1) series.sort((a, b) => a.index - b.index);
  const out: Planned[] = [];
  for (const { session, index: i } of sessions) {
    // A session's description is kept with the parsed session only for calendars of a few
    // sessions (a page offering each session's .ics next to its links composes it once); a whole
    // calendar composes each once anyway.
    const planned = plannedSession(session, i, k, ctx, root, true);
    if (planned !== undefined) out.push(planned);
  }
  for (const { series: s, index: i } of series) {
    out.push(...plannedSeries(s, i, k, ctx, root, seriesMemo));
  }
  return out;
}

/** One session's event, or undefined when the calendar leaves it out. */
function plannedSession(
  session: Session,
  i: number,
  k: number,
  ctx: BuildContext,
  root: readonly (string | number)[],
  remember: boolean,
): Planned | undefined {
  const path = [...root, "sessions", i];
  eventSequence(session.sequence, ctx.convening.sequence, path);
  const outline = sessionOutline(ctx, session);
  // A REQUEST cannot carry a cancelled component (RFC 5546 §3.2.2): cancelled sessions are
  // sent with method CANCEL instead.
  if (ctx.options.method === "REQUEST" && outline.status === "CANCELLED") return undefined;
  return {
    outline,
    event: () => sessionEvent(ctx, session, outline, remember),
    path,
    id: session.id,
    ctx,
    k,
  };
}

/** A series' events: its VEVENT and overridden instances, expanded once per calendar. */
function plannedSeries(
  s: Series,
  i: number,
  k: number,
  ctx: BuildContext,
  root: readonly (string | number)[],
  seriesMemo: Map<Series, readonly EventInput[]>,
): Planned[] {
  const path = [...root, "series", i];
  let inputs = seriesMemo.get(s);
  if (inputs === undefined) {
    eventSequence(s.sequence, ctx.convening.sequence, path);
    inputs = seriesEvents(ctx, s);
    seriesMemo.set(s, inputs);
  }
  return inputs.map((input) => ({ outline: input, event: () => input, path, id: s.id, ctx, k }));
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
