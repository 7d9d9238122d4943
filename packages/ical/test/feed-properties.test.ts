import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { toICS } from "../src/index.js";
import { committee, infoSession, workshops } from "./fixtures/convenings.js";
import { calendarLines, propertyValue, vevents } from "./helpers/ics-text.js";
import { readWithAll } from "./readers/read-all.js";

describe("feed properties", () => {
  it("names the feed after the convening and asks for a refresh every 12 hours by default", () => {
    const lines = calendarLines(toICS(parseConvening(workshops())));
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
      toICS(parseConvening(workshops()), {
        name: "Workshops; day one",
        url: "https://example.org/feed",
        refreshInterval: "P1DT30M",
      }),
    );
    expect(propertyValue(lines, "NAME")).toBe("Workshops\\; day one");
    expect(propertyValue(lines, "URL")).toBe("https://example.org/feed");
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:P1DT30M");
    expect(calendarLines(toICS(parseConvening(workshops()), { refreshInterval: 45 }))).toContain(
      "X-PUBLISHED-TTL:PT45M",
    );
  });

  it("writes each alarm as a display VALARM before the start, read the same by every reader", () => {
    const ics = toICS(parseConvening(workshops()), { alarms: [15, "PT1H", 0] });
    const r = readWithAll(ics);
    expect(r.icaljs.events[0]!.alarms).toEqual(["TRIGGER:-PT15M", "TRIGGER:-PT1H", "TRIGGER:PT0S"]);
    // python-icalendar prints the durations it parsed in its own canonical form.
    expect(r.icalendar.events[0]!.alarms).toEqual(["-PT15M", "-PT1H", "P0D"]);
    expect(r.libical.errors).toEqual([]);
  });

  it("writes the VALARMs after every property of the event, as RFC 5545 §3.6.1 orders them", () => {
    const ics = toICS(parseConvening(infoSession()), { alarms: [15, 60] });
    const text = ics.replace(/\r\n[ \t]/g, "");
    const event = text.slice(text.indexOf("BEGIN:VEVENT"), text.indexOf("END:VEVENT"));
    const lines = event.split("\r\n").filter((l) => l !== "");
    const firstAlarm = lines.indexOf("BEGIN:VALARM");
    expect(firstAlarm).toBeGreaterThan(0);
    // After the first VALARM come only VALARMs, up to END:VEVENT.
    let depth = 0;
    for (const line of lines.slice(firstAlarm)) {
      if (line === "BEGIN:VALARM") depth++;
      else if (line === "END:VALARM") depth--;
      else expect(depth, `${line} outside a VALARM`).toBe(1);
    }
    expect(lines.filter((l) => l === "BEGIN:VALARM")).toHaveLength(2);
    expect(lines.slice(0, firstAlarm)).toEqual(
      expect.arrayContaining(["STATUS:CONFIRMED", "CATEGORIES:Panel", "GEO:50.8427;4.3835"]),
    );
  });

  it("writes a session moved online as online, without the address or GEO of the room it left", () => {
    const doc = infoSession();
    doc.sessions![0]!.status = "moved-online";
    const [publicEvent] = vevents(toICS(parseConvening(doc)));
    expect(propertyValue(publicEvent!, "LOCATION")).toBe("Online (Webex)");
    expect(publicEvent!.some((l) => l.startsWith("GEO"))).toBe(false);
    const [networkEvent] = vevents(toICS(parseConvening(doc), { audience: "network" }));
    expect(propertyValue(networkEvent!, "LOCATION")).toBe("https://stream.example.org/lnob");
    expect(networkEvent!.some((l) => l.startsWith("GEO"))).toBe(false);

    // A room with no online side: the whole convening moved online.
    const physical = infoSession();
    physical.status = "moved-online";
    physical.venues = [
      { id: "infopoint", kind: "physical", name: "InfoPoint", geo: { lat: 1, lon: 2 } },
    ];
    const [moved] = vevents(toICS(parseConvening(physical)));
    expect(propertyValue(moved!, "LOCATION")).toBe("Online");
    expect(moved!.some((l) => l.startsWith("GEO"))).toBe(false);
  });

  it("picks the reader's language for multilingual titles and descriptions, falling back to English", () => {
    const fr = vevents(toICS(parseConvening(committee()), { language: "fr-CA" }))[0]!;
    expect(propertyValue(fr, "SUMMARY")).toBe("Appel du comité exploratoire");
    expect(propertyValue(fr, "DESCRIPTION")).toMatch(/^Un appel du comité exploratoire\./);
    const sw = vevents(toICS(parseConvening(committee()), { language: "sw" }))[0]!;
    expect(propertyValue(sw, "SUMMARY")).toBe("Exploratory committee call");
  });

  it("stamps events without any updatedAt in the document with the Unix epoch, never the clock", () => {
    const events = vevents(toICS(parseConvening(committee())));
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
    expect(vevents(toICS(parseConvening(doc)))[0]).toContain(
      "CATEGORIES:Workshop,Day 1\\, morning\\; plenary",
    );
  });
});
