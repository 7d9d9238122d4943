import { durationMinutes, localize, type Series, type SeriesInput } from "@convening/schema";
import { expandSeries, type SeriesOccurrence, toRRule, wallTime } from "@convening/time";
import type { EventInput } from "./add-event.js";
import { attendeesFor } from "./attendees.js";
import { type BuildContext, instantIn, tzidOf } from "./build-context.js";
import { contentLine } from "./content-line.js";
import { describeEvent } from "./describe-event.js";
import { eventStatus } from "./event-status.js";
import { placeOf } from "./place.js";
import { categoriesOf } from "./session-event.js";

const DAY_MS = 86_400_000;
// The DST policy RFC 5545 §3.3.5 gives clients for recurrence instances, and expandSeries' default.
const POLICY = { gap: "forward", overlap: "earlier" } as const;

const ONLY_DTSTART = "FREQ=DAILY;COUNT=1";

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * A schema duration as RFC 5545 §3.3.6 writes it, when it has days or weeks (a nominal length
 * that keeps wall time across DST); undefined when it is exact (hours, minutes, seconds), which
 * is written as DTEND. RFC 5545 forbids mixing weeks with other units, so `P1W2D` becomes `P9D`.
 */
export function nominalDuration(duration: string): string | undefined {
  const m = DURATION.exec(duration);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const [w, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (d === 0 && h === 0 && mi === 0 && s === 0) return `P${w}W`;
  const time = h + mi + s > 0 ? `T${h ? `${h}H` : ""}${mi ? `${mi}M` : ""}${s ? `${s}S` : ""}` : "";
  return `P${w * 7 + d}D${time}`;
}

/** `PT1H`, `PT1H30M`, `PT1H0M5S`: whole seconds as RFC 5545 §3.3.6 dur-time, no unit skipped. */
function exactDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (s > 0) return `PT${h > 0 ? `${h}H${m}M` : m > 0 ? `${m}M` : ""}${s}S`;
  return m > 0 ? `PT${h > 0 ? `${h}H` : ""}${m}M` : `PT${h}H`;
}

/** A start to list in RDATE or EXDATE: the instant, and the wall time the rule gives for it, if it comes from the rule. */
interface ListedStart {
  readonly iso: string;
  readonly ruleWall: string | undefined;
}

/**
 * The local wall time (`yyyyMMddTHHmmss`) the series' rule gives on `date`. In a spring-forward
 * gap it does not exist, and RFC 5545 §3.3.5 reads it with the offset before the gap: the same
 * instant as the hour after it, but a recurrence rule keeps the nominal wall time, and readers
 * match EXDATE and RECURRENCE-ID against the rule's own values.
 */
function ruleWallTime(date: string, startTime: string): string {
  return `${date.replace(/-/g, "")}T${startTime.replace(":", "")}00`;
}

/**
 * RDATE as UTC times and EXDATE as local times with the series' TZID. EXDATE must name the
 * instances exactly as the rule yields them; RDATE is an instant, and libical 3's recurrence
 * expansion reads an RDATE with a TZID as UTC, so UTC is the form every reader agrees on.
 */
function dateListLine(
  name: "RDATE" | "EXDATE",
  starts: readonly ListedStart[],
  tzid: string | undefined,
): string[] {
  if (starts.length === 0) return [];
  const local = name === "EXDATE" && tzid !== undefined;
  const values = starts.map(({ iso, ruleWall }) =>
    local
      ? (ruleWall ?? instantIn(iso, tzid).toFormat("yyyyLLdd'T'HHmmss"))
      : instantIn(iso, undefined).toFormat("yyyyLLdd'T'HHmmss'Z'"),
  );
  return [contentLine(name, values.join(","), local ? [`TZID=${tzid}`] : [])];
}

function dayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Every occurrence the series' own dates and overrides can touch, so RDATEs and instances are complete. */
function knownOccurrences(series: Series): SeriesOccurrence[] {
  const dates = [
    series.firstDate,
    ...series.extraDates,
    ...series.exceptions,
    ...series.overrides.flatMap((o) => (o.newDate ? [o.date, o.newDate] : [o.date])),
  ].map(dayMs);
  const longest = Math.max(
    durationMinutes(series.duration) ?? 0,
    ...series.overrides.map((o) => (o.duration ? (durationMinutes(o.duration) ?? 0) : 0)),
  );
  return expandSeries(series, {
    from: new Date(Math.min(...dates) - 3 * DAY_MS),
    to: new Date(Math.max(...dates) + 3 * DAY_MS + longest * 60_000),
  });
}

/** The first date the rule itself gives (DTSTART must be one, RFC 5545 §3.8.5.3), if it gives any. */
function firstRuleOccurrence(series: Series): SeriesOccurrence | undefined {
  const bare: SeriesInput = {
    ...series,
    exceptions: [],
    extraDates: [],
    overrides: [],
    status: "scheduled",
  };
  const from = dayMs(series.firstDate) - 3 * DAY_MS;
  for (const years of [2, 20, 200, 2000]) {
    const found = expandSeries(bare, {
      from: new Date(from),
      to: new Date(from + years * 366 * DAY_MS),
    }).find((o) => o.source === "rule");
    if (found) return found;
  }
  return undefined;
}

/**
 * The VEVENTs of a series: a master with DTSTART on the rule's first date, RRULE (from
 * @convening/time's toRRule), RDATE for extra dates (and for `firstDate` when the rule does not
 * give it), EXDATE for exceptions; then one RECURRENCE-ID instance per overridden occurrence, a
 * cancelled one with STATUS:CANCELLED. A REQUEST cannot carry a cancelled component (RFC 5546
 * §3.2.2), so there a cancelled occurrence becomes an EXDATE and a cancelled series is left out.
 */
export function seriesEvents(ctx: BuildContext, series: Series): EventInput[] {
  const { convening, options, lookup } = ctx;
  const request = options.method === "REQUEST";
  if (request && series.status === "cancelled") return [];
  const languages = options.languages;
  const tzid = tzidOf(series.timeZone);
  const zone = tzid ?? "UTC";
  const occurrences = knownOccurrences(series);
  const rule = series.rule === undefined ? undefined : firstRuleOccurrence(series);
  const ruleText = rule === undefined ? undefined : toRRule(series);

  // DTSTART: the rule's first date; without a rule, the earliest date the series meets on.
  const extras = occurrences.filter((o) => o.source === "extra");
  // Every date excepted and no rule left: the series never meets, so there is nothing to write.
  if (rule === undefined && extras.length === 0) return [];
  const first =
    rule ??
    [...extras].sort((a, b) => Date.parse(a.originalStart) - Date.parse(b.originalStart))[0];
  const firstStart =
    first?.originalStart ??
    wallTime({ date: series.firstDate, time: series.startTime, zone }, POLICY).toISO()!;
  // RDATE only for dates the rule does not give: ical.js yields an instant twice when RRULE and
  // RDATE coincide (kewisch/ical.js#1026).
  const rdates = extras.map((o) => o.originalStart).filter((iso) => iso !== firstStart);
  // A series of dates without a rule gets a rule that yields DTSTART alone: ical.js's iterator
  // skips DTSTART when a VEVENT has RDATE but no RRULE (kewisch/ical.js#534), while listing
  // DTSTART as an RDATE too makes libical count it twice.
  const rrule = ruleText ?? (rdates.length > 0 ? ONLY_DTSTART : undefined);
  const exdates: ListedStart[] = series.exceptions.map((date) => ({
    iso: wallTime({ date, time: series.startTime, zone }, POLICY).toISO()!,
    ruleWall: ruleWallTime(date, series.startTime),
  }));
  const ruleWallOf = (o: SeriesOccurrence) =>
    o.source === "rule" ? ruleWallTime(o.originalDate, series.startTime) : undefined;
  const overridden = occurrences.filter((o) => o.overridden);
  // A series that meets once is one plain event: its override, if any, is applied to it directly
  // rather than as a RECURRENCE-ID instance of something that does not recur.
  const single =
    rrule === undefined ? overridden.find((o) => o.originalStart === firstStart) : undefined;
  const instances =
    rrule === undefined ? [] : overridden.filter((o) => !(request && o.status === "cancelled"));
  if (request) {
    for (const o of overridden)
      if (o.status === "cancelled") exdates.push({ iso: o.originalStart, ruleWall: ruleWallOf(o) });
  }
  if (request && single?.status === "cancelled") return [];

  const start = instantIn(firstStart, tzid);
  const minutes = durationMinutes(series.duration)!;
  // DTSTART in a spring-forward gap is written as the rule's wall time, which readers may place
  // an hour apart; DURATION (not DTEND) then keeps every occurrence's length exact.
  const startWall = tzid !== undefined && first?.source === "rule" ? ruleWallOf(first) : undefined;
  const startInGap = startWall !== undefined && start.toFormat("yyyyLLdd'T'HHmmss") !== startWall;
  const nominal =
    nominalDuration(series.duration) ??
    (startInGap ? exactDuration(Math.round(minutes * 60)) : undefined);
  const group = series.groupId === undefined ? undefined : lookup.groups.get(series.groupId);
  const attendees = options.includeAttendees
    ? attendeesFor(
        {
          participants: [],
          groupMemberIds: group?.memberIds ?? [],
          targets: [series.id, convening.id],
        },
        convening,
        lookup,
        options.method,
      )
    : [];
  const untilEnd =
    series.rule?.until === undefined
      ? undefined
      : dayMs(series.rule.until) + 3 * DAY_MS + minutes * 60_000;
  const instants = [
    firstStart,
    ...rdates,
    ...exdates.map((d) => d.iso),
    ...overridden.flatMap((o) => [o.start, o.originalStart]),
  ].map(Date.parse);
  const ends = [start.toMillis() + minutes * 60_000, ...occurrences.map((o) => Date.parse(o.end))];
  const span = {
    fromMs: Math.min(...instants),
    toMs: Math.max(...ends, untilEnd ?? 0),
    open: ruleText !== undefined && untilEnd === undefined,
  };

  const common = (
    text: string | undefined,
    venueId: string | undefined,
    own: "scheduled" | "cancelled",
  ) => {
    const venue = venueId === undefined ? undefined : lookup.venues.get(venueId);
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
  };

  const base = {
    uid: `${series.id}@${options.domain}`,
    sequence: series.sequence + convening.sequence,
    updatedAt: series.updatedAt,
    tzid,
    categories: categoriesOf(series.kind, undefined),
    pageUrl: series.url ?? convening.url,
    attendees,
    span,
  };
  const masterStatus = single?.status ?? series.status;
  const master = common(
    localize(single?.description ?? series.description, languages),
    single?.venueId ?? series.venueId,
    masterStatus,
  );
  const masterStart = single ? instantIn(single.start, tzid) : start;
  const events: EventInput[] = [
    {
      ...base,
      ...master,
      start: masterStart,
      end: single
        ? instantIn(single.end, tzid)
        : nominal === undefined
          ? start.plus({ minutes })
          : undefined,
      duration: single ? undefined : nominal,
      recurrenceId: undefined,
      rrule,
      recurrenceLines:
        rrule === undefined
          ? []
          : [
              ...dateListLine(
                "RDATE",
                rdates.map((iso) => ({ iso, ruleWall: undefined })),
                tzid,
              ),
              ...dateListLine("EXDATE", exdates, tzid),
            ],
      summary: localize(single?.title ?? series.title, languages),
      wallTimes: single || !startInGap ? undefined : { start: startWall },
    },
  ];
  for (const o of instances) {
    const own = common(
      localize(o.description ?? series.description, languages),
      o.venueId ?? series.venueId,
      o.status,
    );
    events.push({
      ...base,
      ...own,
      start: instantIn(o.start, tzid),
      end: instantIn(o.end, tzid),
      duration: undefined,
      recurrenceId: instantIn(o.originalStart, tzid),
      rrule: undefined,
      recurrenceLines: [],
      summary: localize(o.title ?? series.title, languages),
      wallTimes: tzid === undefined ? undefined : { recurrenceId: ruleWallOf(o) },
    });
  }
  return events;
}
