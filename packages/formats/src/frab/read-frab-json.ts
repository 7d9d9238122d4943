// schedule.json (v1, as frab and pretalx write it) and c3voc schedule v2, read into one shape.

import { UnrecognizedFormatError } from "../errors.js";
import { jsonData } from "../shared/json-data.js";
import {
  asArray,
  type ForeignEvent,
  type ForeignPerson,
  type ForeignSchedule,
  isObject,
  type Json,
} from "./foreign-schedule.js";

export function readFrabJson(doc: unknown, format = "frab-json"): ForeignSchedule {
  const text = typeof doc === "string" ? parseText(doc, format) : jsonData(doc, format);
  if (!isObject(text) || !isObject(text.schedule)) {
    throw new UnrecognizedFormatError(format, [], doc, "no schedule object at the top");
  }
  const schedule = text.schedule;
  const conference = schedule.conference;
  if (!isObject(conference)) {
    throw new UnrecognizedFormatError(
      format,
      ["schedule", "conference"],
      conference,
      "no schedule.conference object",
    );
  }
  const generator = isObject(text.generator) ? text.generator : {};
  const common = {
    format,
    acronym: conference.acronym,
    title: conference.title,
    description: conference.description,
    url: conference.url,
    baseUrl: schedule.base_url,
    timeZoneName: conference.time_zone_name,
    timeZonePath: ["schedule", "conference", "time_zone_name"],
    start: conference.start,
    end: conference.end,
    languages: conference.languages,
    system: generator.system,
    rooms: asArray(conference.rooms)
      .filter(isObject)
      .map((r) => ({
        name: r.name,
        guid: r.guid,
        slug: r.slug,
        type: r.type,
        url: r.url,
        capacity: r.capacity,
      })),
  };
  if (Array.isArray(schedule.events)) {
    // v2 events name their track by slug; the conference's track list has the names.
    const trackNames = new Map<unknown, unknown>();
    for (const t of asArray(conference.tracks)) if (isObject(t)) trackNames.set(t.slug, t.name);
    return {
      ...common,
      events: schedule.events.map((e, i) => v2Event(e, ["schedule", "events", i], trackNames)),
    };
  }
  if (!Array.isArray(conference.days)) {
    throw new UnrecognizedFormatError(
      format,
      ["schedule", "conference", "days"],
      conference.days,
      "neither conference.days (version 1) nor schedule.events (version 2)",
    );
  }
  const events: ForeignEvent[] = [];
  conference.days.forEach((day, d) => {
    if (!isObject(day) || !isObject(day.rooms)) return;
    for (const [roomName, list] of Object.entries(day.rooms)) {
      asArray(list).forEach((e, i) => {
        const path = ["schedule", "conference", "days", d, "rooms", roomName, i];
        if (isObject(e)) events.push(v1Event(e, path, day, roomName));
      });
    }
  });
  return { ...common, events };
}

function parseText(text: string, format: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UnrecognizedFormatError(format, [], text, `not JSON (${(error as Error).message})`);
  }
}

function person(p: unknown): ForeignPerson | undefined {
  if (!isObject(p)) return undefined;
  return {
    name: p.name ?? p.public_name ?? p.full_public_name,
    guid: p.guid,
    code: p.code ?? (typeof p.id === "number" ? p.id : undefined),
    biography: p.biography,
    role: p.role,
    links: p.links,
  };
}

function references(...lists: unknown[]): { url?: unknown; title?: unknown }[] {
  return lists
    .flatMap(asArray)
    .filter(isObject)
    .map((l) => ({ url: l.url ?? l.href, title: l.title }));
}

function v1Event(e: Json, path: (string | number)[], day: Json, roomName: string): ForeignEvent {
  return {
    path,
    guid: e.guid,
    slug: e.slug,
    code: e.code,
    id: e.id,
    title: e.title,
    abstract: e.abstract,
    description: e.description,
    type: e.type,
    date: e.date,
    localStart: e.start,
    end: e.end,
    duration: e.duration,
    dayDate: day.date,
    dayStart: day.day_start,
    roomName: typeof e.room === "string" && e.room !== "" ? e.room : roomName,
    track: e.track,
    language: e.language,
    persons: asArray(e.persons)
      .map(person)
      .filter((p) => p !== undefined),
    links: references(e.links, e.attachments),
    url: e.url,
    doNotRecord: e.do_not_record,
  };
}

function v2Event(
  e: unknown,
  path: (string | number)[],
  trackNames: Map<unknown, unknown>,
): ForeignEvent {
  if (!isObject(e)) return { path, persons: [], links: [] };
  const room = isObject(e.room) ? e.room : {};
  // A slug the conference does not list names no track (our writer files a trackless session
  // under its kind).
  const track = isObject(e.track) ? (e.track.name ?? trackNames.get(e.track.slug)) : e.track;
  return {
    path,
    guid: e.guid,
    slug: e.slug,
    code: e.code,
    title: e.title,
    abstract: e.abstract,
    description: e.description,
    type: e.type,
    state: e.state,
    date: e.start,
    end: e.end,
    duration: e.duration,
    roomName: room.name,
    roomGuid: room.guid,
    track,
    language: e.language,
    persons: asArray(e.participants)
      .map(person)
      .filter((p) => p !== undefined),
    links: references(e.links, e.attachments),
    url: e.url,
  };
}
