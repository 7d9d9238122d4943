import { describe, expect, it } from "vitest";
import { toICS } from "../src/index";
import { committee, workshops } from "./fixtures/convenings";
import { calendarLines, propertyValue, vevents } from "./helpers/ics-text";
import { readWithAll } from "./readers/read-all";

describe("feed properties", () => {
  it("names the feed after the convening and asks for a refresh every 12 hours by default", () => {
    const lines = calendarLines(toICS(workshops()));
    expect(propertyValue(lines, "NAME")).toBe("Collaborative Workshops");
    expect(propertyValue(lines, "X-WR-CALNAME")).toBe("Collaborative Workshops");
    expect(propertyValue(lines, "URL")).toBe(
      "https://events.example.org/collaborative-workshops-2021",
    );
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT12H");
    expect(lines).toContain("X-PUBLISHED-TTL:PT12H");
  });

  it("takes the name, page and refresh interval from the options, in minutes or as a duration", () => {
    const lines = calendarLines(
      toICS(workshops(), {
        name: "Workshops; day one",
        url: "https://example.org/feed",
        refreshInterval: "P1DT30M",
      }),
    );
    expect(propertyValue(lines, "NAME")).toBe("Workshops\\; day one");
    expect(propertyValue(lines, "URL")).toBe("https://example.org/feed");
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:P1DT30M");
    expect(calendarLines(toICS(workshops(), { refreshInterval: 45 }))).toContain(
      "X-PUBLISHED-TTL:PT45M",
    );
  });

  it("writes each alarm as a display VALARM before the start, read the same by every reader", () => {
    const ics = toICS(workshops(), { alarms: [15, "PT1H", 0] });
    const r = readWithAll(ics);
    expect(r.icaljs.events[0]!.alarms).toEqual(["TRIGGER:-PT15M", "TRIGGER:-PT1H", "TRIGGER:PT0S"]);
    // python-icalendar prints the durations it parsed in its own canonical form.
    expect(r.icalendar.events[0]!.alarms).toEqual(["-PT15M", "-PT1H", "P0D"]);
    expect(r.libical.errors).toEqual([]);
  });

  it("picks the reader's language for multilingual titles and descriptions, falling back to English", () => {
    const fr = vevents(toICS(committee(), { language: "fr-CA" }))[0]!;
    expect(propertyValue(fr, "SUMMARY")).toBe("Appel du comité exploratoire");
    expect(propertyValue(fr, "DESCRIPTION")).toMatch(/^Un appel du comité exploratoire\./);
    const sw = vevents(toICS(committee(), { language: "sw" }))[0]!;
    expect(propertyValue(sw, "SUMMARY")).toBe("Exploratory committee call");
  });

  it("stamps events without any updatedAt in the document with the Unix epoch, never the clock", () => {
    const events = vevents(toICS(committee()));
    expect(events.map((e) => propertyValue(e, "DTSTAMP"))).toEqual([
      "19700101T000000Z",
      "19700101T000000Z",
      "19700101T000000Z",
    ]);
    expect(events.some((e) => e.some((l) => l.startsWith("LAST-MODIFIED")))).toBe(false);
  });

  it("lists kind and track as CATEGORIES, each escaped", () => {
    const doc = workshops();
    doc.sessions![0]!.track = "Day 1, morning; plenary";
    expect(vevents(toICS(doc))[0]).toContain("CATEGORIES:Workshop,Day 1\\, morning\\; plenary");
  });
});
