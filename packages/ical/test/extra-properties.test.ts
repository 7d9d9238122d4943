import { parseConvening } from "@convening/schema";
import { ICalAlarmType, ICalCalendar } from "ical-generator";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ConveningCalendar } from "../src/convening-calendar.js";
import { ConveningEvent } from "../src/convening-event.js";
import { completeCalendar, completeEvent, eventExtraLines } from "../src/extra-properties.js";
import { toCalendar, toICS } from "../src/index.js";
import { NominalWallTime } from "../src/nominal-wall-time.js";
import { ZonedInstant } from "../src/zoned-instant.js";
import { committee, convergences, infoSession, workshops } from "./fixtures/convenings.js";
import { calendarLines, unfold, vevents } from "./helpers/ics-text.js";

// What ical-generator cannot write goes through src/extra-properties.ts, each piece at a place
// ical-generator's own writers define. These check each case and where it lands.

const NO_EXTRAS = { recurrence: [], duration: undefined, url: undefined, geo: undefined };

/** The index of the first line starting with `prefix`, or -1. */
function at(lines: readonly string[], prefix: string): number {
  return lines.findIndex((l) => l.startsWith(prefix));
}

function lastIndex(lines: readonly string[], prefix: string): number {
  return lines.reduce((found, l, i) => (l.startsWith(prefix) ? i : found), -1);
}

/** An event on a plain calendar, with `lines` as its extra lines and one alarm. */
function eventWith(lines: readonly string[], alarms = 1): ConveningEvent {
  const calendar = new ConveningCalendar({}, []);
  const event = new ConveningEvent(
    {
      id: "e@example.org",
      stamp: DateTime.fromISO("2024-01-01T00:00:00Z", { zone: "utc" }),
      start: DateTime.fromISO("2024-01-02T10:00:00Z", { zone: "utc" }),
      end: DateTime.fromISO("2024-01-02T11:00:00Z", { zone: "utc" }),
      summary: "Call",
      categories: [{ name: "Meeting" }],
      status: "CONFIRMED" as never,
      lastModified: DateTime.fromISO("2024-01-01T00:00:00Z", { zone: "utc" }),
      alarms: Array.from({ length: alarms }, () => ({ type: ICalAlarmType.display, trigger: 900 })),
    },
    calendar,
    lines,
    { fromMs: 0, toMs: 0, open: false },
  );
  calendar.createEvent(event);
  return event;
}

describe("extra properties of an event", () => {
  it("writes CONFERENCE after ical-generator's properties and before the alarms", () => {
    const [event] = vevents(
      toICS(parseConvening(committee()), { audience: "network", alarms: [15] }),
    );
    const conference = at(event!, "CONFERENCE");
    expect(conference).toBeGreaterThan(at(event!, "STATUS:"));
    expect(conference).toBeGreaterThan(at(event!, "CATEGORIES:"));
    expect(lastIndex(event!, "CONFERENCE")).toBeLessThan(at(event!, "BEGIN:VALARM"));
  });

  it("writes RDATE and EXDATE after ical-generator's properties, with EXDATE in the series' TZID", () => {
    const [master] = vevents(toICS(parseConvening(convergences())));
    expect(at(master!, "RDATE:")).toBeGreaterThan(at(master!, "STATUS:"));
    const [call] = vevents(toICS(parseConvening(committee())));
    expect(call).toContain("EXDATE;TZID=Europe/Paris:20110824T160000");
    expect(at(call!, "EXDATE")).toBeGreaterThan(at(call!, "STATUS:"));
  });

  it("writes DURATION, which ical-generator has no API for, instead of DTEND", () => {
    const lines = eventExtraLines({ ...NO_EXTRAS, duration: "P1DT12H", conferences: [] });
    expect(lines).toEqual(["DURATION:P1DT12H\r\n"]);
  });

  it("writes URL as a raw URI, non-ASCII percent-encoded, where ical-generator escapes , and ;", () => {
    const lines = eventExtraLines({
      ...NO_EXTRAS,
      url: "https://example.org/a,b;c/é",
      conferences: [],
    });
    expect(lines).toEqual(["URL:https://example.org/a,b;c/%C3%A9\r\n"]);
  });

  it("writes GEO at latitude or longitude 0 and without exponents, which ical-generator would not", () => {
    const line = (lat: number, lon: number) =>
      eventExtraLines({ ...NO_EXTRAS, geo: { lat, lon }, conferences: [] });
    expect(line(0, 4.3835)).toEqual(["GEO:0;4.3835\r\n"]);
    expect(line(-0, 1e-7)).toEqual(["GEO:0;0\r\n"]);
    expect(line(50.8427, -0.000001)).toEqual(["GEO:50.8427;-0.000001\r\n"]);
  });

  it("writes the extra lines in one order: RDATE/EXDATE, DURATION, URL, GEO, CONFERENCE", () => {
    const lines = eventExtraLines({
      recurrence: ["RDATE:20240101T100000Z\r\n"],
      duration: "P1D",
      url: "https://example.org",
      geo: { lat: 1, lon: 2 },
      conferences: ["CONFERENCE;VALUE=URI:https://example.org/room\r\n"],
    });
    expect(lines.map((l) => l.split(/[:;]/)[0])).toEqual([
      "RDATE",
      "DURATION",
      "URL",
      "GEO",
      "CONFERENCE",
    ]);
  });

  it("writes the VALARMs after every property, LAST-MODIFIED included (RFC 5545 §3.6.1)", () => {
    const lines = unfold(eventWith(["URL:https://example.org\r\n"], 2).toString());
    expect(lines.slice(-13)).toEqual([
      "LAST-MODIFIED:20240101T000000Z",
      "URL:https://example.org",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-PT15M",
      "DESCRIPTION:Call",
      "END:VALARM",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-PT15M",
      "DESCRIPTION:Call",
      "END:VALARM",
      "END:VEVENT",
    ]);
  });

  it("keeps the alarms in ical-generator's list after writing, so writing twice gives the same text", () => {
    const event = eventWith([], 2);
    const first = event.toString();
    expect(event.alarms()).toHaveLength(2);
    expect(event.toString()).toBe(first);
  });

  it("writes an event with neither extra lines nor alarms as ical-generator does", () => {
    const event = eventWith([], 0);
    const plain = new ICalCalendar().createEvent(event.toJSON() as never);
    expect(event.toString()).toBe(plain.toString());
  });

  it("refuses ical-generator output that no longer ends with END:VEVENT rather than misplace lines", () => {
    expect(() => completeEvent("BEGIN:VEVENT\r\nUID:x\r\n", [], [])).toThrow(/END:VEVENT/);
  });
});

describe("nominal wall times", () => {
  it("has ical-generator write a DTSTART in a spring-forward gap as the rule's wall time", () => {
    const instant = new ZonedInstant(Date.parse("2024-03-10T07:30:00Z"), "America/New_York");
    // The instant RFC 5545 §3.3.5 gives 02:30 shows 03:30: 02:30 does not exist that day.
    expect(instant.wall).toBe("20240310T033000");
    const event = new ICalCalendar().createEvent({
      start: new NominalWallTime("20240310T023000", instant),
      timezone: "America/New_York",
      recurrenceId: new NominalWallTime("20240310T023000", instant),
    });
    const lines = unfold(event.toString());
    expect(lines).toContain("DTSTART;TZID=America/New_York:20240310T023000");
    expect(lines).toContain("RECURRENCE-ID;TZID=America/New_York:20240310T023000");
  });

  it("gives ical-generator the instant for its own checks and JSON", () => {
    const instant = new ZonedInstant(Date.parse("2024-03-10T07:30:00Z"), undefined);
    const value = new NominalWallTime("20240310T023000", instant);
    expect(value.toDate().toISOString()).toBe("2024-03-10T07:30:00.000Z");
    expect(value.toJSON()).toBe("2024-03-10T07:30:00Z");
    expect(() => value.format("YYYY")).toThrow();
  });
});

describe("feed properties", () => {
  it("writes the feed properties after ical-generator's calendar properties and before the first VTIMEZONE", () => {
    const lines = unfold(toICS(parseConvening(workshops()), { refreshInterval: 90 }));
    const method = at(lines, "METHOD:");
    const zone = at(lines, "BEGIN:VTIMEZONE");
    for (const name of [
      "NAME:",
      "X-WR-CALNAME:",
      "X-WR-CALDESC:",
      "REFRESH-INTERVAL",
      "X-PUBLISHED-TTL",
    ]) {
      expect(at(lines, name), name).toBeGreaterThan(method);
      expect(at(lines, name), name).toBeLessThan(zone);
    }
  });

  it("writes the feed properties before the first VEVENT when no VTIMEZONE is needed", () => {
    const doc = convergences();
    doc.series![0]!.timeZone = "Etc/UTC";
    const lines = unfold(toICS(parseConvening(doc)));
    expect(at(lines, "BEGIN:VTIMEZONE")).toBe(-1);
    expect(at(lines, "X-PUBLISHED-TTL")).toBeLessThan(at(lines, "BEGIN:VEVENT"));
  });

  it("writes the feed properties of a calendar with no component before END:VCALENDAR", () => {
    const text = new ConveningCalendar({ prodId: "//a//b//EN" }, ["NAME:Empty\r\n"]).toString();
    expect(text).toBe(
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//a//b//EN\r\nNAME:Empty\r\nEND:VCALENDAR\r\n",
    );
  });

  it("folds the feed lines like ical-generator folds its own, at 75 octets", () => {
    const name = "Réunion ".repeat(20);
    const text = completeCalendar("BEGIN:VCALENDAR\r\nEND:VCALENDAR", [`NAME:${name}\r\n`], []);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`NAME:${name}`);
  });

  it("ends every line with CRLF, the last one included (RFC 5545 §3.1)", () => {
    const text = toICS(parseConvening(infoSession()));
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes a calendar X- property set through ical-generator among the calendar properties, before any component (RFC 5545 §3.4)", () => {
    const calendar = toCalendar(parseConvening(workshops()));
    calendar.x("X-EXAMPLE", "yes");
    const lines = calendarLines(calendar.toString());
    expect(lines).toContain("X-EXAMPLE:yes");
  });

  it("keeps the events in ical-generator's list after writing, so writing twice gives the same text", () => {
    const calendar = toCalendar(parseConvening(workshops()));
    const first = calendar.toString();
    expect(calendar.events()).toHaveLength(3);
    expect(calendar.toString()).toBe(first);
  });

  it("writes one VTIMEZONE per TZID its events use, whoever added the events", () => {
    const calendar = toCalendar(parseConvening(workshops()));
    calendar.createEvent({
      start: DateTime.fromISO("2021-03-23T10:00:00", { zone: "Asia/Tokyo" }),
      timezone: "Asia/Tokyo",
      summary: "Added",
    });
    const zones = unfold(calendar.toString()).filter((l) => l.startsWith("TZID:"));
    expect(zones).toEqual(["TZID:America/New_York", "TZID:Asia/Tokyo"]);
  });
});
