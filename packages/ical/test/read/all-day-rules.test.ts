import { describe, expect, it } from "vitest";
import { fromICS } from "../../src/read/index.js";

// Recurring all-day events (VALUE=DATE with RRULE or RDATE) are expanded into all-day sessions:
// a series holds times, not days. The package's test script runs this file under TZ=UTC and
// TZ=America/Los_Angeles; a date that depended on the machine's zone would move a day in one.

const calendar = (...events: string[][]) =>
  [
    "BEGIN:VCALENDAR",
    "PRODID:-//test//EN",
    "VERSION:2.0",
    ...events.flatMap((e) => ["BEGIN:VEVENT", "DTSTAMP:20240101T000000Z", ...e, "END:VEVENT"]),
    "END:VCALENDAR",
    "",
  ].join("\r\n");

const days = (r: ReturnType<typeof fromICS>) =>
  r.convening.sessions.map((s) => [s.id, s.allDay?.startDate, s.allDay?.endDate]);

describe("fromICS with recurring all-day events", () => {
  it("expands a Google birthday (FREQ=YEARLY) inside from/to, naming the UID and rule", () => {
    const r = fromICS(
      calendar([
        "UID:BIRTHDAY_abc@google.com",
        "SUMMARY:Amina's birthday",
        "DTSTART;VALUE=DATE:19900503",
        "DTEND;VALUE=DATE:19900504",
        "RRULE:FREQ=YEARLY",
      ]),
      { from: "2026-01-01T00:00:00Z", to: "2028-01-01T00:00:00Z" },
    );
    expect(days(r)).toEqual([
      ["BIRTHDAY_abc-20260503", "2026-05-03", "2026-05-03"],
      ["BIRTHDAY_abc-20270503", "2027-05-03", "2027-05-03"],
    ]);
    expect(r.convening.sessions[0]!.title).toBe("Amina's birthday");
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: "rule_expanded", uid: "BIRTHDAY_abc@google.com" });
    expect(r.warnings[0]!.message).toContain("RRULE:FREQ=YEARLY");
    expect(r.warnings[0]!.message).toContain("2 all-day sessions from 2026-01-01 to 2027-12-31");
  });

  it("keeps 29 February to leap years, as RFC 5545 §3.3.10 drops dates a year lacks", () => {
    const r = fromICS(
      calendar(["UID:leap", "DTSTART;VALUE=DATE:20200229", "RRULE:FREQ=YEARLY;COUNT=3"]),
    );
    expect(days(r).map((d) => d[1])).toEqual(["2020-02-29", "2024-02-29", "2028-02-29"]);
  });

  it("honours EXDATE;VALUE=DATE, UNTIL as a date, and keeps a multi-day span on every occurrence", () => {
    const r = fromICS(
      calendar([
        "UID:office-closed@example.org",
        "SUMMARY:Office closed",
        "DTSTART;VALUE=DATE:20240105",
        "DTEND;VALUE=DATE:20240107",
        "RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20240202",
        "EXDATE;VALUE=DATE:20240119",
      ]),
    );
    expect(days(r)).toEqual([
      ["office-closed-20240105", "2024-01-05", "2024-01-06"],
      ["office-closed-20240112", "2024-01-12", "2024-01-13"],
      ["office-closed-20240126", "2024-01-26", "2024-01-27"],
      ["office-closed-20240202", "2024-02-02", "2024-02-03"],
    ]);
  });

  it("reads DURATION in days, and a monthly last-weekday rule with BYSETPOS", () => {
    const r = fromICS(
      calendar([
        "UID:close",
        "DTSTART;VALUE=DATE:20240131",
        "DURATION:P2D",
        "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3",
      ]),
    );
    expect(days(r)).toEqual([
      ["close-20240131", "2024-01-31", "2024-02-01"],
      ["close-20240229", "2024-02-29", "2024-03-01"],
      ["close-20240329", "2024-03-29", "2024-03-30"],
    ]);
  });

  it("applies RECURRENCE-ID instances: moved and longer, retitled, cancelled, and one with a time", () => {
    const master = [
      "UID:retreat@example.org",
      "SUMMARY:Retreat day",
      "DTSTART;VALUE=DATE:20240301",
      "RRULE:FREQ=MONTHLY;COUNT=5",
    ];
    const r = fromICS(
      calendar(
        master,
        [
          "UID:retreat@example.org",
          "RECURRENCE-ID;VALUE=DATE:20240401",
          "SUMMARY:Retreat day",
          "DTSTART;VALUE=DATE:20240403",
          "DTEND;VALUE=DATE:20240405",
        ],
        [
          "UID:retreat@example.org",
          "RECURRENCE-ID;VALUE=DATE:20240501",
          "SUMMARY:Retreat day: planning",
          "DTSTART;VALUE=DATE:20240501",
        ],
        [
          "UID:retreat@example.org",
          "RECURRENCE-ID;VALUE=DATE:20240601",
          "SUMMARY:Retreat day",
          "STATUS:CANCELLED",
          "DTSTART;VALUE=DATE:20240601",
        ],
        [
          "UID:retreat@example.org",
          "RECURRENCE-ID;VALUE=DATE:20240701",
          "SUMMARY:Retreat call",
          "DTSTART:20240701T150000Z",
          "DTEND:20240701T160000Z",
        ],
      ),
    );
    const s = r.convening.sessions;
    expect(s.map((x) => [x.id, x.allDay, x.title, x.status])).toEqual([
      [
        "retreat-20240301",
        { startDate: "2024-03-01", endDate: "2024-03-01" },
        "Retreat day",
        "scheduled",
      ],
      [
        "retreat-20240401",
        { startDate: "2024-04-03", endDate: "2024-04-04" },
        "Retreat day",
        "scheduled",
      ],
      [
        "retreat-20240501",
        { startDate: "2024-05-01", endDate: "2024-05-01" },
        "Retreat day: planning",
        "scheduled",
      ],
      [
        "retreat-20240601",
        { startDate: "2024-06-01", endDate: "2024-06-01" },
        "Retreat day",
        "cancelled",
      ],
      ["retreat-20240701", undefined, "Retreat call", "scheduled"],
    ]);
    expect(s[4]!.start).toBe("2024-07-01T15:00:00Z".replace("Z", "+00:00"));
    expect(r.warnings.map((w) => w.code)).toEqual(["rule_expanded"]);
  });

  it("adds RDATE dates with the event's length and RDATE periods with their own", () => {
    const r = fromICS(
      calendar([
        "UID:visits",
        "DTSTART;VALUE=DATE:20240110",
        "DTEND;VALUE=DATE:20240112",
        "RDATE;VALUE=DATE:20240220,20240315",
        "RDATE;VALUE=PERIOD:20240401T000000Z/20240404T000000Z,20240501T090000Z/PT8H",
      ]),
    );
    expect(days(r)).toEqual([
      ["visits-20240110", "2024-01-10", "2024-01-11"],
      ["visits-20240220", "2024-02-20", "2024-02-21"],
      ["visits-20240315", "2024-03-15", "2024-03-16"],
      ["visits-20240401", "2024-04-01", "2024-04-03"],
      ["visits-20240501", "2024-05-01", "2024-05-01"],
    ]);
    expect(r.warnings[0]!.message).toContain("recurring by RDATE");
  });

  it("expands an endless rule for a year from DTSTART, or from `from` when that is later", () => {
    const event = ["UID:closed", "DTSTART;VALUE=DATE:20240101", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1"];
    const plain = fromICS(calendar(event));
    expect(days(plain).map((d) => d[1])).toHaveLength(13);
    expect(days(plain).at(-1)?.[1]).toBe("2024-12-31");
    const later = fromICS(calendar(event), { from: "2030-06-15T00:00:00Z" });
    expect(days(later).map((d) => d[1])).toEqual([
      "2030-06-30",
      "2030-07-31",
      "2030-08-31",
      "2030-09-30",
      "2030-10-31",
      "2030-11-30",
      "2030-12-31",
      "2031-01-31",
      "2031-02-28",
      "2031-03-31",
      "2031-04-30",
      "2031-05-31",
    ]);
  });

  it("keeps an occurrence whose days overlap the window, read as UTC days", () => {
    const event = [
      "UID:fest",
      "DTSTART;VALUE=DATE:20240101",
      "DTEND;VALUE=DATE:20240104",
      "RRULE:FREQ=WEEKLY;COUNT=4",
    ];
    const r = fromICS(calendar(event), {
      from: "2024-01-10T12:00:00Z",
      to: "2024-01-15T00:00:01Z",
    });
    // 8–10 January reaches into the window; 15–17 January starts one second before its end.
    expect(days(r).map((d) => d[1])).toEqual(["2024-01-08", "2024-01-15"]);
  });

  it("stops at 1000 occurrences and says so", () => {
    const r = fromICS(calendar(["UID:daily", "DTSTART;VALUE=DATE:20000101", "RRULE:FREQ=DAILY"]), {
      from: "2000-01-01T00:00:00Z",
      to: "2010-01-01T00:00:00Z",
    });
    expect(r.convening.sessions).toHaveLength(1000);
    expect(r.convening.sessions.at(-1)!.allDay?.startDate).toBe("2002-09-26");
    expect(r.warnings[0]!.message).toContain("cut at 1000");
  });

  // The days python-dateutil gives for the same rule. (ical.js mis-expands BYWEEKNO, giving every
  // Monday of January for BYWEEKNO=1,2: such rules are expanded, but only as well as ical.js can.)
  it("expands a rule no series holds (BYYEARDAY) through ical.js, on dateutil's days", () => {
    const r = fromICS(
      calendar([
        "UID:yd",
        "DTSTART;VALUE=DATE:20240101",
        "RRULE:FREQ=YEARLY;BYYEARDAY=1,100,-1;COUNT=5",
      ]),
    );
    expect(days(r).map((d) => d[1])).toEqual([
      "2024-01-01",
      "2024-04-09",
      "2024-12-31",
      "2025-01-01",
      "2025-04-10",
    ]);
    expect(r.warnings[0]!.message).toContain("BYYEARDAY=1,100,-1");
  });

  it("refuses, with all_day_skipped, a rule below MONTHLY with BYMONTHDAY that no series holds", () => {
    // ical.js would never return (kewisch/ical.js#1038); a series holds DAILY;BYMONTHDAY=-1 alone.
    const r = fromICS(
      calendar([
        "UID:hang",
        "DTSTART;VALUE=DATE:20240131",
        "RRULE:FREQ=DAILY;BYMONTHDAY=-1;BYSETPOS=1",
      ]),
    );
    expect(r.convening.sessions).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.uid])).toEqual([["all_day_skipped", "hang"]]);
    expect(r.warnings[0]!.message).toContain("cannot be expanded safely");
  });

  it("still leaves out, with all_day_skipped, a recurring event whose days cannot be read", () => {
    const r = fromICS(
      calendar([
        "UID:odd",
        "DTSTART;VALUE=DATE:20240101",
        "DTEND:20240102T100000Z",
        "RRULE:FREQ=DAILY;COUNT=2",
      ]),
    );
    expect(r.convening.sessions).toEqual([]);
    expect(r.warnings).toEqual([
      {
        code: "all_day_skipped",
        uid: "odd",
        message: 'event "odd" left out: DTSTART is a date but DTEND has a time',
      },
    ]);
  });
});
