import { type ConveningInput, parseConvening, parseSeries } from "@convening/schema";
import { expandSeries } from "@convening/time";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { toICS } from "../src/index.js";
import { buildVtimezone, utcOffsetValue, vtimezoneStats } from "../src/vtimezone.js";
import { core, eventTimes, utc } from "./helpers/expectations.js";
import { unfold } from "./helpers/ics-text.js";
import { readManyWithAll } from "./readers/read-all.js";
import type { ThreeReadings } from "./readers/types.js";

// Zones with every kind of history: northern and southern DST, half-hour DST (Lord Howe), rules
// on "Sun>=2" (Chile) and "Fri>=23" (Israel), DST abolished (São Paulo 2019, Mexico City 2022,
// Tehran 2022), DST brought back (Cairo 2023), Ramadan breaks (Casablanca), a date-line jump
// (Apia 2011), negative DST (Dublin), offsets of :30 and :45, and zones that never change.
const ZONES = [
  "America/New_York",
  "America/Los_Angeles",
  "Europe/London",
  "Europe/Paris",
  "Europe/Dublin",
  "Africa/Nairobi",
  "Africa/Cairo",
  "Africa/Casablanca",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tehran",
  "Asia/Jerusalem",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Australia/Adelaide",
  "Australia/Lord_Howe",
  "Pacific/Auckland",
  "Pacific/Chatham",
  "Pacific/Apia",
  "America/Sao_Paulo",
  "America/Santiago",
  "America/Mexico_City",
  "America/St_Johns",
  "America/Asuncion",
  "Etc/GMT+5",
];

/** Instants around each zone's offset changes from 2000 to 2035, plus plain ones. */
function instantsFor(zone: string): number[] {
  const out: number[] = [];
  for (let year = 2000; year <= 2035; year += 5) {
    for (const month of [1, 3, 4, 6, 9, 10, 11]) {
      out.push(DateTime.fromObject({ year, month, day: 15, hour: 10 }, { zone }).toMillis());
    }
  }
  // Just before and after changes, where a wrong VTIMEZONE is off by the DST amount.
  const vtz = buildVtimezone(zone, {
    fromMs: Date.parse("2000-01-01T00:00:00Z"),
    toMs: Date.parse("2036-01-01T00:00:00Z"),
    open: false,
  });
  for (const match of vtz.matchAll(
    /DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\r\nTZOFFSETFROM:([+-]\d{2})(\d{2})/g,
  )) {
    const [, y, mo, d, h, mi, s, oh, om] = match;
    const sign = oh!.startsWith("-") ? -1 : 1;
    const offsetMs = sign * (Math.abs(Number(oh)) * 60 + Number(om)) * 60_000;
    const at =
      Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offsetMs;
    if (at > Date.parse("2000-01-02T00:00:00Z")) out.push(at - 30 * 60_000, at + 30 * 60_000);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

function conveningFor(zone: string, instants: readonly number[]): ConveningInput {
  const iso = (ms: number) =>
    DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })!;
  const dates = instants.map((ms) => DateTime.fromMillis(ms, { zone }).toISODate()!);
  return {
    id: "zones",
    title: zone,
    timeZone: zone,
    startDate: dates[0]!,
    endDate: DateTime.fromMillis(instants[instants.length - 1]! + 3_600_000, { zone }).toISODate()!,
    sessions: instants.map((ms, i) => ({
      id: `s${i}`,
      title: `Session ${i}`,
      start: iso(ms),
      end: iso(ms + 3_600_000),
    })),
    series: [
      {
        id: "weekly",
        title: "Open-ended weekly call",
        timeZone: zone,
        firstDate: "2015-01-06",
        startTime: "09:30",
        duration: "PT1H",
        rule: { freq: "weekly", byWeekday: ["tu"] },
      },
    ],
  };
}

const WINDOW = { from: "2014-12-01T00:00:00Z", to: "2036-01-01T00:00:00Z" };
const docs = ZONES.map((zone) => ({ zone, doc: conveningFor(zone, instantsFor(zone)) }));
let readings: ThreeReadings[] = [];

beforeAll(() => {
  readings = readManyWithAll(
    docs.map(({ doc }) => toICS(parseConvening(doc))),
    WINDOW,
  );
}, 120_000);

describe("VTIMEZONE from the runtime's zone data", () => {
  docs.forEach(({ zone, doc }, i) => {
    it(`gives every reader the document's instants and weekly wall time in ${zone}, 2000–2035`, () => {
      const r = readings[i]!;
      for (const cal of [r.icaljs, r.icalendar, r.libical]) expect(cal.crash).toBeUndefined();
      expect(r.libical.errors).toEqual([]);
      for (const [j, s] of (doc.sessions ?? []).entries()) {
        for (const cal of [r.icaljs, r.icalendar, r.libical]) {
          const e = cal.events[j]!;
          expect([e.start, e.end], `${zone} ${s.start}`).toEqual([utc(s.start!), utc(s.end!)]);
        }
        expect(r.icalendar.events[j]!.startTzdb).toBe(utc(s.start!));
      }
      const expected = expandSeries(parseSeries(doc.series![0]!), WINDOW).map((o) => utc(o.start));
      for (const cal of [r.icaljs, r.icalendar, r.libical]) {
        expect(cal.events[cal.events.length - 1]!.occurrences).toEqual(expected);
      }
      expect(r.icalendar.events.map((e) => core(e))).toEqual(r.icaljs.events.map((e) => core(e)));
      // ruby-icalendar 2.8 raises on an event before an observance's first onset, which a change
      // of the zone's rules inside 2000–2035 makes unavoidable; what it does read must be right.
      if (r.ruby.crash === undefined) {
        expect(r.ruby.events.map(eventTimes)).toEqual(r.icaljs.events.map(eventTimes));
      }
    });
  });

  it("writes a session in the repeated hour of a fall-back in UTC, since readers disagree on which instant TZID local time means", () => {
    const doc: ConveningInput = {
      id: "overlap",
      title: "Overlap",
      timeZone: "America/New_York",
      startDate: "2021-11-07",
      endDate: "2021-11-07",
      sessions: [
        {
          id: "first",
          title: "First 01:30",
          start: "2021-11-07T01:30:00-04:00",
          end: "2021-11-07T01:45:00-04:00",
        },
        {
          id: "second",
          title: "Second 01:30",
          start: "2021-11-07T01:30:00-05:00",
          end: "2021-11-07T01:45:00-05:00",
        },
      ],
    };
    const lines = unfold(toICS(parseConvening(doc)));
    expect(lines).toContain("DTSTART:20211107T053000Z");
    expect(lines).toContain("DTSTART:20211107T063000Z");
    expect(lines.some((l) => l.startsWith("DTSTART;TZID="))).toBe(false);
  });

  it("describes New York by its yearly rules, valid for an open-ended series", () => {
    const vtz = buildVtimezone("America/New_York", {
      fromMs: Date.parse("2021-03-23T15:20:00Z"),
      toMs: Date.parse("2021-03-23T16:05:00Z"),
      open: true,
    });
    expect(vtz).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    expect(vtz).toContain("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    expect(vtz).toContain("TZNAME:EDT");
  });

  it("finds rules that are not an nth weekday: Israel's Friday on or after 23 March, Chile's Sunday on or after 2 April", () => {
    const span = {
      fromMs: Date.parse("2021-06-01T00:00:00Z"),
      toMs: Date.parse("2021-06-02T00:00:00Z"),
      open: false,
    };
    expect(buildVtimezone("Asia/Jerusalem", span)).toContain(
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR",
    );
    expect(buildVtimezone("America/Santiago", span)).toContain(
      "RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU",
    );
  });

  it("writes one fixed standard observance for a zone that never changes offset, from before its events", () => {
    const since1970 = buildVtimezone("Etc/GMT+5", {
      fromMs: Date.parse("2021-03-23T15:20:00Z"),
      toMs: Date.parse("2021-03-23T16:05:00Z"),
      open: true,
    });
    expect(since1970).toContain(
      "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0500",
    );
    expect(since1970).not.toContain("DAYLIGHT");
    // At the epoch, 1970-01-01 00:00 in -05:00 comes five hours after the event.
    const atEpoch = buildVtimezone("Etc/GMT+5", { fromMs: 0, toMs: 1, open: false });
    expect(atEpoch).toContain("DTSTART:16010101T000000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0500");
  });

  it("composes the VTIMEZONE of a programme's one-session calendars once per clock change, not once per calendar", () => {
    // 2,000 sessions over ten days across the US spring-forward, each its own calendar.
    const start = Date.parse("2031-03-04T14:00:00Z");
    const before = vtimezoneStats.composed;
    const texts = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const fromMs = start + Math.floor(i / 200) * 86_400_000 + (i % 200) * 240_000;
      texts.add(
        buildVtimezone("America/Chicago", { fromMs, toMs: fromMs + 2_700_000, open: false }),
      );
    }
    expect(texts.size).toBeLessThanOrEqual(2);
    // A key changes where an onset enters the year before the span or the span itself.
    expect(vtimezoneStats.composed - before).toBeLessThanOrEqual(4);
    expect(vtimezoneStats.cached).toBeLessThanOrEqual(1_000);
  });

  it("writes UTC offsets as ±HHMM, with seconds only when there are some", () => {
    expect([
      utcOffsetValue(19_800),
      utcOffsetValue(-12_600),
      utcOffsetValue(0),
      utcOffsetValue(-17_762),
    ]).toEqual(["+0530", "-0330", "+0000", "-045602"]);
  });
});
