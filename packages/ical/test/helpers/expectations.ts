import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Convening, localize, parseConvening } from "@convening/schema";
import { expandSeries } from "@convening/time";
import { expect } from "vitest";
import type {
  ReadCalendar,
  ReadEvent,
  RubyEvent,
  ThreeReadings,
  Window,
} from "../readers/types.js";

/** An instant as the readers print it: UTC, whole seconds, `Z`. */
export function utc(iso: string): string {
  return new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

const same = (s: string) => s;

/**
 * What every reader must agree on for one VEVENT. `param` maps parameter text (CN) and `text`
 * property text the way a reader with a known quirk would show it.
 */
export function core(
  e: ReadEvent,
  map: { param?: (s: string) => string; text?: (s: string) => string } = {},
) {
  const param = map.param ?? same;
  const text = map.text ?? same;
  const cn = (s: string | null) => (s === null ? null : param(s));
  const t = (s: string | null) => (s === null ? null : text(s));
  return {
    uid: e.uid,
    recurrenceId: e.recurrenceId,
    start: e.start,
    end: e.end,
    tzid: e.tzid,
    summary: t(e.summary),
    description: t(e.description),
    location: t(e.location),
    categories: e.categories.map(text),
    status: e.status,
    sequence: e.sequence,
    url: e.url,
    organizer: e.organizer && {
      cn: cn(e.organizer.cn),
      address: e.organizer.address.replace(/^mailto:/i, "mailto:"),
    },
    attendees: e.attendees.map((a) => ({
      ...a,
      cn: cn(a.cn),
      address: a.address.replace(/^mailto:/i, "mailto:"),
    })),
    occurrences: e.occurrences,
  };
}

/** What ruby-icalendar reports of a VEVENT: identity and instants. */
export function eventTimes(e: RubyEvent | ReadEvent): RubyEvent {
  return { uid: e.uid, recurrenceId: e.recurrenceId, start: e.start, end: e.end };
}

/**
 * Every reader read the file without crashing, libical reported no error, the three full readers
 * agree, and ruby-icalendar reads the same instants.
 */
export function expectReadersAgree(r: ThreeReadings): void {
  for (const [name, cal] of Object.entries(r)) expect(cal.crash, `${name} crashed`).toBeUndefined();
  expect(r.libical.errors).toEqual([]);
  const icaljs = r.icaljs.events.map((e) => core(e));
  expect(r.icalendar.events.map((e) => core(e))).toEqual(icaljs);
  expect(r.libical.events.map((e) => core(e))).toEqual(icaljs);
  expect(r.ruby.events.map(eventTimes)).toEqual(r.icaljs.events.map(eventTimes));
  // The python reader also reads DTSTART through pytz's zone of the same name: the VTIMEZONE
  // written must agree with the zone database.
  for (const e of r.icalendar.events) expect(e.startTzdb).toBe(e.start);
  expect(r.icalendar.zones).toEqual(r.icaljs.zones);
  expect(r.libical.zones).toEqual(r.icaljs.zones);
}

export function find(
  cal: ReadCalendar,
  uid: string,
  recurrenceId: string | null = null,
): ReadEvent {
  const found = cal.events.find((e) => e.uid === uid && e.recurrenceId === recurrenceId);
  if (!found)
    throw new Error(
      `no VEVENT ${uid} ${recurrenceId ?? ""} in ${cal.events.map((e) => e.uid).join(", ")}`,
    );
  return found;
}

/**
 * Checks one reading against the document itself: each session's UID and instants, each series'
 * recurrence set (expandSeries' original starts) and its overridden instances.
 */
export function expectMatchesDocument(
  cal: ReadCalendar,
  convening: Convening,
  options: {
    domain: string;
    languages: readonly string[];
    window: Window;
    skipCancelled?: boolean;
  },
): void {
  const expectedUids = new Set<string>();
  for (const s of convening.sessions) {
    if (options.skipCancelled && s.status === "cancelled") continue;
    const uid = `${s.id}@${options.domain}`;
    expectedUids.add(uid);
    const e = find(cal, uid);
    expect(e.start).toBe(utc(s.start));
    expect(e.end).toBe(utc(s.end));
    expect(e.summary).toBe(localize(s.title, options.languages));
  }
  for (const series of convening.series) {
    const uid = `${series.id}@${options.domain}`;
    expectedUids.add(uid);
    const occurrences = expandSeries(series, options.window);
    const master = find(cal, uid);
    expect(master.summary).toBe(localize(series.title, options.languages));
    const starts = [...new Set(occurrences.map((o) => utc(o.originalStart)))].sort();
    const recurring = master.occurrences !== null;
    if (recurring) {
      expect(master.occurrences).toEqual(starts);
      for (const o of occurrences.filter((x) => x.overridden)) {
        if (options.skipCancelled && o.status === "cancelled") continue;
        const instance = find(cal, uid, utc(o.originalStart));
        expect(instance.start).toBe(utc(o.start));
        expect(instance.end).toBe(utc(o.end));
        expect(instance.summary).toBe(localize(o.title ?? series.title, options.languages));
        expect(instance.status).toBe(o.status === "cancelled" ? "CANCELLED" : "CONFIRMED");
      }
    } else {
      expect(starts).toHaveLength(1);
      expect(master.start).toBe(starts[0]);
    }
  }
  expect(new Set(cal.events.map((e) => e.uid))).toEqual(expectedUids);
}

/** The sample convenings in examples/data (files with a startDate; the directory file is not one). */
export function sampleConvenings(): { name: string; doc: unknown }[] {
  const dir = fileURLToPath(new URL("../../../../examples/data/", import.meta.url));
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json"));
  } catch {
    return [];
  }
  return names
    .map((n) => ({
      name: n.replace(/\.json$/, ""),
      doc: JSON.parse(readFileSync(dir + n, "utf8")) as unknown,
    }))
    .filter(({ doc }) => typeof doc === "object" && doc !== null && "startDate" in doc)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Parses a fixture the way toICS does, for expectations. */
export function parsed(doc: unknown): Convening {
  return parseConvening(doc);
}
