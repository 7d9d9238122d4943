import {
  DAY_MS,
  firstInstantAtOrAfterLocal,
  formatLocalDate,
  parseLocalDate,
  zoneOffsetTable,
} from "@convening/core";
import { describe, expect, it } from "vitest";
import { allDayBounds } from "../src/all-day.js";
import { AllDaySchema, parseConvening } from "../src/index.js";
import { expectIssue } from "./support/documents.js";

const convening = (timeZone: string, sessions: object[]) => ({
  id: "c",
  title: "Convergence",
  timeZone,
  startDate: "2000-01-01",
  endDate: "2030-12-31",
  sessions,
});

describe("all-day sessions", () => {
  it("take allDay instead of start and end, endDate defaulting to startDate", () => {
    const c = parseConvening(
      convening("Pacific/Kiritimati", [
        { id: "rest", title: "Day of rest", allDay: { startDate: "2024-03-10" } },
      ]),
    );
    expect(c.sessions[0]!.allDay).toEqual({ startDate: "2024-03-10", endDate: "2024-03-10" });
    expect([c.sessions[0]!.start, c.sessions[0]!.end]).toEqual([
      "2024-03-10T00:00:00+14:00",
      "2024-03-11T00:00:00+14:00",
    ]);
  });

  // Midnights in gaps (Santiago, Beirut, Havana change at midnight) and ordinary DST days: the
  // derived start is the first instant of the day, as core's offset tables compute it.
  const zones = [
    "America/Santiago",
    "Asia/Beirut",
    "America/Havana",
    "America/New_York",
    "Pacific/Apia",
    "Australia/Lord_Howe",
  ];
  it("start at the first instant of each date in their zone, midnights in DST gaps included", () => {
    let gaps = 0;
    for (const zone of zones) {
      const table = zoneOffsetTable(zone);
      for (let day = parseLocalDate("2010-01-01")!; day < parseLocalDate("2025-01-01")!; day++) {
        const date = formatLocalDate(day);
        const expected = firstInstantAtOrAfterLocal(table, day * DAY_MS);
        if (expected + table.offsetAt(expected) * 1000 !== day * DAY_MS) gaps++;
        const { start } = allDayBounds({ startDate: date, endDate: date }, zone);
        expect(Date.parse(start), `${zone} ${date}`).toBe(expected);
      }
    }
    // The sample does hold days whose midnight does not exist.
    expect(gaps).toBeGreaterThan(10);
    // And parseConvening gives the same.
    const c = parseConvening(
      convening("America/Santiago", [{ id: "d", title: "D", allDay: { startDate: "2022-09-11" } }]),
    );
    expect(c.sessions[0]!.start).toBe("2022-09-11T01:00:00-03:00");
  });

  it("parse again from their own JSON", () => {
    const c = parseConvening(
      convening("UTC", [
        { id: "rest", title: "Rest", allDay: { startDate: "2024-03-10", endDate: "2024-03-12" } },
      ]),
    );
    expect(parseConvening(JSON.parse(JSON.stringify(c))).sessions).toEqual(c.sessions);
  });

  it("refuse an end before the start, dates outside the convening, and a session with neither form", () => {
    expectIssue(
      convening("UTC", [
        { id: "r", title: "R", allDay: { startDate: "2024-03-10", endDate: "2024-03-09" } },
      ]),
      "end_before_start",
      ["sessions", 0, "allDay", "endDate"],
      '"2024-03-09"',
    );
    expectIssue(
      convening("UTC", [{ id: "r", title: "R", allDay: { startDate: "1999-12-31" } }]),
      "outside_convening",
      ["sessions", 0, "allDay", "startDate"],
      '"1999-12-31"',
    );
    expectIssue(
      convening("UTC", [{ id: "r", title: "R" }]),
      "invalid_type",
      ["sessions", 0, "start"],
      "is required",
    );
    expect(AllDaySchema.safeParse({ startDate: "2024-02-30" }).success).toBe(false);
  });
});
