import { type ConveningInput, parseConvening } from "@convening/schema";
import { zoneOffset } from "@convening/time";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { toICS } from "../src/index.js";
import { utcOffsetValue } from "../src/vtimezone.js";
import {
  eventTimes,
  expectMatchesDocument,
  expectReadersAgree,
  utc,
} from "./helpers/expectations.js";
import { unfold } from "./helpers/ics-text.js";
import { readManyWithAll } from "./readers/read-all.js";
import type { ThreeReadings } from "./readers/types.js";

// Every observance of a VTIMEZONE must be in force from before the events it serves: readers
// differ on what an event before the first onset means (python-icalendar takes the first
// observance's offset; ruby-icalendar 2.8 raises "comparison of IceCube::Occurrence with nil").

// Two years and more of each weekly call: enough to cross every clock change twice.
const WINDOW = { from: "1990-01-01T00:00:00Z", to: "2027-07-01T00:00:00Z" };

/** A convening with one session at `local` in `zone`, and with `weekly`, a call from that day on. */
function oneSession(zone: string, local: string, weekly: boolean): ConveningInput {
  const start = DateTime.fromISO(local, { zone });
  const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true })!;
  return {
    id: `at-${start.toISODate()}`,
    title: `${zone} ${local}`,
    timeZone: zone,
    startDate: start.toISODate()!,
    endDate: start.toISODate()!,
    sessions: [
      { id: "session", title: "Session", start: iso(start), end: iso(start.plus({ hours: 1 })) },
    ],
    series: weekly
      ? [
          {
            id: "weekly",
            title: "Weekly call",
            timeZone: zone,
            firstDate: start.toISODate()!,
            startTime: start.toFormat("HH:mm"),
            duration: "PT1H",
            rule: { freq: "weekly", byWeekday: [start.toFormat("ccc").slice(0, 2).toLowerCase()] },
          },
        ]
      : [],
  } as ConveningInput;
}

interface Case {
  readonly zone: string;
  readonly local: string;
  readonly doc: ConveningInput;
  readonly ics: string;
}

function caseOf(zone: string, local: string, weekly = false): Case {
  const doc = oneSession(zone, local, weekly);
  return { zone, local, doc, ics: toICS(parseConvening(doc)) };
}

/** The STANDARD and DAYLIGHT blocks of a calendar's VTIMEZONE, unfolded. */
function observances(ics: string): { kind: string; lines: string[] }[] {
  const lines = unfold(ics);
  const out: { kind: string; lines: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const begin = /^BEGIN:(STANDARD|DAYLIGHT)$/.exec(lines[i]!);
    if (!begin) continue;
    const end = lines.indexOf(`END:${begin[1]}`, i);
    out.push({ kind: begin[1]!, lines: lines.slice(i + 1, end) });
  }
  return out;
}

// Antarctica/Troll: UTC ("-00") from before 1970, its first daylight time in March 2005.
const BEFORE_HISTORY = [
  caseOf("Antarctica/Troll", "2004-06-15T10:00"),
  caseOf("Antarctica/Troll", "1999-01-10T10:00"),
];
// Zones that ended their clock changes on summer time: tzdata calls it standard time since.
const PERMANENT = [
  caseOf("Europe/Istanbul", "2024-06-15T10:00", true),
  caseOf("Asia/Amman", "2023-06-15T10:00", true),
  caseOf("Asia/Damascus", "2023-06-15T10:00", true),
  caseOf("America/Asuncion", "2025-06-15T10:00", true),
];
// One-session calendars in zones of every kind, in both halves of the year.
const EVERYDAY = [
  "America/New_York",
  "Europe/Paris",
  "Europe/Dublin",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/Santiago",
  "Asia/Jerusalem",
  "America/St_Johns",
  "Asia/Kolkata",
  "America/Sao_Paulo",
  "Asia/Tehran",
].flatMap((zone) =>
  ["2021-01-12T10:00", "2021-07-13T10:00", "2025-11-02T10:00"].map((local) => caseOf(zone, local)),
);
// Open-ended weekly calls from one date, in zones whose rules have held since the year before.
const OPEN_ENDED = [
  "America/New_York",
  "Europe/Paris",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/St_Johns",
].flatMap((zone) =>
  ["2021-01-12T10:00", "2021-07-13T10:00"].map((local) => caseOf(zone, local, true)),
);
const ALL = [...BEFORE_HISTORY, ...PERMANENT, ...EVERYDAY, ...OPEN_ENDED];
let readings: ThreeReadings[] = [];

beforeAll(() => {
  readings = readManyWithAll(
    ALL.map((c) => c.ics),
    WINDOW,
  );
}, 120_000);

function expectReadRight(c: Case, r: ThreeReadings): void {
  expectReadersAgree(r);
  const convening = parseConvening(c.doc);
  for (const cal of [r.icaljs, r.icalendar, r.libical]) {
    expectMatchesDocument(cal, convening, {
      domain: convening.id,
      languages: convening.languages,
      window: WINDOW,
    });
  }
  const session = convening.sessions[0]!;
  expect(r.ruby.events.map(eventTimes)[0]).toMatchObject({
    start: utc(session.start),
    end: utc(session.end),
  });
}

describe("observances in force from before the events", () => {
  BEFORE_HISTORY.forEach((c, i) => {
    it(`covers ${c.local} in ${c.zone}, before the zone's first clock change, for every reader`, () => {
      const r = readings[i]!;
      expectReadRight(c, r);
      const [first] = observances(c.ics);
      expect(first!.kind).toBe("STANDARD");
      expect(first!.lines).toContain("TZOFFSETTO:+0000");
      const dtstart = first!.lines.find((l) => l.startsWith("DTSTART:"))!;
      expect(dtstart.slice(8) <= c.local.replace(/[-:]/g, "")).toBe(true);
    });
  });

  PERMANENT.forEach((c, i) => {
    it(`writes one standard observance with today's offset and name in ${c.zone}, which no longer changes`, () => {
      const r = readings[BEFORE_HISTORY.length + i]!;
      expectReadRight(c, r);
      const now = zoneOffset(
        c.zone,
        new Date(Date.parse(parseConvening(c.doc).sessions[0]!.start)),
      );
      const blocks = observances(c.ics);
      expect(blocks.map((b) => b.kind)).toEqual(["STANDARD"]);
      expect(blocks[0]!.lines).toContain(`TZOFFSETTO:${utcOffsetValue(now.offsetSeconds)}`);
      expect(blocks[0]!.lines).toContain(`TZNAME:${now.abbreviation}`);
    });
  });

  it("starts every observance of a one-session calendar or a weekly call at or before its first event, so ruby-icalendar 2.8 reads it", () => {
    [...EVERYDAY, ...OPEN_ENDED].forEach((c, k) => {
      const r = readings[BEFORE_HISTORY.length + PERMANENT.length + k]!;
      expect(r.ruby.crash, `${c.zone} ${c.local}`).toBeUndefined();
      expectReadRight(c, r);
      for (const block of observances(c.ics)) {
        const dtstart = block.lines.find((l) => l.startsWith("DTSTART:"))!.slice(8);
        expect(dtstart <= c.local.replace(/[-:]/g, ""), `${c.zone} ${c.local} ${dtstart}`).toBe(
          true,
        );
      }
    });
  });
});
