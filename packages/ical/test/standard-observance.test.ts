import { type ConveningInput, parseConvening } from "@convening/schema";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { toICS } from "../src/index.js";
import { eventTimes, utc } from "./helpers/expectations.js";
import { unfold } from "./helpers/ics-text.js";
import { readManyWithAll } from "./readers/read-all.js";
import type { ThreeReadings } from "./readers/types.js";

// python-icalendar 4.0.3's `Timezone.to_tz()` (Debian 12) measures each DAYLIGHT transition
// against a STANDARD one and asserts when it finds none (icalendar/cal.py: `assert dst_offset is
// not False`), and it expands an RRULE without UNTIL only to 2038-12-31, so a VTIMEZONE whose
// rules start later gives it no transition at all (IndexError in pytz's DstTzInfo). The fuzz run
// (fuzz/README.md) found both: these calendars made `to_tz()` fail before the writer started
// every VTIMEZONE with the STANDARD observance in force before its first DAYLIGHT one and repeated
// the onsets of rules that start after 2038 as dates.

const WINDOW = { from: "1900-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z" };

/** A convening in `zone` with a one-hour session at each local time. */
function sessionsAt(zone: string, locals: readonly string[]): ConveningInput {
  const starts = locals.map((local) => DateTime.fromISO(local, { zone }));
  const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true })!;
  return {
    id: `in-${zone.replace(/\W/g, "-").toLowerCase()}`,
    title: `${zone} ${locals.join(" ")}`,
    timeZone: zone,
    startDate: starts[0]!.toISODate()!,
    endDate: starts[starts.length - 1]!.toISODate()!,
    sessions: starts.map((start, i) => ({
      id: `s${i}`,
      title: `Session ${i}`,
      start: iso(start),
      end: iso(start.plus({ hours: 1 })),
    })),
  };
}

interface Case {
  readonly why: string;
  readonly doc: ConveningInput;
  readonly ics: string;
}

function caseOf(why: string, zone: string, locals: readonly string[]): Case {
  const doc = sessionsAt(zone, locals);
  return { why, doc, ics: toICS(parseConvening(doc)) };
}

const LONE_DAYLIGHT = [
  // The window from a year before the event holds only the 2006 trial's first onset.
  caseOf("Eucla in its first daylight time since 1992", "Australia/Eucla", ["2006-12-10T10:00"]),
  // The standard onset of March 1995 falls two days before the year-and-a-week lead.
  caseOf("Sydney on 12 March 1996, in summer time", "Australia/Sydney", ["1996-03-12T10:00"]),
  // Fuzz seed 2069142952, document #840: the daylight onset of September 2038 is within 2038, the
  // standard onset after it is in 2039, beyond python-icalendar's horizon.
  caseOf("Santiago in September 2039, across its clock change", "America/Santiago", [
    "2039-09-02T07:30",
    "2039-09-19T05:00",
  ]),
  // The runtime's data calls Nairobi's 1908 change from local mean time daylight time (an offset
  // above the one before it), and no standard onset precedes it.
  caseOf("Nairobi in 1914, after its first change from local mean time", "Africa/Nairobi", [
    "1914-01-01T10:00",
  ]),
];

// Local mean time to local mean time four seconds apart: both offsets are named "UTC-4:28". The
// document's offsets are whole minutes and the readers round local mean time differently, so
// only reading the file without an error is asked of them.
const SHARED_NAME = caseOf("Caracas in 1900", "America/Caracas", ["1900-01-01T10:00"]);

const AFTER_2038 = [
  caseOf("New York in 2045, summer and winter", "America/New_York", [
    "2045-06-15T10:00",
    "2045-12-15T10:00",
  ]),
  caseOf("Sydney in January 2050", "Australia/Sydney", ["2050-01-10T10:00"]),
  caseOf("Santiago in 2060", "America/Santiago", ["2060-01-10T10:00", "2060-07-10T10:00"]),
  caseOf("Paris in July 2100", "Europe/Paris", ["2100-07-01T10:00"]),
];

const ALL = [...LONE_DAYLIGHT, ...AFTER_2038, SHARED_NAME];
let readings: ThreeReadings[] = [];

beforeAll(() => {
  readings = readManyWithAll(
    ALL.map((c) => c.ics),
    WINDOW,
  );
}, 120_000);

/** A calendar's observances, in order: kind, DTSTART and TZNAME. */
function observances(ics: string): { kind: string; start: string; name: string }[] {
  const lines = unfold(ics);
  const out: { kind: string; start: string; name: string }[] = [];
  lines.forEach((line, i) => {
    const begin = /^BEGIN:(STANDARD|DAYLIGHT)$/.exec(line);
    if (!begin) return;
    const block = lines.slice(i + 1, lines.indexOf(`END:${begin[1]}`, i));
    const value = (name: string) =>
      block.find((l) => l.startsWith(`${name}:`))!.slice(name.length + 1);
    out.push({ kind: begin[1]!, start: value("DTSTART"), name: value("TZNAME") });
  });
  return out;
}

function expectEveryReaderRight(c: Case, r: ThreeReadings): void {
  for (const [name, cal] of Object.entries(r)) expect(cal.crash, `${name}`).toBeUndefined();
  expect(r.libical.errors).toEqual([]);
  const expected = parseConvening(c.doc).sessions.map((s) => ({
    uid: `${s.id}@${c.doc.id}`,
    recurrenceId: null,
    start: utc(s.start),
    end: utc(s.end),
  }));
  for (const cal of [r.icaljs, r.icalendar, r.libical, r.ruby]) {
    expect(cal.events.map(eventTimes)).toEqual(expected);
  }
}

describe("a STANDARD observance for python-icalendar's DST arithmetic", () => {
  LONE_DAYLIGHT.forEach((c, i) => {
    it(`starts with the standard time in force before the first daylight onset: ${c.why}`, () => {
      expectEveryReaderRight(c, readings[i]!);
      const list = observances(c.ics);
      expect(list[0]!.kind).toBe("STANDARD");
      const standardNames = list.filter((o) => o.kind === "STANDARD").map((o) => o.name);
      expect(list.filter((o) => o.kind === "DAYLIGHT" && standardNames.includes(o.name))).toEqual(
        [],
      );
    });
  });

  AFTER_2038.forEach((c, k) => {
    it(`gives python-icalendar the dated onsets of rules that start after 2038: ${c.why}`, () => {
      expectEveryReaderRight(c, readings[LONE_DAYLIGHT.length + k]!);
      const starts = observances(c.ics).map((o) => `${o.kind} ${o.start}`);
      expect(starts[0]).toMatch(/^STANDARD /);
      // Each rule appears twice from the same onset: as an RRULE, and as dates.
      expect(unfold(c.ics).filter((l) => l.startsWith("RRULE:FREQ=YEARLY"))).toHaveLength(2);
      expect(new Set(starts).size).toBe(starts.length / 2);
    });
  });

  it("names a daylight observance apart from a standard one, since python-icalendar files kinds by name", () => {
    const r = readings[ALL.length - 1]!;
    for (const [name, cal] of Object.entries(r)) expect(cal.crash, `${name}`).toBeUndefined();
    const list = observances(SHARED_NAME.ics);
    expect(list.map((o) => `${o.kind} ${o.name}`)).toEqual([
      "STANDARD UTC-4:28",
      "DAYLIGHT UTC-4:28 (DST)",
    ]);
  });
});
