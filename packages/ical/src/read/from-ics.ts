import type {
  ConveningInput,
  SeriesInput,
  SeriesOverride,
  SessionInput,
  SessionKind,
} from "@convening/schema";
import { safeParseConvening } from "@convening/schema";
import ICAL from "ical.js";
import { KIND_LABELS } from "../labels.js";
import { allDayOf } from "./all-day-event.js";
import { expandAllDay } from "./all-day-rule.js";
import { checkLines } from "./check-lines.js";
import { FloatingTimeError, IcsSyntaxError } from "./errors.js";
import { outlineCalendars } from "./event-blocks.js";
import {
  type FromIcsOptions,
  type ResolvedImportOptions,
  resolveImportOptions,
} from "./from-ics-options.js";
import { dateOf, instantOf, timeOf, type Wall } from "./ics-time.js";
import { IdPool, idFromUid } from "./ids.js";
import type { IcsImportResult, IcsImportWarning } from "./import-result.js";
import { latestInstances } from "./latest-instances.js";
import { instantText, localWall } from "./local-wall.js";
import { PlacesAndPeople } from "./places-and-people.js";
import { type RawEvent, readEvent, type TimeValue } from "./read-event.js";
import { readRule } from "./recurrence-rule.js";
import { stallingRule } from "./stalling-rule.js";
import { multiLineText, singleLineText, webUrlOf } from "./text-values.js";
import { VtimezoneDisagreement } from "./vtimezone-disagreement.js";
import { windowsZone } from "./windows-zone.js";
import { ianaZone, type ZoneReading, ZoneResolver } from "./zone-resolver.js";

type Component = InstanceType<typeof ICAL.Component>;

const DAY_MS = 86_400_000;
// Bounds on expanding a rule no series holds: occurrences kept, and iterator steps taken (a rule
// such as FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 never yields and must still stop).
const MAX_EXPANDED = 1000;
const MAX_STEPS = 100_000;

const KIND_BY_LABEL = new Map(
  Object.entries(KIND_LABELS).map(([kind, label]) => [label.toLowerCase(), kind as SessionKind]),
);

/** A time placed on the timeline: its instant, and its zone of intent when the file names one. */
interface Placed {
  readonly ms: number;
  readonly zone: string | undefined;
  /** How the wall time was read, to read the rule's other wall times the same way. */
  readonly reading: ZoneReading | "utc";
}

/** One VEVENT with its UID and where it came from. */
interface Event {
  readonly raw: RawEvent;
  readonly uid: string;
}

/** Everything one import shares. */
class Import {
  readonly warnings: IcsImportWarning[] = [];
  readonly places = new PlacesAndPeople();
  readonly ids = new IdPool();
  readonly sessions: SessionInput[] = [];
  readonly series: SeriesInput[] = [];
  /** The UID behind each session and series, for warnings when parseConvening refuses one. */
  readonly sessionUids: string[] = [];
  readonly seriesUids: string[] = [];
  readonly floatingUids = new Set<string>();
  readonly zonesUsed = new Map<string, number>();
  resolver!: ZoneResolver;
  disagreement!: VtimezoneDisagreement;
  floatingZone: string | undefined;

  constructor(readonly options: ResolvedImportOptions) {}

  warn(code: string, uid: string | undefined, message: string): void {
    this.warnings.push({ code, uid, message });
  }

  /** Places a date-time; undefined for a floating time with no zone to read it in. */
  place(tv: TimeValue, uid: string): Placed | undefined {
    if (tv.wall.utc) return { ms: instantOf(tv.wall, "utc"), zone: undefined, reading: "utc" };
    const reading: ZoneReading | undefined =
      tv.tzid === undefined ? undefined : this.resolver.resolve(tv.tzid);
    if (reading !== undefined && reading.kind !== "unknown") {
      const zone = reading.kind === "zone" ? reading.zone : undefined;
      if (zone !== undefined) this.zonesUsed.set(zone, (this.zonesUsed.get(zone) ?? 0) + 1);
      const ms = instantOf(tv.wall, reading);
      if (zone !== undefined) this.disagreement.note(tv.tzid!, zone, ms, uid);
      return { ms, zone, reading };
    }
    if (this.floatingZone === undefined) {
      this.floatingUids.add(uid);
      return undefined;
    }
    const floating: ZoneReading = { kind: "zone", zone: this.floatingZone };
    return { ms: instantOf(tv.wall, floating), zone: this.floatingZone, reading: floating };
  }
}

/**
 * Reads an iCalendar file (RFC 5545) into a convening: each VEVENT becomes a session, or a series
 * when it recurs in a way the model holds (RRULE, RDATE, EXDATE and RECURRENCE-ID instances as
 * rule, extra dates, exceptions and overrides); a rule the model cannot hold is expanded into
 * sessions inside `from`/`to`, with a warning naming its UID and rule. TZIDs are read as IANA ids,
 * Windows names (CLDR windowsZones), or by matching their VTIMEZONE against the runtime's zones;
 * a VTIMEZONE that matches none still gives exact instants. Titles, descriptions, STATUS, SEQUENCE,
 * LAST-MODIFIED, CATEGORIES, LOCATION/GEO/CONFERENCE (venues, join links private) and
 * ORGANIZER/ATTENDEE (private members with their e-mails, participants with roles) are kept.
 * Ids come from UIDs, so `fromICS(toICS(c))` keeps every session and series id. The result is what
 * `parseConvening` returned; an event it refuses is left out with a warning.
 *
 * Steps: check lines → ical.js parse → zones → events → sessions and series → parseConvening.
 *
 * @throws {IcsSyntaxError} when the text is not iCalendar, is truncated or has a broken line (with its line number).
 * @throws {FloatingTimeError} when events have floating times and no zone is given or named.
 * @throws {ImportOptionsError} when an option is invalid.
 * @example
 * ```ts
 * import { fromICS } from "@convening/ical/read";
 *
 * const { convening, warnings } = fromICS(await (await fetch(feedUrl)).text(), {
 *   id: "team-calls",
 *   floatingZone: "Europe/Berlin",
 * });
 * convening.sessions.length;
 * for (const w of warnings) console.warn(w.code, w.uid, w.message);
 * ```
 */
export function fromICS(text: string, options: FromIcsOptions = {}): IcsImportResult {
  const resolved = resolveImportOptions(options);
  if (typeof text !== "string")
    throw new IcsSyntaxError(1, text, "the iCalendar text must be a string");
  checkLines(text);
  const run = new Import(resolved);
  const { hint, calName } = readAndImport(text, run);
  if (run.floatingUids.size > 0) throw new FloatingTimeError([...run.floatingUids]);

  const timeZone = resolved.timeZone ?? hint ?? mostUsed(run.zonesUsed) ?? "UTC";
  // A session with no zone of its own (a VTIMEZONE no zone matches) takes the convening's, so its
  // instants are written with that zone's offsets: the same moments, an offset parseConvening accepts.
  for (const s of run.sessions) {
    // All-day sessions hold dates, not instants: nothing to rewrite.
    if (s.timeZone !== undefined || s.start === undefined || s.end === undefined) continue;
    s.start = instantText(Date.parse(s.start), timeZone);
    s.end = instantText(Date.parse(s.end), timeZone);
  }
  const doc: ConveningInput = {
    id:
      resolved.id ??
      (calName === undefined
        ? "imported-calendar"
        : new IdPool().take(calName, "imported-calendar")),
    title: resolved.title ?? calName ?? "Imported calendar",
    timeZone,
    startDate: "1970-01-01",
    endDate: "1970-01-01",
    venues: run.places.venues,
    people: run.places.people,
    sessions: run.sessions,
    series: run.series,
  };
  return { convening: parseWithDrops(run, doc), warnings: run.warnings };
}

/**
 * Reads the events and imports them as sessions and series, in a function of its own so the raw
 * events are garbage before parseConvening builds its copy of the sessions: peak memory holds the
 * sessions twice at most, never the raw events as well.
 */
function readAndImport(text: string, run: Import) {
  const { vtimezones, wrZone, calName, events } = readCalendars(text, run);
  const hint = wrZone === undefined ? undefined : (ianaZone(wrZone) ?? windowsZone(wrZone));
  const years = yearSpan(events);
  run.resolver = new ZoneResolver(vtimezones, hint, years, run.warnings);
  run.disagreement = new VtimezoneDisagreement(vtimezones, years, run.warnings);
  run.floatingZone = run.options.floatingZone ?? hint ?? run.options.timeZone;
  importEvents(run, events);
  return { hint, calName };
}

/**
 * What fromICS takes from the file: VTIMEZONEs by TZID, calendar names, raw events. ical.js parses
 * the calendars' skeleton (everything but their VEVENTs) once, and each VEVENT on its own, read
 * into a RawEvent straight from its jCal: the tree of the whole file never exists, so memory
 * stays near the text plus the events read (see event-blocks.ts).
 */
function readCalendars(text: string, run: Import) {
  // checkLines allows a byte-order mark (Windows editors write one); ical.js does not.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { blocks, skeleton } = outlineCalendars(body);
  const calendars = parseCalendars(skeleton, body);
  const vtimezones = new Map<string, Component>();
  let wrZone: string | undefined;
  let calName: string | undefined;
  for (const calendar of calendars) {
    for (const vtz of calendar.getAllSubcomponents("vtimezone")) {
      const tzid = vtz.getFirstPropertyValue("tzid");
      // A copy without `parent`, which would keep the whole file's tree alive.
      if (typeof tzid === "string") vtimezones.set(tzid, new ICAL.Component(vtz.toJSON()));
    }
    wrZone ??= stringProp(calendar, "x-wr-timezone");
    calName ??= singleLineText(
      stringProp(calendar, "x-wr-calname") ?? stringProp(calendar, "name"),
    );
  }
  const events: Event[] = [];
  const unreadable: { line: number; warning: IcsImportWarning }[] = [];
  const later: IcsImportWarning[] = [];
  let n = 0;
  for (const block of blocks) {
    const source = body.slice(block.from, block.to);
    let jcal: unknown;
    try {
      jcal = ICAL.parse(source);
    } catch (error) {
      // ical.js refuses a whole file for one value it cannot decode (an unknown FREQ, Exchange
      // CDO's `BYDAY= TU`): that event alone is left out, named by its UID and line.
      unreadable.push({ line: block.line, warning: unreadableEvent(source, block.line, error) });
      continue;
    }
    n++;
    let raw: RawEvent;
    try {
      raw = readEvent(jcal);
    } catch (error) {
      later.push({
        code: "event_skipped",
        uid: undefined,
        message: `event ${n} left out: ${(error as Error).message}`,
      });
      continue;
    }
    let uid = raw.uid?.trim();
    if (uid === undefined || uid === "") {
      uid = `event-${n}`;
      later.push({
        code: "field_dropped",
        uid,
        message: `event ${n} has no UID (RFC 5545 §3.8.4.7): named ${uid}`,
      });
    }
    events.push({ raw, uid });
  }
  // The unreadable events first, in file order, then what reading the others found.
  unreadable.sort((x, y) => x.line - y.line);
  for (const u of unreadable) run.warnings.push(u.warning);
  run.warnings.push(...later);
  return { vtimezones, wrZone, calName, events };
}

function stringProp(c: Component, name: string): string | undefined {
  const v = c.getFirstPropertyValue(name);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

/** The skeleton's calendars: each top-level component, and each VCALENDAR nested in a calendar. */
function parseCalendars(skeleton: string, body: string): Component[] {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(skeleton);
  } catch (error) {
    // A problem outside every VEVENT refuses the file.
    throw new IcsSyntaxError(
      1,
      body.slice(0, 80),
      `ical.js cannot read it: ${(error as Error).message}`,
    );
  }
  const list = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  // A VCALENDAR nested in another (libical's smallcluster.ics) is read as one more calendar.
  const out: Component[] = [];
  const visit = (c: Component) => {
    out.push(c);
    for (const inner of c.getAllSubcomponents("vcalendar")) visit(inner);
  };
  for (const j of list) visit(new ICAL.Component(j as never));
  return out;
}

/** The warning for a VEVENT ical.js cannot read, naming its line and, if it has one, its UID. */
function unreadableEvent(source: string, line: number, error: unknown): IcsImportWarning {
  const uid = source
    .split(/\r\n|\n|\r/)
    .find((l) => /^UID[:;]/i.test(l))
    ?.replace(/^[^:]*:/, "")
    .trim();
  return {
    code: "event_skipped",
    uid,
    message: `event at line ${line}${uid === undefined ? "" : ` (UID ${JSON.stringify(uid)})`} left out: ical.js cannot read it: ${(error as Error).message}`,
  };
}

/** The years the events use, for matching VTIMEZONEs: at most 30, from the earliest DTSTART. */
function yearSpan(events: readonly Event[]): { from: number; to: number } {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const { raw } of events) {
    for (const tv of [raw.start, raw.end, raw.recurrenceId]) {
      if (tv === undefined) continue;
      from = Math.min(from, tv.wall.year);
      to = Math.max(to, tv.wall.year);
    }
  }
  if (!Number.isFinite(from)) return { from: 2000, to: 2000 };
  return {
    from,
    to: Math.min(to + (events.some((e) => e.raw.rrules.length > 0) ? 1 : 0), from + 30),
  };
}

function mostUsed(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [zone, count] of counts) if (count > most) [best, most] = [zone, count];
  return best;
}

/**
 * Events by UID: the master (no RECURRENCE-ID), the highest SEQUENCE kept, and its instances.
 * Consumes `events`: each event is let go once imported, so the raw events and the sessions built
 * from them are not all held at once.
 */
function importEvents(run: Import, events: Event[]): void {
  const masters = new Map<string, Event>();
  const instances = new Map<string, Event[]>();
  for (const e of events) {
    if (e.raw.recurrenceId !== undefined) {
      const list = instances.get(e.uid) ?? [];
      list.push(e);
      instances.set(e.uid, list);
      continue;
    }
    const known = masters.get(e.uid);
    if (known !== undefined) {
      run.warn(
        "duplicate_uid",
        e.uid,
        `UID ${JSON.stringify(e.uid)} appears twice: the one with the higher SEQUENCE is kept`,
      );
      if ((e.raw.sequence ?? 0) <= (known.raw.sequence ?? 0)) continue;
    }
    masters.set(e.uid, e);
  }
  for (const [uid, list] of instances) {
    const { kept, superseded } = latestInstances(list);
    for (const { dropped, kept: winner } of superseded)
      run.warn(
        "duplicate_uid",
        uid,
        `UID ${JSON.stringify(uid)} has two VEVENTs for RECURRENCE-ID ${ridText(dropped.raw.recurrenceId!)}: the one with SEQUENCE ${winner.raw.sequence ?? 0} is kept, the one with ${dropped.raw.sequence ?? 0} left out`,
      );
    instances.set(uid, kept);
  }
  events.length = 0;
  const orphans = [...instances].filter(([uid]) => !masters.has(uid));
  for (const [uid, master] of masters) {
    masters.delete(uid);
    const own = instances.get(uid) ?? [];
    instances.delete(uid);
    // One event's values that no session can hold (a DURATION of ten billion weeks) cost only
    // that event; the toolkit's typed errors name the value.
    const before = { sessions: run.sessions.length, series: run.series.length };
    try {
      importMaster(run, master, own);
    } catch (error) {
      run.sessions.length = before.sessions;
      run.sessionUids.length = before.sessions;
      run.series.length = before.series;
      run.seriesUids.length = before.series;
      run.warn(
        "event_skipped",
        uid,
        `event ${JSON.stringify(uid)} left out: ${(error as Error).message}`,
      );
    }
  }
  for (const [uid, list] of orphans) {
    for (const e of list) {
      run.warn(
        "orphan_instance",
        uid,
        `UID ${JSON.stringify(uid)} has a RECURRENCE-ID instance but no event it belongs to: imported as a session`,
      );
      const rid = run.place(e.raw.recurrenceId!, uid);
      const suffix = rid === undefined ? "instance" : stamp(localWall(rid.ms, rid.zone ?? "UTC"));
      importSession(run, e, `${idFromUid(uid)}-${suffix}`);
    }
  }
}

/** A RECURRENCE-ID as written, for warnings: `2024-01-02 10:00:00Z`, with its TZID. */
function ridText(rid: TimeValue): string {
  const time = rid.wall.isDate ? "" : ` ${timeOf(rid.wall)}${rid.wall.utc ? "Z" : ""}`;
  return `${dateOf(rid.wall)}${time}${rid.tzid === undefined ? "" : ` (${rid.tzid})`}`;
}

/** `20220315T1500`: an occurrence's local start, for ids of expanded occurrences. */
function stamp(w: Wall): string {
  return `${dateOf(w).replace(/-/g, "")}T${timeOf(w).slice(0, 5).replace(":", "")}`;
}

function importMaster(run: Import, e: Event, instances: readonly Event[]): void {
  const { raw, uid } = e;
  if (raw.start === undefined) {
    run.warn("event_skipped", uid, `event ${JSON.stringify(uid)} left out: it has no DTSTART`);
    return;
  }
  if (raw.start.wall.isDate) {
    if (raw.rrules.length === 0 && raw.rdates.length === 0 && raw.periods.length === 0)
      importAllDay(run, e);
    else importAllDayRule(run, e, instances);
    return;
  }
  if (raw.rrules.length === 0 && raw.rdates.length === 0) {
    importSession(run, e, idFromUid(uid));
    return;
  }
  const reason = importSeries(run, e, instances);
  if (reason !== undefined) expandRule(run, e, instances, reason);
}

/** DTEND, else DTSTART + DURATION, as an instant; undefined for a floating time with no zone. */
function endOf(run: Import, raw: RawEvent, uid: string, start: Placed): number | undefined {
  if (raw.end !== undefined && !raw.end.wall.isDate) return run.place(raw.end, uid)?.ms;
  if (raw.duration !== undefined) return start.ms + durationMs(raw.duration, start);
  return start.ms;
}

/** A DURATION's length from a start: days and weeks are nominal (RFC 5545 §3.3.6), the rest exact. */
function durationMs(d: InstanceType<typeof ICAL.Duration>, start: Placed): number {
  const days = d.weeks * 7 + d.days;
  const exact = ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000 * (d.isNegative ? -1 : 1);
  if (days === 0 || start.zone === undefined)
    return days * DAY_MS * (d.isNegative ? -1 : 1) + exact;
  const w = localWall(start.ms, start.zone);
  const moved = new Date(
    Date.UTC(
      w.year,
      w.month - 1,
      w.day + days * (d.isNegative ? -1 : 1),
      w.hour,
      w.minute,
      w.second,
    ),
  );
  const wall = {
    ...w,
    year: moved.getUTCFullYear(),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
  };
  return instantOf(wall, { kind: "zone", zone: start.zone }) - start.ms + exact;
}

/** What every session and series takes from its VEVENT. */
interface Common {
  title: string;
  description?: string;
  kind?: SessionKind;
  tags: string[];
  venueId?: string;
  url?: string;
  sequence: number;
  updatedAt?: string;
}

/**
 * What every session and series takes from its VEVENT (keys set only when there is a value),
 * written into `into` after the keys it has.
 */
function common(run: Import, raw: RawEvent): Common;
function common<T extends object>(run: Import, raw: RawEvent, into: T): T & Common;
function common(run: Import, raw: RawEvent, into: object = {}): Common {
  let kind: SessionKind | undefined;
  const tags = new Set<string>();
  for (const category of raw.categories) {
    const k = KIND_BY_LABEL.get(category.toLowerCase());
    if (kind === undefined && k !== undefined) kind = k;
    else {
      const tag = singleLineText(category, 100);
      if (tag !== undefined) tags.add(tag);
    }
  }
  const description = multiLineText(raw.description);
  const venueId = run.places.venueOf(raw);
  const url = webUrlOf(raw.url);
  // Keys in the order the schema lists them, each only when it has a value.
  const out = into as Common;
  out.title = singleLineText(raw.summary) ?? "(no title)";
  if (description !== undefined) out.description = description;
  if (kind !== undefined) out.kind = kind;
  out.tags = [...tags];
  if (venueId !== undefined) out.venueId = venueId;
  // URL is the join link when it repeats a CONFERENCE (toICS writes it so), else the event's page.
  if (url !== undefined && !raw.conferences.some((c) => webUrlOf(c) === url)) out.url = url;
  out.sequence = raw.sequence ?? 0;
  if (raw.lastModified?.wall.utc)
    out.updatedAt = new Date(instantOf(raw.lastModified.wall, "utc"))
      .toISOString()
      .replace(".000Z", "Z");
  return out;
}

function statusOf(status: string | undefined): SessionInput["status"] {
  return status === "CANCELLED" ? "cancelled" : status === "TENTATIVE" ? "tentative" : "scheduled";
}

function importSession(
  run: Import,
  e: Event,
  wantedId: string,
  at?: { start: number; end: number; zone: string | undefined },
): void {
  const { raw, uid } = e;
  let startMs: number;
  let endMs: number | undefined;
  let zone: string | undefined;
  if (at !== undefined) {
    ({ start: startMs, end: endMs, zone } = at);
  } else {
    if (raw.start === undefined || raw.start.wall.isDate) {
      run.warn(
        "event_skipped",
        uid,
        `event ${JSON.stringify(uid)} left out: it has no DTSTART with a time`,
      );
      return;
    }
    const start = run.place(raw.start, uid);
    if (start === undefined) return;
    startMs = start.ms;
    zone = start.zone;
    endMs = endOf(run, raw, uid, start);
  }
  if (endMs === undefined) return;
  if (endMs <= startMs) {
    run.warn(
      "event_skipped",
      uid,
      `event ${JSON.stringify(uid)} left out: it ends ${endMs === startMs ? "when it starts" : "before it starts"}, and a session has a length`,
    );
    return;
  }
  const id = run.ids.take(wantedId, "session");
  const timeZone = zone ?? "UTC";
  // Built field by field, not spread: one object per session of a file of a hundred thousand.
  const session: SessionInput = common(run, raw, { id } as SessionInput);
  session.start = instantText(startMs, timeZone);
  session.end = instantText(endMs, timeZone);
  if (zone !== undefined) session.timeZone = zone;
  session.status = statusOf(raw.status);
  session.participants = run.places.participantsOf(raw);
  run.sessions.push(session);
  run.sessionUids.push(uid);
}

/** A VALUE=DATE event as an all-day session: its days, no instants, no zone of its own. */
function importAllDay(run: Import, e: Event): void {
  const days = allDayOf(e.raw);
  if ("reason" in days) {
    run.warn("event_skipped", e.uid, `event ${JSON.stringify(e.uid)} left out: ${days.reason}`);
    return;
  }
  run.sessions.push({
    id: run.ids.take(idFromUid(e.uid), "session"),
    ...common(run, e.raw),
    allDay: days,
    status: statusOf(e.raw.status),
    participants: run.places.participantsOf(e.raw),
  });
  run.sessionUids.push(e.uid);
}

/**
 * A recurring VALUE=DATE event: a series holds times, not days, so its occurrences inside
 * from/to become all-day sessions (all-day-rule.ts), with `rule_expanded` naming the UID and rule.
 * Ids are the UID's and the original date (`birthday-20240503`), so a moved occurrence keeps its id.
 */
function importAllDayRule(run: Import, e: Event, instances: readonly Event[]): void {
  const { raw, uid } = e;
  const window = { fromMs: run.options.fromMs, toMs: run.options.toMs, limit: MAX_EXPANDED };
  const x = expandAllDay(
    raw,
    instances.map((i) => i.raw),
    window,
  );
  if ("reason" in x) {
    const of = x.instance === undefined ? "" : " (its RECURRENCE-ID instance)";
    run.warn("all_day_skipped", uid, `event ${JSON.stringify(uid)} left out${of}: ${x.reason}`);
    return;
  }
  const base = idFromUid(uid).slice(0, 110);
  for (const o of x.occurrences) {
    const id = `${base}-${o.original.replace(/-/g, "")}`;
    const inst = o.instance === undefined ? e : instances[o.instance]!;
    if (o.days === undefined) {
      importSession(run, inst, id);
      continue;
    }
    run.sessions.push({
      id: run.ids.take(id, "session"),
      ...common(run, inst.raw),
      allDay: o.days,
      status: statusOf(inst.raw.status),
      participants: run.places.participantsOf(inst.raw),
    });
    run.sessionUids.push(uid);
  }
  const rules = raw.rrules.map((r) => `RRULE:${r.toString()}`).join(", ") || "RDATE";
  run.warn(
    "rule_expanded",
    uid,
    `event ${JSON.stringify(uid)} is an all-day event recurring by ${rules}, which a series cannot hold (a series has times, not days): expanded into ${x.occurrences.length} all-day sessions from ${x.from} to ${x.to}${x.truncated ? ` (cut at ${MAX_EXPANDED})` : ""}`,
  );
}

function minutesText(ms: number): string | undefined {
  const minutes = ms / 60_000;
  if (!Number.isInteger(minutes) || minutes <= 0) return undefined;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}`;
}

function localDate(ms: number, zone: string): string {
  return dateOf(localWall(ms, zone));
}

/** A series for a recurring VEVENT, or the reason the model cannot hold it. */
function importSeries(run: Import, e: Event, instances: readonly Event[]): string | undefined {
  const { raw, uid } = e;
  const start = run.place(raw.start!, uid);
  if (start === undefined) return undefined;
  const zone = start.zone ?? (start.reading === "utc" ? "UTC" : undefined);
  if (zone === undefined) return "its TZID matches no IANA zone";
  const wall = localWall(start.ms, zone);
  if (wall.second !== 0) return "DTSTART has seconds";
  if (raw.rrules.length > 1) return "it has several RRULEs";
  if (raw.rdatePeriods > 0) return "RDATE gives periods";
  const startTime = timeOf(wall).slice(0, 5);
  const endMs = endOf(run, raw, uid, start);
  if (endMs === undefined) return undefined;
  const duration = minutesText(endMs - start.ms);
  if (duration === undefined) return "its length is not whole minutes";

  let rule: SeriesInput["rule"];
  if (raw.rrules.length === 1) {
    const reading = readRule(raw.rrules[0]!.toString());
    if ("reason" in reading) return reading.reason;
    let until: string | undefined;
    if (reading.until !== undefined) {
      const u = reading.until;
      if (u.isDate) until = dateOf(u);
      else {
        const ms = instantOf(u, u.utc ? "utc" : start.reading);
        const local = localWall(ms, zone);
        until = dateOf(local);
        if (timeOf(local) < `${startTime}:00`)
          until = localDate(Date.UTC(local.year, local.month - 1, local.day) - DAY_MS, "UTC");
      }
    }
    // toICS writes FREQ=DAILY;COUNT=1 for a series of listed dates (ical.js #534): no rule at all.
    const onlyStart =
      reading.rule.count === 1 && reading.rule.freq === "daily" && reading.rule.interval === 1;
    if (!onlyStart) rule = { ...reading.rule, ...(until === undefined ? {} : { until }) };
  }
  const extraDates: string[] = [];
  for (const rd of raw.rdates) {
    if (rd.wall.isDate) return "RDATE gives dates without times";
    const p = run.place(rd, uid);
    if (p === undefined) return undefined;
    const w = localWall(p.ms, zone);
    if (timeOf(w).slice(0, 5) !== startTime || w.second !== 0)
      return "an RDATE is at another time of day";
    extraDates.push(dateOf(w));
  }
  const exceptions: string[] = [];
  for (const ex of raw.exdates) {
    if (ex.wall.isDate) exceptions.push(dateOf(ex.wall));
    else {
      const p = run.place(ex, uid);
      if (p === undefined) return undefined;
      exceptions.push(localDate(p.ms, zone));
    }
  }
  const base = common(run, raw);
  const overrides = new Map<string, SeriesOverride>();
  const overrideSequence = new Map<string, number>();
  for (const inst of instances) {
    const rid = run.place(inst.raw.recurrenceId!, uid);
    if (rid === undefined) return undefined;
    const date = localDate(rid.ms, zone);
    // A series has one override a day: of two instances on one date (RECURRENCE-IDs at two
    // times, neither of them an occurrence), the higher SEQUENCE stays and the other is named.
    const rival = overrideSequence.get(date);
    if (rival !== undefined) {
      run.warn(
        "duplicate_uid",
        uid,
        `UID ${JSON.stringify(uid)} has two RECURRENCE-ID instances on ${date}: the one with the higher SEQUENCE is kept`,
      );
      if ((inst.raw.sequence ?? 0) <= rival) continue;
    }
    overrideSequence.set(date, inst.raw.sequence ?? 0);
    const own = common(run, inst.raw);
    const override: Record<string, unknown> = { date };
    if (own.title !== base.title) override.title = own.title;
    if (own.description !== undefined && own.description !== base.description)
      override.description = own.description;
    if (statusOf(inst.raw.status) === "cancelled") override.status = "cancelled";
    if (own.venueId !== undefined && own.venueId !== base.venueId) override.venueId = own.venueId;
    const instStart = inst.raw.start === undefined ? undefined : run.place(inst.raw.start, uid);
    if (instStart !== undefined) {
      const w = localWall(instStart.ms, zone);
      if (dateOf(w) !== date) override.newDate = dateOf(w);
      if (timeOf(w).slice(0, 5) !== startTime) override.startTime = timeOf(w).slice(0, 5);
      const instEnd = endOf(run, inst.raw, uid, instStart);
      const d = instEnd === undefined ? undefined : minutesText(instEnd - instStart.ms);
      if (d !== undefined && d !== duration) override.duration = d;
    }
    overrides.set(date, override as unknown as SeriesOverride);
  }
  run.series.push({
    id: run.ids.take(idFromUid(uid), "series"),
    title: base.title,
    ...(base.description === undefined ? {} : { description: base.description }),
    ...(base.kind === undefined ? {} : { kind: base.kind }),
    timeZone: zone,
    firstDate: dateOf(wall),
    startTime,
    duration,
    ...(rule === undefined ? {} : { rule }),
    exceptions,
    extraDates,
    overrides: [...overrides.values()],
    ...(base.venueId === undefined ? {} : { venueId: base.venueId }),
    ...(base.url === undefined ? {} : { url: base.url }),
    status: statusOf(raw.status) === "cancelled" ? "cancelled" : "scheduled",
    sequence: base.sequence,
    ...(base.updatedAt === undefined ? {} : { updatedAt: base.updatedAt }),
  });
  run.seriesUids.push(uid);
  return undefined;
}

/** An expanded occurrence: the start it had by the rule, its RECURRENCE-ID instance, its start. */
type Occurrence = [original: number, instance: Event | undefined, start: number];

/** A rule no series holds: its occurrences inside from/to as sessions, instances applied. */
function expandRule(run: Import, e: Event, instances: readonly Event[], reason: string): void {
  const { raw, uid } = e;
  const start = run.place(raw.start!, uid);
  if (start === undefined) return;
  const endMs = endOf(run, raw, uid, start);
  if (endMs === undefined) return;
  const length = endMs - start.ms;
  const stalling = raw.rrules.map(stallingRule).find((r) => r !== undefined);
  if (stalling !== undefined) {
    run.warn("event_skipped", uid, `event ${JSON.stringify(uid)} left out: ${stalling}`);
    return;
  }
  const finite = raw.rrules.every((r) => r.isFinite());
  const fromMs = run.options.fromMs ?? Number.NEGATIVE_INFINITY;
  const toMs = run.options.toMs ?? (finite ? Number.POSITIVE_INFINITY : start.ms + 366 * DAY_MS);
  // Only starts inside the window count towards MAX_EXPANDED: a daily rule from 2010 read for
  // one week of 2026 must reach that week, not stop at its thousandth day. Each rule yields in
  // order, so the earliest MAX_EXPANDED of their union are among each one's earliest.
  const inWindow = (ms: number) => ms >= fromMs && ms < toMs;
  const starts = new Set<number>(inWindow(start.ms) ? [start.ms] : []);
  let cut: string | undefined;
  for (const recur of raw.rrules) {
    const w = raw.start!.wall;
    const dtstart = ICAL.Time.fromData({
      year: w.year,
      month: w.month,
      day: w.day,
      hour: w.hour,
      minute: w.minute,
      second: w.second,
      isDate: false,
    });
    const it = recur.iterator(dtstart);
    let kept = 0;
    let finished = false;
    for (let step = 0; step < MAX_STEPS; step++) {
      const t = it.next();
      if (!t) {
        finished = true;
        break;
      }
      const ms = instantOf(
        {
          year: t.year,
          month: t.month,
          day: t.day,
          hour: t.hour,
          minute: t.minute,
          second: t.second,
          isDate: false,
          utc: false,
        },
        start.reading,
      );
      if (ms >= toMs) {
        finished = true;
        break;
      }
      if (ms < fromMs) continue;
      starts.add(ms);
      if (++kept > MAX_EXPANDED) {
        cut = `cut at ${MAX_EXPANDED}`;
        finished = true;
        break;
      }
    }
    // Steps run out only on a rule that yields rarely (29 February, read over centuries): the
    // expansion is then said to be cut, not passed off as complete.
    if (!finished) cut ??= `cut after ${MAX_STEPS} steps of its rule`;
  }
  for (const rd of raw.rdates) {
    const p = rd.wall.isDate ? undefined : run.place(rd, uid);
    if (p !== undefined && inWindow(p.ms)) starts.add(p.ms);
  }
  for (const ex of raw.exdates) {
    const p = ex.wall.isDate ? undefined : run.place(ex, uid);
    if (p !== undefined) starts.delete(p.ms);
  }
  // A RECURRENCE-ID instance replaces the occurrence it names (RFC 5545 §3.8.4.4) and is in the
  // window by its own start, so one moved into the window is kept and one moved out is not. One
  // that names no occurrence is still imported, as all-day rules and most readers do, and named.
  const sorted = [...starts].sort((x, y) => x - y);
  if (sorted.length > MAX_EXPANDED) {
    cut ??= `cut at ${MAX_EXPANDED}`;
    sorted.length = MAX_EXPANDED;
  }
  const occurrences = new Set(sorted);
  // Past a cut the rule's later occurrences are not read, so neither are their instances.
  const last = (cut === undefined ? undefined : sorted.at(-1)) ?? Number.POSITIVE_INFINITY;
  // Sessions go in order of their actual start.
  const fromInstances: Occurrence[] = [];
  for (const inst of instances) {
    const rid = run.place(inst.raw.recurrenceId!, uid);
    if (rid === undefined) continue;
    const named = occurrences.delete(rid.ms);
    const own = inst.raw.start === undefined ? undefined : run.place(inst.raw.start, uid);
    const at = own?.ms ?? rid.ms;
    if (!inWindow(at) || rid.ms > last) continue;
    if (!named && inWindow(rid.ms) && cut === undefined)
      run.warn(
        "orphan_instance",
        uid,
        `UID ${JSON.stringify(uid)} has a RECURRENCE-ID instance (${ridText(inst.raw.recurrenceId!)}) that names no occurrence of its rule: imported at its own time`,
      );
    fromInstances.push([rid.ms, inst, at]);
  }
  const zone = start.zone;
  const base = idFromUid(uid);
  const made = [...occurrences].map((ms): Occurrence => [ms, undefined, ms]);
  made.push(...fromInstances);
  made.sort((a, b) => a[2] - b[2] || a[0] - b[0]);
  for (const [ms, inst] of made) {
    const id = `${base.slice(0, 110)}-${stamp(localWall(ms, zone ?? "UTC"))}`;
    if (inst !== undefined) importSession(run, inst, id);
    else importSession(run, e, id, { start: ms, end: ms + length, zone });
  }
  const window = `${Number.isFinite(fromMs) ? new Date(fromMs).toISOString() : "the start"} to ${Number.isFinite(toMs) ? new Date(toMs).toISOString() : "the end"}`;
  run.warn(
    "rule_expanded",
    uid,
    `event ${JSON.stringify(uid)} recurs by ${raw.rrules.map((r) => `RRULE:${r.toString()}`).join(", ") || "RDATE"}, which a series cannot hold (${reason}): expanded into ${made.length} sessions from ${window}${cut === undefined ? "" : ` (${cut})`}`,
  );
}

// No UTC offset in tzdata's history is beyond ±16 h, so two instants more than 32 h apart show
// local dates in the same order in any zone, whatever shifts lie between them.
const SAME_ORDER_MS = 32 * 3_600_000;

/** The convening's dates: from the first session's start to the last one's end, in its zone. */
function setDates(doc: ConveningInput): void {
  // The least and greatest date string (what sorting them all would put first and last).
  let first: string | undefined;
  let last: string | undefined;
  const see = (date: string) => {
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  };
  // Timed sessions: the local date only of instants within SAME_ORDER_MS of the earliest or the
  // latest one, where a date before or after theirs can be (a fall-back over midnight, as
  // Brazil's were); the dates of all other instants lie between.
  const sessions = doc.sessions ?? [];
  const instants = new Float64Array(sessions.length * 2).fill(Number.NaN);
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  sessions.forEach((s, i) => {
    if (s.allDay) {
      see(s.allDay.startDate);
      see(s.allDay.endDate ?? s.allDay.startDate);
      return;
    }
    const start = Date.parse(s.start!);
    const end = Date.parse(s.end!) - 1;
    instants[2 * i] = start;
    instants[2 * i + 1] = end;
    earliest = Math.min(earliest, start, end);
    latest = Math.max(latest, start, end);
  });
  for (const at of instants) {
    if (at - earliest <= SAME_ORDER_MS || latest - at <= SAME_ORDER_MS)
      see(localDate(at, doc.timeZone));
  }
  for (const s of doc.series ?? []) see(s.firstDate);
  doc.startDate = first ?? "1970-01-01";
  doc.endDate = last ?? doc.startDate;
}

/**
 * parseConvening, leaving out each session or series it refuses (with a warning naming the UID and
 * the problem) and trying again: one bad event never costs the others.
 */
function parseWithDrops(run: Import, doc: ConveningInput) {
  for (let round = 0; ; round++) {
    setDates(doc);
    const result = safeParseConvening(doc);
    if (result.success) return result.data;
    const bad = { sessions: new Map<number, string>(), series: new Map<number, string>() };
    for (const issue of result.error.issues) {
      const [list, index] = issue.path;
      if (
        (list === "sessions" || list === "series") &&
        typeof index === "number" &&
        !bad[list].has(index)
      )
        bad[list].set(index, issue.message);
    }
    if (round > 3 || bad.sessions.size + bad.series.size === 0) throw result.error;
    for (const list of ["sessions", "series"] as const) {
      const uids = list === "sessions" ? run.sessionUids : run.seriesUids;
      const items = doc[list] as unknown[];
      const keep: unknown[] = [];
      const keptUids: string[] = [];
      items.forEach((item, i) => {
        const problem = bad[list].get(i);
        if (problem === undefined) {
          keep.push(item);
          keptUids.push(uids[i]!);
        } else
          run.warn(
            "event_skipped",
            uids[i],
            `event ${JSON.stringify(uids[i])} left out: ${problem}`,
          );
      });
      (doc as Record<string, unknown>)[list] = keep;
      uids.splice(0, uids.length, ...keptUids);
    }
  }
}
