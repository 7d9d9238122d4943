import { durationMinutes, localize } from "@convening/core";
import type { Series } from "@convening/schema";
import type { SeriesOccurrence } from "@convening/time";
import type { EventInput } from "./add-event.js";
import { attendeesFor } from "./attendees.js";
import { type BuildContext, instantIn, tzidOf } from "./build-context.js";
import type { ZoneSpan } from "./convening-event.js";
import { describeEvent } from "./describe-event.js";
import { eventStatus } from "./event-status.js";
import { placeOf } from "./place.js";
import {
  dateListLine,
  exceptionStarts,
  type ListedStart,
  type RuleDates,
  ruleDates,
  ruleWallOf,
} from "./series-dates.js";
import { exactDuration, nominalDuration } from "./series-duration.js";
import { dayMs, expandOnce, type SeriesExpansion } from "./series-occurrences.js";
import { categoriesOf } from "./session-event.js";
import { ZonedInstant } from "./zoned-instant.js";

const DAY_MS = 86_400_000;

/** The overridden occurrences, and how each is written. */
interface OverrideInstances {
  readonly overridden: readonly SeriesOccurrence[];
  /** The override of a series that meets once, applied to its one event directly. */
  readonly single: SeriesOccurrence | undefined;
  /** The occurrences written as RECURRENCE-ID instances. */
  readonly instances: readonly SeriesOccurrence[];
}

/**
 * One RECURRENCE-ID instance per overridden occurrence; a series that meets once is one plain
 * event, its override applied to it directly rather than as an instance of something that does
 * not recur. A REQUEST leaves cancelled occurrences out (they become EXDATEs).
 */
function overrideInstances(
  expansion: SeriesExpansion,
  dates: RuleDates,
  request: boolean,
): OverrideInstances {
  const overridden = expansion.occurrences.filter((o) => o.overridden);
  if (dates.rrule === undefined) {
    const single = overridden.find((o) => o.originalStart === dates.firstStart);
    return { overridden, single, instances: [] };
  }
  const instances = overridden.filter((o) => !(request && o.status === "cancelled"));
  return { overridden, single: undefined, instances };
}

/** Everything the VEVENTs of a series are written from. */
interface SeriesPlan {
  readonly series: Series;
  readonly tzid: string | undefined;
  readonly expansion: SeriesExpansion;
  readonly dates: RuleDates;
  readonly exdates: readonly ListedStart[];
  readonly overrides: OverrideInstances;
}

/** The rule's wall time for `ruleWall`'s occurrence when it is not `instant`'s (a spring-forward gap). */
function gapWall(ruleWall: string | undefined, instant: ZonedInstant): string | undefined {
  return ruleWall !== undefined && instant.wall !== ruleWall ? ruleWall : undefined;
}

/** What the series' VTIMEZONE must cover: every instant written, every end, and UNTIL. */
function seriesSpan(plan: SeriesPlan): ZoneSpan {
  const { series, dates, exdates, overrides, expansion } = plan;
  const minutes = durationMinutes(series.duration)!;
  const untilEnd =
    series.rule?.until === undefined
      ? undefined
      : dayMs(series.rule.until) + 3 * DAY_MS + minutes * 60_000;
  const instants = [
    dates.firstStart,
    ...dates.rdates,
    ...exdates.map((d) => d.iso),
    ...overrides.overridden.flatMap((o) => [o.start, o.originalStart]),
  ].map(Date.parse);
  const ends = [
    Date.parse(dates.firstStart) + minutes * 60_000,
    ...expansion.occurrences.map((o) => Date.parse(o.end)),
  ];
  return {
    fromMs: Math.min(...instants),
    toMs: Math.max(...ends, untilEnd ?? 0),
    open: dates.ruleText !== undefined && untilEnd === undefined,
  };
}

type SharedInput = Pick<
  EventInput,
  "uid" | "sequence" | "updatedAt" | "tzid" | "categories" | "pageUrl" | "attendees" | "span"
>;

/** What the master and its instances share: identity, revision, categories, attendees, span. */
function sharedInput(ctx: BuildContext, plan: SeriesPlan, span: ZoneSpan): SharedInput {
  const { convening, options, lookup } = ctx;
  const { series } = plan;
  const group = series.groupId === undefined ? undefined : lookup.groups.get(series.groupId);
  const attendees =
    options.includeAttendees || options.attendeeIds !== undefined
      ? attendeesFor(
          {
            participants: [],
            groupMemberIds: group?.memberIds ?? [],
            targets: [series.id, convening.id],
          },
          convening,
          lookup,
          options.method,
          options.attendeeIds,
        )
      : [];
  return {
    uid: `${series.id}@${options.domain}`,
    sequence: series.sequence + convening.sequence,
    updatedAt: series.updatedAt,
    tzid: plan.tzid,
    categories: categoriesOf(series.kind, undefined),
    pageUrl: series.url ?? convening.url,
    attendees,
    span,
  };
}

/** Place, STATUS and DESCRIPTION of the master or one instance. */
function ownInput(
  ctx: BuildContext,
  series: Series,
  text: string | undefined,
  venueId: string | undefined,
  own: "scheduled" | "cancelled",
): Pick<EventInput, "place" | "status" | "description"> {
  const { convening, options, lookup } = ctx;
  const languages = options.languages;
  const venue = venueId === undefined ? undefined : lookup.venues.get(venueId);
  const group = series.groupId === undefined ? undefined : lookup.groups.get(series.groupId);
  const movedOnline = convening.status === "moved-online";
  const place = placeOf(
    venue,
    options.audience,
    languages,
    convening.attendanceMode === "online" || movedOnline,
    movedOnline,
  );
  const status = eventStatus(own, convening.status, options.method);
  const description = describeEvent(
    {
      text,
      statusNote: status.note,
      groupName: group === undefined ? undefined : localize(group.name, languages),
      participants: [],
      languages: convening.languages,
      qaLanguage: undefined,
      interpretation: [],
      accessibility: undefined,
      materials: [],
      place,
      registrationUrl: convening.registration?.url,
      pageUrl: series.url ?? convening.url,
    },
    lookup,
    languages,
  );
  return { place, status: status.status, description };
}

/**
 * The master VEVENT: DTSTART, RRULE, RDATE, EXDATE, and DTEND or DURATION. DTSTART in a
 * spring-forward gap is written as the rule's wall time, which readers may place an hour apart;
 * DURATION (not DTEND) then keeps every occurrence's length exact.
 */
function masterEvent(ctx: BuildContext, plan: SeriesPlan, shared: SharedInput): EventInput {
  const { series, tzid, dates, exdates } = plan;
  const { single } = plan.overrides;
  const languages = ctx.options.languages;
  const start = instantIn(dates.firstStart, tzid);
  const minutes = durationMinutes(series.duration)!;
  const startWall =
    tzid === undefined ? undefined : gapWall(ruleWallOf(series, dates.first), start);
  const nominal =
    nominalDuration(series.duration) ??
    (startWall !== undefined ? exactDuration(Math.round(minutes * 60)) : undefined);
  const own = ownInput(
    ctx,
    series,
    localize(single?.description ?? series.description, languages),
    single?.venueId ?? series.venueId,
    single?.status ?? series.status,
  );
  return {
    ...shared,
    ...own,
    start: single ? instantIn(single.start, tzid) : start,
    end: single
      ? instantIn(single.end, tzid)
      : nominal === undefined
        ? // Hours and minutes are exact lengths (RFC 5545 §3.3.6), so DTEND is start plus them.
          new ZonedInstant(start.ms + Math.round(minutes * 60_000), start.zone)
        : undefined,
    duration: single ? undefined : nominal,
    recurrenceId: undefined,
    rrule: dates.rrule,
    recurrenceLines:
      dates.rrule === undefined
        ? []
        : [
            ...dateListLine(
              "RDATE",
              dates.rdates.map((iso) => ({ iso, ruleWall: undefined })),
              tzid,
            ),
            ...dateListLine("EXDATE", exdates, tzid),
          ],
    summary: localize(single?.title ?? series.title, languages),
    wallTimes: single || startWall === undefined ? undefined : { start: startWall },
  };
}

/** One RECURRENCE-ID instance, named by the rule's wall time for its original date. */
function instanceEvent(
  ctx: BuildContext,
  plan: SeriesPlan,
  shared: SharedInput,
  o: SeriesOccurrence,
): EventInput {
  const { series, tzid } = plan;
  const languages = ctx.options.languages;
  const recurrenceId = instantIn(o.originalStart, tzid);
  const recurrenceWall =
    tzid === undefined ? undefined : gapWall(ruleWallOf(series, o), recurrenceId);
  return {
    ...shared,
    ...ownInput(
      ctx,
      series,
      localize(o.description ?? series.description, languages),
      o.venueId ?? series.venueId,
      o.status,
    ),
    start: instantIn(o.start, tzid),
    end: instantIn(o.end, tzid),
    duration: undefined,
    recurrenceId,
    rrule: undefined,
    recurrenceLines: [],
    summary: localize(o.title ?? series.title, languages),
    wallTimes: recurrenceWall === undefined ? undefined : { recurrenceId: recurrenceWall },
  };
}

/**
 * The VEVENTs of a series: a master with DTSTART on the rule's first date, RRULE (from
 * @convening/time's toRRule), RDATE for extra dates (and for `firstDate` when the rule does not
 * give it), EXDATE for exceptions; then one RECURRENCE-ID instance per overridden occurrence, a
 * cancelled one with STATUS:CANCELLED. A REQUEST cannot carry a cancelled component (RFC 5546
 * §3.2.2), so there a cancelled occurrence becomes an EXDATE, and a cancelled series, or any
 * series of a cancelled or postponed convening, is left out.
 * Steps: occurrences (one expandSeries call) → rule and listed dates → exceptions → override
 * instances → event inputs.
 */
export function seriesEvents(ctx: BuildContext, series: Series): EventInput[] {
  const request = ctx.options.method === "REQUEST";
  if (request && series.status === "cancelled") return [];
  const tzid = tzidOf(series.timeZone);
  const expansion = expandOnce(series);
  const dates = ruleDates(series, expansion);
  if (dates === undefined) return [];
  const overrides = overrideInstances(expansion, dates, request);
  const exdates = exceptionStarts(series, tzid, overrides.overridden, request);
  if (request && overrides.single?.status === "cancelled") return [];
  const plan: SeriesPlan = { series, tzid, expansion, dates, exdates, overrides };
  const shared = sharedInput(ctx, plan, seriesSpan(plan));
  const events = [
    masterEvent(ctx, plan, shared),
    ...overrides.instances.map((o) => instanceEvent(ctx, plan, shared, o)),
  ];
  // A cancelled or postponed convening cancels every event it holds (event-status.ts): a REQUEST
  // leaves them all out, as it does the convening's sessions.
  return request ? events.filter((e) => e.status !== "CANCELLED") : events;
}
