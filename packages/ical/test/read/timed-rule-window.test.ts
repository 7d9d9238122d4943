import { describe, expect, it } from "vitest";
import { fromICS } from "../../src/read/index.js";

// A timed rule no series can hold (here: two RRULEs) is expanded into sessions inside from/to.
// What counts is the window the caller asks for, not where the rule began, and a RECURRENCE-ID
// instance is in or out of the window by its own start.

const calendar = (...events: string[][]) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//test//timed rule window//EN",
    ...events.flatMap((e) => ["BEGIN:VEVENT", "DTSTAMP:20200101T000000Z", ...e, "END:VEVENT"]),
    "END:VCALENDAR",
    "",
  ].join("\r\n");

// Daily at 10:00 New York since 2010, plus Saturdays at 10:00: two RRULEs, so no series.
const master = [
  "UID:standup@example.org",
  "SUMMARY:Stand-up",
  "DTSTART;TZID=America/New_York:20100104T100000",
  "DTEND;TZID=America/New_York:20100104T101500",
  "RRULE:FREQ=DAILY",
  "RRULE:FREQ=WEEKLY;BYDAY=SA",
];

const starts = (ics: string, from: string, to: string) => {
  const r = fromICS(ics, { from, to });
  return { ...r, starts: r.convening.sessions.map((s) => s.start) };
};

describe("fromICS expanding a timed rule inside a window", () => {
  it("reaches a week sixteen years after DTSTART instead of stopping at the thousandth day", () => {
    const r = starts(calendar(master), "2026-03-02T00:00:00Z", "2026-03-09T00:00:00Z");
    // New York moves to EDT at 02:00 on 8 March 2026: that day's 10:00 is UTC-4.
    expect(r.starts).toEqual([
      "2026-03-02T10:00:00-05:00",
      "2026-03-03T10:00:00-05:00",
      "2026-03-04T10:00:00-05:00",
      "2026-03-05T10:00:00-05:00",
      "2026-03-06T10:00:00-05:00",
      "2026-03-07T10:00:00-05:00",
      "2026-03-08T10:00:00-04:00",
    ]);
    const expanded = r.warnings.find((w) => w.code === "rule_expanded")!;
    expect(expanded.message).toContain("expanded into 7 sessions");
    expect(expanded.message).not.toContain("cut");
  });

  it("cuts at 1,000 sessions counted inside the window, and says so", () => {
    const r = starts(calendar(master), "2024-01-01T00:00:00Z", "2028-01-01T00:00:00Z");
    expect(r.starts.length).toBe(1000);
    expect(r.starts[0]).toBe("2024-01-01T10:00:00-05:00");
    expect(r.warnings.find((w) => w.code === "rule_expanded")!.message).toContain("(cut at 1000)");
  });

  // Reading 2200 from a twice-daily rule of 2010 would take 138,000 steps of ical.js's iterator;
  // the reader stops at 100,000 and says the expansion is cut rather than report none as complete.
  it("says the expansion was cut when its rule runs out of steps before the window", () => {
    const twiceDaily = [
      "UID:twice@example.org",
      "SUMMARY:Check-in",
      "DTSTART;TZID=America/New_York:20100104T100000",
      "DTEND;TZID=America/New_York:20100104T101500",
      "RRULE:FREQ=DAILY;BYHOUR=10,16",
    ];
    const r = fromICS(calendar(twiceDaily), {
      from: "2200-01-01T00:00:00Z",
      to: "2200-02-01T00:00:00Z",
    });
    expect(r.convening.sessions).toEqual([]);
    expect(r.warnings.find((w) => w.code === "rule_expanded")!.message).toContain(
      "expanded into 0 sessions from 2200-01-01T00:00:00.000Z to 2200-02-01T00:00:00.000Z (cut after 100000 steps of its rule)",
    );
  });

  const moved = (rid: string, start: string, end: string, title = "Stand-up (moved)") => [
    "UID:standup@example.org",
    `RECURRENCE-ID;TZID=America/New_York:${rid}`,
    `SUMMARY:${title}`,
    `DTSTART;TZID=America/New_York:${start}`,
    `DTEND;TZID=America/New_York:${end}`,
  ];

  it("keeps an instance moved into the window and drops one moved out of it", () => {
    const ics = calendar(
      master,
      // 9 March (after the window) moved back to 6 March 16:00: inside.
      moved("20260309T100000", "20260306T160000", "20260306T161500", "Moved in"),
      // 4 March (inside) moved to 20 March: outside, so 4 March has no session at all.
      moved("20260304T100000", "20260320T100000", "20260320T101500", "Moved out"),
    );
    const r = fromICS(ics, { from: "2026-03-02T00:00:00Z", to: "2026-03-08T00:00:00Z" });
    const byTitle = r.convening.sessions.map((s) => [s.start, s.title]);
    expect(byTitle).toEqual([
      ["2026-03-02T10:00:00-05:00", "Stand-up"],
      ["2026-03-03T10:00:00-05:00", "Stand-up"],
      ["2026-03-05T10:00:00-05:00", "Stand-up"],
      ["2026-03-06T10:00:00-05:00", "Stand-up"],
      ["2026-03-06T16:00:00-05:00", "Moved in"],
      ["2026-03-07T10:00:00-05:00", "Stand-up"],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(["rule_expanded"]);
  });

  it("imports an instance whose RECURRENCE-ID names no occurrence, with a warning naming it", () => {
    const ics = calendar(
      master,
      moved("20260304T110000", "20260304T110000", "20260304T120000", "Extra"),
    );
    const r = fromICS(ics, { from: "2026-03-02T00:00:00Z", to: "2026-03-06T00:00:00Z" });
    expect(r.convening.sessions.map((s) => [s.start, s.title])).toEqual([
      ["2026-03-02T10:00:00-05:00", "Stand-up"],
      ["2026-03-03T10:00:00-05:00", "Stand-up"],
      ["2026-03-04T10:00:00-05:00", "Stand-up"],
      ["2026-03-04T11:00:00-05:00", "Extra"],
      ["2026-03-05T10:00:00-05:00", "Stand-up"],
    ]);
    const orphan = r.warnings.find((w) => w.code === "orphan_instance");
    expect(orphan).toMatchObject({ uid: "standup@example.org" });
    expect(orphan!.message).toContain("2026-03-04 11:00:00 (America/New_York)");
  });
});
