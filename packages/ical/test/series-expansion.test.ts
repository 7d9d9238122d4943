import type { ConveningInput, SeriesInput } from "@convening/schema";
import { parseConvening } from "@convening/schema";
import * as time from "@convening/time";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { toICS } from "../src/index.js";
import { committee } from "./fixtures/convenings.js";
import { propertyValue, vevents } from "./helpers/ics-text.js";

// Each series is expanded once (src/series-occurrences.ts) and every step reads that result: one
// expandSeries call, or for dates years apart one call per end, never the years between.

vi.mock("@convening/time", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@convening/time")>();
  return { ...actual, expandSeries: vi.fn(actual.expandSeries) };
});

function withSeries(series: SeriesInput): ConveningInput {
  return {
    id: "expansion-test",
    title: "Expansion test",
    url: "https://events.example.org/expansion",
    timeZone: series.timeZone,
    startDate: "2020-01-01",
    endDate: "2030-12-31",
    series: [series],
  };
}

const weekly: SeriesInput = {
  id: "weekly",
  title: "Weekly call",
  timeZone: "Europe/Berlin",
  firstDate: "2024-03-04",
  startTime: "09:00",
  duration: "PT1H",
  rule: { freq: "weekly", byWeekday: ["mo"], count: 4 },
};

describe("series expansion", () => {
  beforeEach(() => {
    vi.mocked(time.expandSeries).mockClear();
  });

  it("expands each series once, overrides, exceptions and extra dates included", () => {
    toICS(parseConvening(committee()), {
      method: "REQUEST",
      audience: "private",
      includeAttendees: true,
    });
    expect(time.expandSeries).toHaveBeenCalledTimes(committee().series!.length);
  });

  it("anchors DTSTART on the rule's first date even when that date is an exception", () => {
    const [master] = vevents(
      toICS(parseConvening(withSeries({ ...weekly, exceptions: ["2024-03-04"] }))),
    );
    expect(master).toContain("DTSTART;TZID=Europe/Berlin:20240304T090000");
    expect(master).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4");
    expect(propertyValue(master!, "EXDATE;TZID=Europe/Berlin")).toBe("20240304T090000");
    expect(time.expandSeries).toHaveBeenCalledTimes(1);
  });

  it("finds a yearly rule's first date years after the first date (29 February)", () => {
    const leap: SeriesInput = {
      ...weekly,
      firstDate: "2021-03-01",
      rule: { freq: "yearly", byMonth: [2], byMonthDay: [29], count: 2 },
    };
    const [master] = vevents(toICS(parseConvening(withSeries(leap))));
    expect(master).toContain("DTSTART;TZID=Europe/Berlin:20240229T090000");
    expect(propertyValue(master!, "RDATE")).toBe("20210301T080000Z");
  });

  it("finds a rule's first date decades after the first date (the fifth Monday of a February)", () => {
    // February has five Mondays only when the 29th is one: 2044, 28 years after 2016.
    const fifthMonday: SeriesInput = {
      ...weekly,
      firstDate: "2021-02-01",
      rule: { freq: "monthly", interval: 12, byWeekday: [{ day: "mo", nth: 5 }] },
    };
    const [master] = vevents(toICS(parseConvening(withSeries(fifthMonday))));
    expect(master).toContain("DTSTART;TZID=Europe/Berlin:20440229T090000");
    expect(master).toContain("RRULE:FREQ=MONTHLY;INTERVAL=12;BYDAY=5MO");
    expect(propertyValue(master!, "RDATE")).toBe("20210201T080000Z");
    // The two ends, 23 years apart, each expanded over days, not the years between.
    const windows = vi
      .mocked(time.expandSeries)
      .mock.calls.map(([, range]) => Date.parse(String(range.to)) - Date.parse(String(range.from)));
    expect(windows).toHaveLength(2);
    for (const ms of windows) expect(ms).toBeLessThan(8 * 86_400_000);
  });

  it("writes a series that meets in the last days of 9999, its margins kept within the year", () => {
    const last: SeriesInput = {
      ...weekly,
      firstDate: "9999-12-01",
      rule: { freq: "daily", count: 30 },
      overrides: [{ date: "9999-12-30", title: "The last call" }],
    };
    const [master, instance] = vevents(toICS(parseConvening(withSeries(last))));
    expect(master).toContain("DTSTART;TZID=Europe/Berlin:99991201T090000");
    expect(master).toContain("RRULE:FREQ=DAILY;COUNT=30");
    expect(instance).toContain("RECURRENCE-ID;TZID=Europe/Berlin:99991230T090000");
    expect(instance).toContain("SUMMARY:The last call");
  });

  it("refuses an override of a date that is also an exception, as expandSeries does", () => {
    const both = withSeries({
      ...weekly,
      exceptions: ["2024-03-11"],
      overrides: [{ date: "2024-03-11", title: "Moved" }],
    });
    expect(() => toICS(parseConvening(both))).toThrow(/also listed in exceptions/);
  });
});
