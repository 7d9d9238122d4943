import type { SeriesInput } from "@convening/schema";
import { parseConvening } from "@convening/schema";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toICS } from "../src/index.js";
import { expectReadersAgree } from "./helpers/expectations.js";
import { propertyValue, vevents } from "./helpers/ics-text.js";
import { readManyWithAll } from "./readers/read-all.js";

// Issue 15: a far date named by a series (an UNTIL of 9999-12-31 meaning "for ever", an override
// on 9999-12-30, an extra date in 2900) cost one VTIMEZONE onset per year up to it (26 s and
// 368 KB of RDATEs for a weekly series until 9999) and an expansion of every occurrence between.
// Past 2100 zone rules are settled, so the VTIMEZONE stops there, and occurrences
// are expanded only around the dates the series names.

const WEEKLY: SeriesInput = {
  id: "weekly-call",
  title: "Weekly call",
  timeZone: "America/New_York",
  firstDate: "2024-01-01",
  startTime: "09:00",
  duration: "PT1H",
  rule: { freq: "weekly" },
};

function calendarOf(series: SeriesInput): string {
  return toICS(
    parseConvening({
      id: "far",
      title: "Far dates",
      url: "https://events.example.org/far",
      timeZone: "UTC",
      startDate: "2024-01-01",
      endDate: "2024-01-07",
      series: [series],
    }),
  );
}

function vtimezoneOf(ics: string): string {
  return ics.slice(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
}

/**
 * A VTIMEZONE that stops where zone rules settle (2100): its open RRULE observances speak for
 * every year after. Up to then a span past 2038 repeats each rule's onsets as RDATEs, which
 * python-icalendar needs (it expands an open RRULE only to 2038): two a year at most, from the
 * span's start (2023 here, the year before the first event).
 */
function expectSettled(ics: string): void {
  const zone = vtimezoneOf(ics);
  const years = [...zone.matchAll(/(?:DTSTART|RDATE):(\d{4})/g)].map((m) => Number(m[1]));
  expect(Math.max(...years)).toBeLessThanOrEqual(2100);
  expect(years.length).toBeLessThanOrEqual(2 * (2100 - 2023) + 8);
  expect(zone).toMatch(/RRULE:FREQ=YEARLY/);
}

describe("series that name dates centuries ahead", () => {
  it("writes a weekly series until 9999-12-31 with a VTIMEZONE that stops at 2100, and every reader agrees", () => {
    const forever = calendarOf({ ...WEEKLY, rule: { freq: "weekly", until: "9999-12-31" } });
    expectSettled(forever);
    expect(forever.length).toBeLessThan(10_000);
    expect(propertyValue(vevents(forever)[0]!, "RRULE")).toBe("FREQ=WEEKLY;UNTIL=99991231T235959Z");
    expectReadersAgree(readManyWithAll([forever])[0]!);
  });

  it("still writes Casablanca's Ramadan changes, which tzdata predicts up to 2087, for a series until 9999", () => {
    const ramadan = { ...WEEKLY, timeZone: "Africa/Casablanca", firstDate: "2040-01-01" };
    const forever = calendarOf({ ...ramadan, rule: { freq: "weekly", until: "9999-12-31" } });
    const zone = vtimezoneOf(forever);
    // The last changes tzdata lists, in spring 2087 (to +00 and back to +01).
    expect(zone).toMatch(/20870[2-5]\d\dT0[23]0000/);
    expect(zone).toBe(
      vtimezoneOf(calendarOf({ ...ramadan, rule: { freq: "weekly", until: "2099-12-31" } })),
    );
  });

  it("writes an override on 9999-12-30 of a daily series as an instance ical.js places in UTC", () => {
    const ics = calendarOf({
      ...WEEKLY,
      id: "daily-call",
      rule: { freq: "daily" },
      overrides: [{ date: "9999-12-30", startTime: "10:00" }],
    });
    expectSettled(ics);
    const [, instance] = vevents(ics);
    expect(instance).toContain("RECURRENCE-ID;TZID=America/New_York:99991230T090000");
    expect(instance).toContain("DTSTART;TZID=America/New_York:99991230T100000");
    const component = new ICAL.Component(ICAL.parse(ics));
    for (const tz of component.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
    const moved = component
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .find((e) => e.isRecurrenceException())!;
    // December: Eastern standard time, UTC−5, by the open RRULE observance.
    expect(moved.startDate.toJSDate().toISOString()).toBe("9999-12-30T15:00:00.000Z");
  });

  it("expands only around the dates a series names, so an extra date in 2900 adds one RDATE", () => {
    const ics = calendarOf({ ...WEEKLY, extraDates: ["2900-01-05"] });
    const [master] = vevents(ics);
    expect(master!.filter((l) => l.startsWith("RDATE"))).toEqual(["RDATE:29000105T140000Z"]);
    expectSettled(ics);
  });
});
