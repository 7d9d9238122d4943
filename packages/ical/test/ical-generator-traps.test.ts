import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { toCalendar, toICS } from "../src/index.js";
import { committee, convergences, infoSession, workshops } from "./fixtures/convenings.js";
import { calendarLines, propertyValue, unfold, vevents } from "./helpers/ics-text.js";
import { readWithAll } from "./readers/read-all.js";

// Each trap of ical-generator 11 listed in DESIGN.md, with the behaviour that avoids it.

describe("ical-generator traps", () => {
  it("writes New York wall time with its TZID whatever the process zone (no Date read with the server's clock)", () => {
    // The suite runs under TZ=UTC and TZ=America/Los_Angeles; a JS Date with a TZID would come out
    // in the process zone (04:20 or 08:20 here), a luxon DateTime in its own zone.
    const event = vevents(toICS(parseConvening(workshops())))[0]!;
    expect(event).toContain("DTSTART;TZID=America/New_York:20210323T112000");
    expect(event).toContain("DTEND;TZID=America/New_York:20210323T120500");
  });

  it("keeps DTSTAMP and LAST-MODIFIED in UTC: no calendar-level zone, no X-WR-TIMEZONE", () => {
    const ics = toICS(parseConvening(workshops()));
    const event = vevents(ics)[0]!;
    expect(propertyValue(event, "DTSTAMP")).toBe("20210301T093000Z");
    expect(propertyValue(event, "LAST-MODIFIED")).toBe("20210301T093000Z");
    expect(ics).not.toMatch(/^(X-WR-TIMEZONE|TIMEZONE-ID)/m);
  });

  it("writes exactly one VTIMEZONE for each TZID used, built from the runtime's zone data", () => {
    const ics = toICS(parseConvening(workshops()));
    const tzids = new Set(unfold(ics).flatMap((l) => /;TZID=([^:;]+)/.exec(l)?.[1] ?? []));
    const zones = unfold(ics)
      .filter((l) => l.startsWith("TZID:"))
      .map((l) => l.slice(5));
    expect(tzids).toEqual(new Set(["America/New_York"]));
    expect(zones).toEqual(["America/New_York"]);
  });

  it("canonicalises zone aliases in TZID and VTIMEZONE (US/Eastern → America/New_York, Asia/Calcutta → Asia/Kolkata)", () => {
    const doc = workshops();
    doc.timeZone = "US/Eastern";
    doc.sessions![1]!.timeZone = "Asia/Calcutta";
    doc.sessions![1]!.start = "2021-03-23T20:50:00+05:30";
    doc.sessions![1]!.end = "2021-03-23T21:35:00+05:30";
    const ics = toICS(parseConvening(doc));
    expect(ics).toContain("DTSTART;TZID=America/New_York:20210323T112000");
    expect(ics).toContain("DTSTART;TZID=Asia/Kolkata:20210323T205000");
    expect(ics).not.toMatch(/US\/Eastern|Asia\/Calcutta/);
    const r = readWithAll(ics);
    expect(r.icaljs.zones).toEqual(["America/New_York", "Asia/Kolkata"]);
    expect(r.libical.errors).toEqual([]);
  });

  it("writes UTC sessions and series as UTC times without a VTIMEZONE (Etc/UTC included)", () => {
    const doc = convergences();
    doc.series![0]!.timeZone = "Etc/UTC";
    const ics = toICS(parseConvening(doc));
    expect(ics).not.toContain("BEGIN:VTIMEZONE");
    expect(vevents(ics)[0]).toContain("DTSTART:20220419T150000Z");
  });

  it("sets UID, DTSTAMP and SEQUENCE itself, so two runs give the same bytes", () => {
    const first = toICS(parseConvening(workshops()));
    expect(toICS(parseConvening(workshops()))).toBe(first);
    const events = vevents(first);
    expect(events.map((e) => propertyValue(e, "UID"))).toEqual([
      "communities-organizing@events.example.org",
      "power-of-a-story@events.example.org",
      "bridging-the-gap@events.example.org",
    ]);
    expect(events.map((e) => propertyValue(e, "SEQUENCE"))).toEqual(["2", "0", "1"]);
    // No updatedAt on the other sessions nor the convening, and none anywhere else: the latest one
    // in the document, never the clock.
    expect(propertyValue(events[1]!, "DTSTAMP")).toBe("20210301T093000Z");
  });

  it("writes URLs raw: commas and semicolons in URL and CONFERENCE are not backslash-escaped", () => {
    const doc = workshops();
    const ics = toICS(parseConvening(doc), { audience: "network" });
    const event = vevents(ics)[0]!;
    expect(propertyValue(event, "URL")).toBe("https://zoom.example.org/j/111?pwd=a,b;c");
    expect(event).toContain(
      'CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL="Zoom":https://zoom.example.org/j/111?pwd=a,b;c',
    );
    const r = readWithAll(ics);
    for (const cal of [r.icaljs, r.icalendar, r.libical])
      expect(cal.events[0]!.url).toBe("https://zoom.example.org/j/111?pwd=a,b;c");
  });

  it("percent-encodes non-ASCII characters in URIs, which RFC 3986 requires, and readers agree", () => {
    const doc = workshops();
    doc.url = "https://events.example.org/ateliers-coopératifs";
    const ics = toICS(parseConvening(doc));
    expect(calendarLines(ics)).toContain(
      "URL:https://events.example.org/ateliers-coop%C3%A9ratifs",
    );
    const r = readWithAll(ics);
    for (const cal of [r.icaljs, r.icalendar, r.libical])
      expect(cal.events[0]!.url).toBe("https://events.example.org/ateliers-coop%C3%A9ratifs");
    expect(r.libical.errors).toEqual([]);
  });

  it("adds RFC 7986 CONFERENCE lines ical-generator has no API for, read back by ical.js and python-icalendar", () => {
    const ics = toICS(parseConvening(committee()), { audience: "network" });
    const r = readWithAll(ics);
    for (const cal of [r.icaljs, r.icalendar]) {
      expect(cal.events[0]!.conferences).toEqual([
        {
          uri: "https://meet.example.org/we-alliance",
          label: null,
          feature: expect.stringMatching(/AUDIO.*VIDEO/),
        },
        {
          uri: "tel:+33170370000",
          label: "+33 1 70 37 00 00 (France), PIN 2707",
          feature: "PHONE",
        },
      ]);
    }
    expect(r.libical.errors).toEqual([]);
  });

  it("writes GEO at latitude or longitude 0, which ical-generator would drop", () => {
    const doc = infoSession();
    const venue = doc.venues![0]! as { geo?: { lat: number; lon: number } };
    venue.geo = { lat: 0, lon: -0.000001 };
    const ics = toICS(parseConvening(doc));
    expect(vevents(ics)[0]).toContain("GEO:0;-0.000001");
    expect(readWithAll(ics).icalendar.events[0]!.geo).toEqual([0, -0.000001]);
  });

  it("escapes the calendar name and description, which ical-generator writes raw", () => {
    const doc = workshops();
    doc.title = "Workshops; day 1, 2\\3";
    doc.description = "Line one\r\nEND:VCALENDAR\nBEGIN:VEVENT";
    const lines = calendarLines(toICS(parseConvening(doc)));
    expect(propertyValue(lines, "NAME")).toBe("Workshops\\; day 1\\, 2\\\\3");
    expect(propertyValue(lines, "X-WR-CALNAME")).toBe("Workshops\\; day 1\\, 2\\\\3");
    expect(propertyValue(lines, "X-WR-CALDESC")).toBe("Line one\\nEND:VCALENDAR\\nBEGIN:VEVENT");
  });

  it("puts REFRESH-INTERVAL and X-PUBLISHED-TTL among the calendar properties, before any component (RFC 5545 §3.4)", () => {
    const lines = calendarLines(toICS(parseConvening(workshops()), { refreshInterval: 90 }));
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H30M");
    expect(lines).toContain("X-PUBLISHED-TTL:PT1H30M");
  });

  it("returns an ical-generator calendar whose own toString is the same text", () => {
    const calendar = toCalendar(parseConvening(workshops()));
    expect(calendar.toString()).toBe(toICS(parseConvening(workshops())));
    expect(calendar.events()).toHaveLength(3);
  });
});
