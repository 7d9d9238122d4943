import { type ConveningInput, parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { toICS } from "../src/index.js";
import { propertyValue, vevents } from "./helpers/ics-text.js";
import { readWithPython } from "./readers/read-all.js";

// A description of spaces and tabs alone passes the schema (multi-line text may be blank), but
// written as it is it makes a DESCRIPTION that libical reads as empty: it drops the property with
// an X-LIC-ERROR ("No value for DESCRIPTION property"). Found by the fuzz run (fuzz/, seed 3).

const BLANK = " \t  ";

function convening(): ConveningInput {
  return {
    id: "blank",
    title: "Blank descriptions",
    timeZone: "Europe/Paris",
    startDate: "2024-03-30",
    endDate: "2024-03-30",
    sessions: [
      {
        id: "talk",
        title: "Talk",
        description: BLANK,
        start: "2024-03-30T10:00:00+01:00",
        end: "2024-03-30T11:00:00+01:00",
      },
    ],
    series: [
      {
        id: "calls",
        title: "Calls",
        description: BLANK,
        timeZone: "Europe/Paris",
        firstDate: "2024-03-30",
        startTime: "09:00",
        duration: "PT1H",
        rule: { freq: "daily", count: 2 },
        overrides: [{ date: "2024-03-31", description: "\t" }],
      },
    ],
  };
}

describe("descriptions of spaces and tabs alone", () => {
  const ics = toICS(parseConvening(convening()));

  it("write no DESCRIPTION for a session, a series or an overridden occurrence", () => {
    const events = vevents(ics);
    expect(events).toHaveLength(3);
    for (const lines of events) expect(propertyValue(lines, "DESCRIPTION")).toBeUndefined();
  });

  it("leave libical nothing to report", () => {
    const [read] = readWithPython([ics]);
    expect(read!.libical.errors).toEqual([]);
  });
});
