// One model of a convening as a frab/c3voc schedule, built once and written out by the three
// writers (schedule.xml, schedule.json, schedule v2): days in the convening's zone, rooms from
// venues, events from sessions and series occurrences, each with its GUID and every time with its
// offset. The writers only serialise.

import {
  formatLocalDate,
  localize,
  parseInstant,
  parseLocalDate,
  requireParsed,
} from "@convening/core";
import type {
  Convening,
  LocalizedText,
  Material,
  Session,
  SessionKind,
  Venue,
} from "@convening/schema";
import { expandSeries } from "@convening/time";
import { occurrenceGuid, personGuid, roomGuid, sessionGuid } from "../shared/guid.js";
import {
  memberLookup,
  type PublicParticipant,
  publicParticipants,
} from "../shared/public-people.js";
import { acronymOf, encodeSlugPart, nameSlug } from "../shared/slug-code.js";
import { instantInZone, localParts, wallTimeToEpoch } from "../shared/zone-time.js";
import { type FrabExportOptions, resolveFrabOptions } from "./frab-options.js";

export interface ModelRoom {
  readonly guid: string;
  readonly name: string;
  readonly slug: string;
  /** Undefined for the default room of sessions without a venue. */
  readonly venue: Venue | undefined;
}

export interface ModelPerson {
  readonly guid: string;
  readonly name: string;
  readonly bio: string | undefined;
  readonly links: readonly { url: string; title: string | undefined }[];
  readonly role: PublicParticipant["role"];
}

export interface ModelEvent {
  readonly guid: string;
  /** The positive integer frab's `id` must be, derived from the GUID (stable), unique in the file. */
  readonly numericId: number;
  readonly slug: string;
  readonly title: string;
  readonly description: LocalizedText | undefined;
  readonly kind: SessionKind;
  readonly status: Session["status"];
  readonly startMs: number;
  readonly endMs: number;
  /** ISO 8601 with the convening zone's offset then. */
  readonly start: string;
  readonly end: string;
  /** Local start time `HH:mm` in the convening's zone. */
  readonly localStart: string;
  /** `H:mm`-style duration `HH:MM` (hours may exceed 24). */
  readonly duration: string;
  readonly durationMinutes: number;
  readonly dayIndex: number;
  readonly room: ModelRoom;
  readonly track: string | undefined;
  /** BCP 47 tags, the session's or else the convening's. */
  readonly languages: readonly string[];
  readonly persons: readonly ModelPerson[];
  readonly materials: readonly { url: string; title: string }[];
  readonly url: string | undefined;
  /** The session's `doNotRecord`; a series' meetings are never marked. */
  readonly doNotRecord: boolean;
}

export interface ModelDay {
  readonly index: number;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly events: readonly ModelEvent[];
}

export interface ScheduleModel {
  readonly acronym: string;
  readonly title: string;
  readonly description: string | undefined;
  readonly url: string | undefined;
  readonly timeZone: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly timeslotMinutes: number;
  readonly languages: readonly string[];
  readonly tracks: readonly { name: string; slug: string }[];
  readonly rooms: readonly ModelRoom[];
  readonly days: readonly ModelDay[];
  readonly events: readonly ModelEvent[];
  readonly domain: string;
  readonly version: string;
  /** The fallback two-letter language of schedule v2. */
  readonly language: string;
}

// A schedule of more than this many days lists only the days that have events: a quarterly
// series spanning two years should not be 700 empty days in an app.
const MAX_EMPTY_SPAN_DAYS = 31;

interface RawEvent {
  guid: string;
  idSource: string;
  title: LocalizedText;
  description: LocalizedText | undefined;
  kind: SessionKind;
  status: Session["status"];
  startMs: number;
  endMs: number;
  venueId: string | undefined;
  track: string | undefined;
  languages: readonly string[];
  persons: PublicParticipant[];
  materials: readonly Material[];
  url: string | undefined;
  doNotRecord: boolean;
}

export function scheduleModel(
  convening: Convening,
  options: FrabExportOptions | undefined,
  caller: string,
): ScheduleModel {
  requireParsed(convening, "convening", caller, ["convening"]);
  const o = resolveFrabOptions(convening, options);
  const zone = convening.timeZone;
  const langs = convening.languages;
  const text = (t: LocalizedText) => localize(t, langs);
  const lookup = memberLookup(convening);

  const raw: RawEvent[] = convening.sessions.map((s) => ({
    guid: sessionGuid(s.id, o.domain),
    idSource: s.id,
    title: s.title,
    description: s.description,
    kind: s.kind,
    status: s.status,
    startMs: parseInstant(s.start)!.epochMs,
    endMs: parseInstant(s.end)!.epochMs,
    venueId: s.venueId,
    track: s.track,
    languages: s.languages.length > 0 ? s.languages : langs,
    persons: publicParticipants(s.participants, lookup),
    materials: s.materials,
    url: s.url,
    doNotRecord: s.doNotRecord,
  }));
  raw.push(...seriesEvents(convening, o.domain));
  raw.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || (a.guid < b.guid ? -1 : 1));

  // Rooms: one per venue, in the convening's order, and the default room when a session has none.
  const rooms = new Map<string, ModelRoom>();
  const venueName = (v: Venue) => (v.kind === "online" ? (v.name ?? v.platform ?? v.id) : v.name);
  const roomNames = new Set<string>();
  for (const v of convening.venues) {
    // frab keys rooms by name, so two venues with one name would merge: the second gets its id.
    let name = venueName(v);
    if (roomNames.has(name)) name = `${name} (${v.id})`;
    roomNames.add(name);
    rooms.set(v.id, { guid: roomGuid(v.id, o.domain), name, slug: encodeSlugPart(v.id), venue: v });
  }
  const used = new Set<ModelRoom>();
  let defaultRoom: ModelRoom | undefined;
  const roomOf = (venueId: string | undefined): ModelRoom => {
    const room = venueId === undefined ? undefined : rooms.get(venueId);
    if (room) return room;
    defaultRoom ??= {
      guid: roomGuid("", o.domain),
      name: roomNames.has(o.defaultRoom) ? `${o.defaultRoom} (default)` : o.defaultRoom,
      slug: "default-room",
      venue: undefined,
    };
    return defaultRoom;
  };

  // Days: a session before dayStartsAt belongs to the day before (frab days run past midnight).
  const startDays = parseLocalDate(convening.startDate)!;
  const endDays = parseLocalDate(convening.endDate)!;
  const logicalDay = (ms: number) => {
    const p = localParts(ms, zone);
    return p.minutes < o.dayStartsMinutes ? p.days - 1 : p.days;
  };
  const eventDays = raw.map((e) => logicalDay(e.startMs));
  const dayNumbers = new Set<number>(eventDays);
  if (endDays - startDays <= MAX_EMPTY_SPAN_DAYS) {
    for (let d = startDays; d <= endDays; d++) dayNumbers.add(d);
  }
  const sortedDays = [...dayNumbers].sort((a, b) => a - b);
  const dayIndex = new Map(sortedDays.map((d, i) => [d, i + 1]));

  const takenIds = new Set<number>();
  const events: ModelEvent[] = raw.map((e, i) => {
    const room = roomOf(e.venueId);
    used.add(room);
    const minutes = Math.round((e.endMs - e.startMs) / 60_000);
    return {
      guid: e.guid,
      numericId: numericIdOf(e.guid, takenIds),
      slug: `${acronymOf(convening.id)}-${encodeSlugPart(e.idSource)}`,
      title: text(e.title),
      description: e.description,
      kind: e.kind,
      status: e.status,
      startMs: e.startMs,
      endMs: e.endMs,
      start: instantInZone(e.startMs, zone),
      end: instantInZone(e.endMs, zone),
      localStart: localParts(e.startMs, zone).time,
      duration: hoursMinutes(minutes),
      durationMinutes: minutes,
      dayIndex: dayIndex.get(eventDays[i]!)!,
      room,
      track: e.track,
      languages: e.languages,
      persons: e.persons.map(({ member, role }) => ({
        guid: personGuid(member.id, o.domain),
        name: member.name,
        bio: member.bio === undefined ? undefined : text(member.bio),
        links: member.links.map((l) => ({ url: l.url, title: l.label })),
        role,
      })),
      materials: e.materials.map((m) => ({ url: m.url, title: text(m.title) })),
      url: e.url,
      doNotRecord: e.doNotRecord,
    };
  });

  // Grouped once: a long series can give thousands of days, and filtering per day is quadratic.
  const eventsByDay = new Map<number, ModelEvent[]>();
  for (const e of events) {
    const list = eventsByDay.get(e.dayIndex);
    if (list) list.push(e);
    else eventsByDay.set(e.dayIndex, [e]);
  }
  const days: ModelDay[] = sortedDays.map((d, i) => {
    const date = formatDays(d);
    const next = formatDays(d + 1);
    return {
      index: i + 1,
      date,
      start: instantInZone(wallTimeToEpoch(date, o.dayStartsMinutes, zone)!, zone),
      end: instantInZone(wallTimeToEpoch(next, o.dayStartsMinutes, zone)! - 1000, zone),
      events: eventsByDay.get(i + 1) ?? [],
    };
  });

  const tracks = new Map<string, string>();
  for (const e of events)
    if (e.track !== undefined) tracks.set(e.track, nameSlug(e.track, "track"));

  return {
    acronym: acronymOf(convening.id),
    title: text(convening.title),
    description: convening.description === undefined ? undefined : text(convening.description),
    url: convening.url,
    timeZone: zone,
    startDate: formatDays(Math.min(startDays, sortedDays[0] ?? startDays)),
    endDate: formatDays(Math.max(endDays, sortedDays.at(-1) ?? endDays)),
    timeslotMinutes: timeslot(events),
    languages: langs,
    tracks: [...tracks].map(([name, slug]) => ({ name, slug })),
    rooms: [...rooms.values(), ...(defaultRoom ? [defaultRoom] : [])].filter(
      (r) => used.has(r) || r.venue,
    ),
    days,
    events,
    domain: o.domain,
    version: o.version ?? versionOf(convening),
    language: o.language,
  };
}

function seriesEvents(convening: Convening, domain: string): RawEvent[] {
  if (convening.series.length === 0) return [];
  const from = wallTimeToEpoch(convening.startDate, 0, convening.timeZone)!;
  const to = wallTimeToEpoch(convening.endDate, 24 * 60, convening.timeZone)!;
  const out: RawEvent[] = [];
  for (const series of convening.series) {
    for (const o of expandSeries(series, {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    })) {
      out.push({
        guid: occurrenceGuid(series.id, o.originalDate, domain),
        idSource: `${series.id}-${o.originalDate}`,
        title: o.title ?? series.title,
        description: o.description ?? series.description,
        kind: series.kind,
        status:
          o.status === "cancelled"
            ? "cancelled"
            : series.status === "cancelled"
              ? "cancelled"
              : "scheduled",
        startMs: parseInstant(o.start)!.epochMs,
        endMs: parseInstant(o.end)!.epochMs,
        venueId: o.venueId ?? series.venueId,
        track: undefined,
        languages: convening.languages,
        persons: [],
        materials: [],
        url: series.url,
        doNotRecord: false,
      });
    }
  }
  return out;
}

/** A positive 31-bit integer from the GUID's first hex digits; the next free one on a collision. */
function numericIdOf(guid: string, taken: Set<number>): number {
  let id = (Number.parseInt(guid.slice(0, 8), 16) % 2_147_483_646) + 1;
  while (taken.has(id)) id = (id % 2_147_483_646) + 1;
  taken.add(id);
  return id;
}

function hoursMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}

/** The largest grid (5 to 60 minutes) every start and duration fits, as frab's timeslot_duration. */
function timeslot(events: readonly ModelEvent[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let g = 60;
  for (const e of events) {
    g = gcd(g, Number(e.localStart.slice(3)));
    g = gcd(g, e.durationMinutes % 60);
  }
  return Math.max(5, g);
}

function versionOf(convening: Convening): string {
  let latest: string | undefined;
  let latestMs = Number.NEGATIVE_INFINITY;
  for (const at of [convening.updatedAt, ...convening.sessions.map((s) => s.updatedAt)]) {
    const ms = at === undefined ? undefined : parseInstant(at)?.epochMs;
    if (ms !== undefined && ms > latestMs) {
      latestMs = ms;
      latest = at;
    }
  }
  return latest ?? String(convening.sequence);
}

const formatDays = formatLocalDate;
