import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { calendarLinks, toICS } from "../src/index.js";
import { fromICS } from "../src/read/index.js";
import { readWithAll } from "./readers/read-all.js";

// All-day sessions are written as RFC 5545 §3.6.1 DATE values: DTSTART;VALUE=DATE and an
// exclusive DTEND, no TZID, so every reader files them on the same days whatever its zone.
// Pacific/Honolulu (UTC−10) and Pacific/Kiritimati (UTC+14) are a day apart; 10 March 2024 is
// New York's spring-forward day.
function convening(timeZone: string) {
  return parseConvening({
    id: "convergence",
    title: "Convergence",
    url: "https://events.example.org/convergence",
    timeZone,
    startDate: "2024-03-08",
    endDate: "2024-03-12",
    sessions: [
      {
        id: "day-of-rest",
        title: "Day of rest",
        allDay: { startDate: "2024-03-10", endDate: "2024-03-11" },
      },
      {
        id: "opening",
        title: "Opening",
        start: "2024-03-09T09:00:00-05:00",
        end: "2024-03-09T10:00:00-05:00",
        timeZone: "America/New_York",
      },
    ],
  });
}

const ZONES = ["Pacific/Honolulu", "Pacific/Kiritimati", "America/New_York"];

describe("all-day sessions in calendars", () => {
  for (const zone of ZONES) {
    it(`are written as dates, the end exclusive, and read back on the same days (convening in ${zone})`, () => {
      const ics = toICS(convening(zone));
      const event = ics.split("BEGIN:VEVENT")[1]!;
      expect(event).toContain("\r\nDTSTART;VALUE=DATE:20240310\r\n");
      expect(event).toContain("\r\nDTEND;VALUE=DATE:20240312\r\n");
      expect(event).not.toContain("TZID");
      const r = readWithAll(ics);
      for (const cal of [r.icaljs, r.icalendar, r.libical]) {
        expect(cal.crash).toBeUndefined();
        const rest = cal.events.find((e) => e.uid?.startsWith("day-of-rest@"))!;
        expect([rest.start, rest.end]).toEqual(["2024-03-10", "2024-03-12"]);
      }
      expect(r.libical.errors).toEqual([]);
    });
  }

  it("add-to-calendar links carry dates: Google dates=YYYYMMDD/YYYYMMDD, Outlook allday=true", () => {
    for (const zone of ZONES) {
      const links = calendarLinks("day-of-rest", convening(zone));
      expect(links.google).toContain("&dates=20240310%2F20240312&");
      expect(links.google).not.toContain("ctz=");
      expect(links.outlook).toContain("startdt=2024-03-10&enddt=2024-03-12&allday=true&");
      expect(links.office365).toContain("allday=true");
      expect(links.yahoo).toContain("st=20240310&et=20240312&dur=allday");
    }
    // A timed session keeps its instants and zone.
    const timed = calendarLinks("opening", convening("Pacific/Kiritimati"));
    expect(timed.google).toContain("dates=20240309T140000Z%2F20240309T150000Z");
    expect(timed.outlook).not.toContain("allday");
  });

  it("come back from fromICS(toICS(c)) as the same all-day session", () => {
    const c = convening("Pacific/Kiritimati");
    const { convening: back, warnings } = fromICS(toICS(c));
    expect(warnings).toEqual([]);
    const rest = back.sessions.find((s) => s.id === "day-of-rest")!;
    expect(rest.allDay).toEqual({ startDate: "2024-03-10", endDate: "2024-03-11" });
    expect(rest.title).toBe("Day of rest");
  });

  it("reads a one-day VALUE=DATE event without DTEND, and one with a DURATION in days", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:holiday@example.org",
      "DTSTAMP:20240101T000000Z",
      "SUMMARY:Holiday",
      "DTSTART;VALUE=DATE:20240310",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:retreat@example.org",
      "DTSTAMP:20240101T000000Z",
      "SUMMARY:Retreat",
      "DTSTART;VALUE=DATE:20240311",
      "DURATION:P3D",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const { convening: c, warnings } = fromICS(text, { timeZone: "Pacific/Honolulu" });
    expect(warnings).toEqual([]);
    expect(c.sessions.map((s) => s.allDay)).toEqual([
      { startDate: "2024-03-10", endDate: "2024-03-10" },
      { startDate: "2024-03-11", endDate: "2024-03-13" },
    ]);
  });
});
