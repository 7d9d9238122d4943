import { parseInstant } from "@convening/core";
import { type Convening, parseConvening } from "@convening/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromFrabJson,
  fromFrabXml,
  toFrabJson,
  toFrabXml,
  toScheduleV2,
} from "../src/frab/index.js";
import { instantInZone, localParts } from "../src/shared/zone-time.js";
import { frabJsonErrors, frabXmlErrors, scheduleV2Errors } from "./helpers/validators.js";

// Generated convenings → each frab export → c3voc's validator → import → the same sessions,
// instants, rooms, people and ids. Zones include half-hour, 45-minute and +14:00 offsets and
// DST on both hemispheres.
const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Kiritimati",
  "Australia/Lord_Howe",
  "America/St_Johns",
];
const text = fc
  .stringMatching(/^[A-Za-z0-9À-ÿ&<>"'#.,:;!?()\- ]{1,40}$/)
  .map((s) => s.trim().replace(/\s+/g, " "))
  .filter((s) => s.length > 0);
const safeId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,24}$/);
const BASE = Date.UTC(2024, 2, 20); // around the March DST changes

const conveningDoc = fc
  .record({
    id: safeId,
    title: text,
    zone: fc.constantFrom(...ZONES),
    withUrl: fc.boolean(),
    venues: fc.uniqueArray(fc.record({ id: safeId, name: text }), {
      maxLength: 3,
      selector: (v) => v.name,
    }),
    people: fc.uniqueArray(fc.record({ id: safeId, name: text }), {
      maxLength: 4,
      selector: (p) => p.name,
    }),
    sessions: fc.uniqueArray(
      fc.record({
        id: safeId,
        title: text,
        startStep: fc.integer({ min: 0, max: 14 * 24 * 12 }), // 5-minute steps over two weeks
        durationSteps: fc.integer({ min: 1, max: 72 }),
        venue: fc.nat(),
        speakers: fc.array(fc.nat(), { maxLength: 3 }),
        track: fc.option(fc.constantFrom("Alliances for Change", "Data & Rights", "Ünïcode"), {
          nil: undefined,
        }),
        doNotRecord: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6, selector: (s) => s.id },
    ),
  })
  .map((g) => {
    const venues = uniqueBy(g.venues, (v) => v.id);
    const people = uniqueBy(g.people, (p) => p.id);
    const sessions = g.sessions.map((s) => {
      const startMs = BASE + s.startStep * 300_000;
      const endMs = startMs + s.durationSteps * 300_000;
      const venue =
        venues.length > 0 && s.venue % (venues.length + 1) < venues.length
          ? venues[s.venue % (venues.length + 1)]
          : undefined;
      const speakers = [
        ...new Set(
          s.speakers.filter(() => people.length > 0).map((i) => people[i % people.length]!.id),
        ),
      ];
      return {
        id: s.id,
        title: s.title,
        start: instantInZone(startMs, g.zone),
        end: instantInZone(endMs, g.zone),
        ...(venue ? { venueId: venue.id } : {}),
        ...(s.track ? { track: s.track } : {}),
        ...(s.doNotRecord ? { doNotRecord: true } : {}),
        participants: speakers.map((memberId) => ({ memberId, role: "speaker" })),
      };
    });
    const days = sessions
      .flatMap((s) => [parseInstant(s.start)!.epochMs, parseInstant(s.end)!.epochMs - 1])
      .map((ms) => localParts(ms, g.zone).date)
      .sort();
    return parseConvening({
      id: g.id,
      title: g.title,
      ...(g.withUrl ? { url: "https://events.example.org/c" } : {}),
      timeZone: g.zone,
      startDate: days[0],
      endDate: days.at(-1),
      languages: ["en"],
      venues: venues.map((v) => ({ id: v.id, kind: "physical", name: v.name })),
      people: people.map((p) => ({ id: p.id, name: p.name })),
      sessions,
    });
  });

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}

/** What a round trip keeps, comparable with toEqual. */
function essence(c: Convening) {
  const venue = (id: string | undefined) => c.venues.find((v) => v.id === id);
  const person = (id: string) => c.people.find((p) => p.id === id)?.name;
  return c.sessions
    .map((s) => ({
      id: s.id,
      title: s.title,
      start: parseInstant(s.start)!.epochMs,
      end: parseInstant(s.end)!.epochMs,
      room: venue(s.venueId) && ("name" in venue(s.venueId)! ? venue(s.venueId)!.name : undefined),
      track: s.track,
      doNotRecord: s.doNotRecord,
      speakers: s.participants.map((p) => person(p.memberId)).sort(),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

const RUNS = { numRuns: 40 };

describe("round trips through the frab formats", () => {
  it("schedule.json: valid, and imports back the same sessions, instants, rooms, people and ids", () => {
    fc.assert(
      fc.property(conveningDoc, (c) => {
        const json = toFrabJson(c);
        expect(frabJsonErrors(json)).toEqual([]);
        const back = fromFrabJson(JSON.parse(JSON.stringify(json)));
        expect(back.warnings).toEqual([]);
        expect(essence(back.convening)).toEqual(essence(c));
        expect(back.convening.timeZone).toBe(c.timeZone);
      }),
      RUNS,
    );
  });

  it("schedule v2: valid, and imports back the same but doNotRecord, which v2 has no field for", () => {
    // schema2.json's Event has additionalProperties: false and no recording field.
    const withoutRecording = (c: Convening) =>
      essence(c).map(({ doNotRecord: _, ...rest }) => rest);
    fc.assert(
      fc.property(conveningDoc, (c) => {
        const v2 = toScheduleV2(c);
        expect(scheduleV2Errors(v2)).toEqual([]);
        const back = fromFrabJson(JSON.parse(JSON.stringify(v2)));
        expect(withoutRecording(back.convening)).toEqual(withoutRecording(c));
        expect(back.convening.sessions.every((s) => !s.doNotRecord)).toBe(true);
      }),
      RUNS,
    );
  });

  it("schedule.xml: valid against the XSD, and imports back the same", () => {
    fc.assert(
      fc.property(conveningDoc, (c) => {
        const xml = toFrabXml(c);
        expect(frabXmlErrors(xml)).toEqual([]);
        const back = fromFrabXml(xml);
        expect(back.warnings).toEqual([]);
        expect(essence(back.convening)).toEqual(essence(c));
      }),
      { numRuns: 25 },
    );
  });
});
