import { isParsed } from "@convening/core";
import { describe, expect, it } from "vitest";
import {
  type ConveningInput,
  ConveningValidationError,
  parseConvening,
  parseDirectory,
  parseSeries,
  type SeriesInput,
} from "../src/index.js";

const calls: SeriesInput = {
  id: "committee-calls",
  title: "Exploratory committee calls",
  timeZone: "America/New_York",
  firstDate: "2011-02-01",
  startTime: "10:00",
  duration: "PT1H",
  rule: { freq: "weekly", interval: 2, byWeekday: ["tu"], count: 6 },
};

const doc: ConveningInput = {
  id: "collaborative-workshops-2021",
  title: "Collaborative Workshops",
  timeZone: "America/New_York",
  startDate: "2021-03-23",
  endDate: "2021-03-24",
  sessions: [
    {
      id: "power-of-a-story",
      title: "The Power of a Story",
      start: "2021-03-23T11:20:00-04:00",
      end: "2021-03-23T12:05:00-04:00",
      participants: [{ memberId: "ana", role: "facilitator" }],
    },
  ],
  people: [{ id: "ana", name: "Ana" }],
  series: [{ ...calls, firstDate: "2021-03-23", rule: { freq: "daily", count: 2 } }],
};

const directoryDoc = {
  members: [{ id: "ben", name: "Ben" }],
  series: [calls],
};

describe("parseConvening's result", () => {
  it("is marked as a parsed convening, and so is each of its series", () => {
    const convening = parseConvening(doc, { directory: directoryDoc });
    expect(isParsed(convening, "convening")).toBe(true);
    expect(convening.series.every((s) => isParsed(s, "series"))).toBe(true);
  });

  it("carries the parsed directory, which JSON and object spread leave out", () => {
    const convening = parseConvening(doc, { directory: directoryDoc });
    expect(convening.directory?.members.map((m) => m.id)).toEqual(["ben"]);
    expect(isParsed(convening.directory, "directory")).toBe(true);
    expect(JSON.parse(JSON.stringify(convening))).not.toHaveProperty("directory");
    expect({ ...convening }).not.toHaveProperty("directory");
    expect(parseConvening(doc).directory).toBeUndefined();
  });

  it("uses a directory from parseDirectory as it is", () => {
    const directory = parseDirectory(directoryDoc);
    const a = parseConvening(doc, { directory });
    const b = parseConvening({ ...doc, id: "other" }, { directory });
    expect(a.directory).toBe(directory);
    expect(b.directory).toBe(directory);
  });

  it("reports a directory's own problems under $directory", () => {
    const broken = {
      members: [
        { id: "ana", name: "Ana" },
        { id: "ana", name: "Ana again" },
      ],
    };
    const result = () => parseConvening(doc, { directory: broken });
    expect(result).toThrow(ConveningValidationError);
    try {
      result();
    } catch (error) {
      const paths = (error as ConveningValidationError).issues.map((i) => i.path.join("."));
      expect(paths).toContain("$directory.members.1.id");
    }
  });

  it("is returned as it is when parsed again without a directory", () => {
    const convening = parseConvening(doc);
    expect(parseConvening(convening)).toBe(convening);
  });

  it("is no longer parsed once copied through JSON", () => {
    const convening = parseConvening(doc);
    const copy = JSON.parse(JSON.stringify(convening));
    expect(isParsed(copy, "convening")).toBe(false);
    expect(parseConvening(copy)).toEqual(convening);
  });
});

describe("parseSeries", () => {
  it("returns the series with defaults, marked as parsed", () => {
    const series = parseSeries(calls);
    expect(isParsed(series, "series")).toBe(true);
    expect(series.exceptions).toEqual([]);
    expect(parseSeries(series)).toBe(series);
  });

  it("reports every problem at once, each at its own path", () => {
    try {
      parseSeries({
        ...calls,
        timeZone: "Mars/Olympus_Mons",
        startTime: "25:00",
        rule: { freq: "weekly", count: 3, until: "2011-03-01", byMonthDay: [1] },
        overrides: [{ date: "2011-02-15" }, { date: "2011-02-15" }],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConveningValidationError);
      const issues = (error as ConveningValidationError).issues.map(
        (i) => `${i.path.join(".")} ${i.code}`,
      );
      expect(issues).toEqual(
        expect.arrayContaining([
          "timeZone invalid_zone",
          "startTime invalid_time",
          "rule.until invalid_rule",
          "rule.byMonthDay invalid_rule",
          "overrides.1.date duplicate_id",
        ]),
      );
      expect((error as ConveningValidationError).message.split("\n")[0]).toBe(
        'Invalid series "committee-calls" (5 issues):',
      );
    }
  });

  it("refuses what is not a series at all with a typed error", () => {
    for (const value of [null, "calls", 3, []]) {
      expect(() => parseSeries(value)).toThrow(ConveningValidationError);
    }
  });
});

describe("parseDirectory", () => {
  it("marks the directory and each of its series as parsed", () => {
    const directory = parseDirectory(directoryDoc);
    expect(isParsed(directory, "directory")).toBe(true);
    expect(isParsed(directory.series[0], "series")).toBe(true);
    expect(parseDirectory(directory)).toBe(directory);
  });
});
