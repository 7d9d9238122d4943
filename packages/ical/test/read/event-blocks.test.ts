import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { checkLines } from "../../src/read/check-lines.js";
import { outlineCalendars } from "../../src/read/event-blocks.js";
import { wallOf } from "../../src/read/ics-time.js";
import { type RawEvent, readEvent } from "../../src/read/read-event.js";
import { eventsByComponent, outcome, wallByPattern } from "../readers/component-event.js";

// fromICS hands ical.js one VEVENT at a time and reads its jCal arrays directly, instead of
// parsing the whole file into one tree and reading it through ICAL.Component (which cost a 50 MB
// feed 700 MB and most of its time). These tests hold the new path to the old one: the same
// events, in the same order, with the same values, and the same everything-else for ical.js.

/** The events as fromICS now reads them: outline, ICAL.parse per block, readEvent on jCal. */
function eventsByBlocks(text: string): (RawEvent | { error: string })[] {
  const { blocks } = outlineCalendars(text);
  return blocks.map((b) => outcome(() => readEvent(ICAL.parse(text.slice(b.from, b.to)))));
}

/** The whole file's jCal with every calendar's own VEVENTs taken out. */
function withoutCalendarEvents(text: string): unknown {
  const jcal = ICAL.parse(text) as unknown;
  const roots = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[][];
  const strip = (c: unknown[]) => {
    c[2] = (c[2] as unknown[][]).filter((s) => s[0] !== "vevent");
    for (const s of c[2] as unknown[][]) if (s[0] === "vcalendar") strip(s);
  };
  for (const root of roots) strip(root);
  return jcal;
}

function expectSameReading(text: string): void {
  expect(eventsByBlocks(text)).toEqual(eventsByComponent(text));
  expect(ICAL.parse(outlineCalendars(text).skeleton)).toEqual(withoutCalendarEvents(text));
}

/** ical.js reads it as a whole, and checkLines (which runs before the outline) accepts it. */
function readable(text: string): boolean {
  try {
    checkLines(text);
    ICAL.parse(text);
    return true;
  } catch {
    return false;
  }
}

const ROOT = new URL("../corpora/", import.meta.url);
const corpusFiles = ["ical.js", "libical", "python-icalendar"].flatMap((corpus) =>
  readdirSync(new URL(`${corpus}/`, ROOT))
    .filter((name) => name.endsWith(".ics"))
    .map((name) => {
      const text = readFileSync(new URL(`${corpus}/${name}`, ROOT), "utf8");
      return { name: `${corpus}/${name}`, text: text.replace(/^\ufeff/, "") };
    })
    .filter((f) => readable(f.text)),
);

const EVENT = [
  "BEGIN:VEVENT",
  "UID:one@example.org",
  "DTSTAMP:20240101T000000Z",
  "DTSTART;TZID=Europe/Berlin:20240301T090000",
  "DURATION:PT1H30M",
  "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=FR",
  "EXDATE;TZID=Europe/Berlin:20240308T090000,20240315T090000",
  "RDATE;VALUE=PERIOD:20240401T090000Z/PT1H",
  "SUMMARY:Budget\\, reports\\; and \\n next steps",
  "DESCRIPTION:Line one\\nLine two",
  "CATEGORIES:Workshop,Track 1",
  "CATEGORIES:Other",
  "GEO:52.52;13.40",
  "SEQUENCE:3",
  "STATUS:tentative",
  "LAST-MODIFIED:20240102T030405Z",
  'LOCATION;ALTREP="http://example.org/room":Room 4',
  "URL:https://example.org/e/1",
  "CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.example.org/abc",
  'ORGANIZER;CN="Ada, L.":mailto:ada@example.org',
  "ATTENDEE;CN=Bo;ROLE=chair;CUTYPE=individual:MAILTO:bo@example.org",
  "ATTENDEE;CUTYPE=ROOM:mailto:room@example.org",
  "X-UNKNOWN;VALUE=DATE:20240101",
  "BEGIN:VALARM",
  "ACTION:DISPLAY",
  "TRIGGER:-PT15M",
  "END:VALARM",
  "END:VEVENT",
];

describe("reading VEVENTs one at a time from jCal", () => {
  it("reads every event of the ical.js, libical and python-icalendar corpora as ICAL.Component does", () => {
    expect(corpusFiles.length).toBeGreaterThan(30);
    for (const file of corpusFiles) {
      try {
        expectSameReading(file.text);
      } catch (error) {
        throw new Error(`${file.name}: ${(error as Error).message}`);
      }
    }
  });

  it("reads every kind of value an event carries as ICAL.Component does", () => {
    const text = ["BEGIN:VCALENDAR", "VERSION:2.0", ...EVENT, "END:VCALENDAR", ""].join("\r\n");
    const event = eventsByBlocks(text)[0] as RawEvent;
    expect(event).toEqual(eventsByComponent(text)[0]);
    // The values the Component API decorates arrive decorated.
    expect(event.duration).toBeInstanceOf(ICAL.Duration);
    expect(event.rrules[0]).toBeInstanceOf(ICAL.Recur);
    expect(event.rdatePeriods).toBe(1);
    expect(event.summary).toBe("Budget, reports; and \n next steps");
    expect(event.categories).toEqual(["Workshop", "Track 1", "Other"]);
  });

  it("finds the events of nested calendars, folded BEGIN lines and odd spellings as ical.js does", () => {
    const event = (uid: string) => [
      "BEGIN:VEVENT",
      `UID:${uid}`,
      "DTSTART:20240301T090000Z",
      "END:VEVENT",
    ];
    const text = [
      "BEGIN:VCALENDAR",
      ...event("a"),
      "BEGIN:VCALENDAR",
      ...event("inner-1"),
      "END:VCALENDAR",
      // Lower case, and a BEGIN folded across two lines (RFC 5545 §3.1).
      "begin:vevent",
      "UID:b",
      "end:vevent",
      "BEGIN:VEV",
      " ENT",
      "UID:c",
      "END:VEVENT",
      // A VEVENT inside a VTODO is not one of the calendar's events.
      "BEGIN:VTODO",
      "UID:todo",
      ...event("in-todo"),
      "END:VTODO",
      // BEGIN with a parameter is a property named BEGIN to ical.js, not a component.
      "BEGIN;X-A=1:VEVENT",
      "BEGIN:VTIMEZONE",
      "TZID:Late",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "END:VTIMEZONE",
      ...event("d"),
      "END:VCALENDAR",
    ].join("\n");
    expectSameReading(text);
    expect(eventsByBlocks(text).map((e) => ("uid" in e ? e.uid : e.error))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "inner-1",
    ]);
  });

  it("reads generated calendars as ical.js does, whatever their layout and line breaks", () => {
    const snippet = fc.constantFrom(
      EVENT,
      ["BEGIN:VEVENT", "UID:x", "DTSTART;VALUE=DATE:20240301", "END:VEVENT"],
      ["BEGIN:VEVENT", "SUMMARY:no uid", "DTSTART:20240301T090000", "END:VEVENT"],
      ["BEGIN:VCALENDAR", "X-WR-CALNAME:Inner", ...EVENT, "END:VCALENDAR"],
      ["BEGIN:VTODO", "UID:t", ...EVENT, "END:VTODO"],
      ["X-WR-TIMEZONE:Europe/Berlin"],
      [""],
    );
    fc.assert(
      fc.property(
        fc.array(snippet, { maxLength: 8 }),
        fc.constantFrom("\r\n", "\n"),
        fc.boolean(),
        (parts, eol, trailing) => {
          const text =
            ["BEGIN:VCALENDAR", ...parts.flat(), "END:VCALENDAR"].join(eol) + (trailing ? eol : "");
          expectSameReading(text);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("wallOf", () => {
  it("reads exactly what the jCal date-time pattern reads", () => {
    const chars = fc.constantFrom(..."0123456789-:TZ.x ".split(""));
    const nearDate = fc
      .tuple(
        fc.constantFrom("2024-03-01", "0000-12-31", "2024-3-01", "20240301"),
        fc.constantFrom(
          "",
          "T09:30:00",
          "T09:30:00Z",
          "T09:30:00.5Z",
          "T09:30:00.",
          "T9:30:00",
          "Tx",
        ),
        fc.string({ unit: chars, maxLength: 3 }),
      )
      .map(([d, t, tail]) => d + t + tail);
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string({ unit: chars, maxLength: 24 })), (value) => {
        expect(wallOf(value)).toEqual(wallByPattern(value));
      }),
      { numRuns: 2000 },
    );
    expect(wallOf(20240301)).toBeUndefined();
  });
});
