import { describe, expect, it } from "vitest";
import { parseConvening, RecurrenceRuleSchema } from "../src/index.js";
import { expectIssue, expectValid, issuesOf, workshops } from "./support/documents.js";

const convergence = {
  id: "convergences",
  title: "Capacity Builders Convergence",
  timeZone: "UTC",
  firstDate: "2021-03-23",
  startTime: "15:00",
  duration: "PT2H",
};

const withRule = (rule: object, extra: object = {}) => ({
  ...workshops(),
  series: [{ ...convergence, rule, ...extra }],
});

describe("series rules", () => {
  it("accepts the third Tuesday of every quarter, eight times", () => {
    const doc = withRule({
      freq: "monthly",
      interval: 3,
      byWeekday: [{ day: "tu", nth: 3 }],
      count: 8,
    });
    expect(parseConvening(doc).series[0]!.rule).toEqual({
      freq: "monthly",
      interval: 3,
      byWeekday: [{ day: "tu", nth: 3 }],
      count: 8,
    });
  });

  it("accepts a series with no rule, only its real dates", () => {
    expectValid({
      ...workshops(),
      series: [{ ...convergence, extraDates: ["2021-06-15", "2021-09-21"] }],
    });
  });

  it("rejects count together with until (RFC 5545 §3.3.10)", () => {
    const issue = expectIssue(
      withRule({ freq: "weekly", count: 4, until: "2021-06-01" }),
      "invalid_rule",
      ["series", 0, "rule", "until"],
      '"2021-06-01"',
    );
    expect(issue.message).toContain("count");
  });

  it("rejects an until before the first date", () => {
    expectIssue(
      withRule({ freq: "weekly", until: "2021-03-01" }),
      "invalid_rule",
      ["series", 0, "rule", "until"],
      "2021-03-01",
    );
  });

  it("allows an nth weekday only with monthly or yearly", () => {
    expectValid(withRule({ freq: "yearly", byMonth: [11], byWeekday: [{ day: "th", nth: 4 }] }));
    expectValid(withRule({ freq: "monthly", byWeekday: [{ day: "fr", nth: -1 }] }));
    for (const freq of ["weekly", "daily"]) {
      const issue = expectIssue(
        withRule({ freq, byWeekday: ["mo", { day: "tu", nth: 2 }] }),
        "invalid_rule",
        ["series", 0, "rule", "byWeekday", 1, "nth"],
        "number 2",
      );
      expect(issue.message).toContain(JSON.stringify(freq));
    }
  });

  it("rejects nth 0 and byMonthDay 0", () => {
    expectIssue(
      withRule({ freq: "monthly", byWeekday: [{ day: "tu", nth: 0 }] }),
      "invalid_rule",
      ["series", 0, "rule", "byWeekday", 0, "nth"],
      "number 0",
    );
    expectIssue(
      withRule({ freq: "monthly", byMonthDay: [15, 0] }),
      "invalid_rule",
      ["series", 0, "rule", "byMonthDay", 1],
      "number 0",
    );
  });

  it("rejects byMonthDay with weekly", () => {
    expectIssue(
      withRule({ freq: "weekly", byMonthDay: [1] }),
      "invalid_rule",
      ["series", 0, "rule", "byMonthDay"],
      '"weekly"',
    );
  });

  it("accepts bySetPos and weekStart: the last weekday of the month, weeks from Sunday", () => {
    const rule = {
      freq: "monthly",
      interval: 1,
      byWeekday: ["mo", "tu", "we", "th", "fr"],
      bySetPos: [-1],
      weekStart: "su",
    };
    expect(parseConvening(withRule(rule)).series[0]!.rule).toEqual(rule);
  });

  it("rejects bySetPos 0, beyond 366, with freq daily, and with nothing to pick from", () => {
    expectIssue(
      withRule({ freq: "monthly", byMonthDay: [1, 2], bySetPos: [0] }),
      "invalid_rule",
      ["series", 0, "rule", "bySetPos", 0],
      "number 0",
    );
    expect(
      issuesOf(withRule({ freq: "monthly", byMonthDay: [1], bySetPos: [367, -367] })).map((i) => [
        i.path.slice(3).join("."),
        i.code,
      ]),
    ).toEqual([
      ["bySetPos.0", "too_big"],
      ["bySetPos.1", "too_small"],
    ]);
    expectIssue(
      withRule({ freq: "daily", byWeekday: ["mo"], bySetPos: [1] }),
      "invalid_rule",
      ["series", 0, "rule", "bySetPos"],
      "an array of 1 needs freq weekly",
    );
    expectIssue(
      withRule({ freq: "weekly", bySetPos: [-1] }),
      "invalid_rule",
      ["series", 0, "rule", "bySetPos"],
      "needs byWeekday, byMonthDay or byMonth",
    );
  });

  it("rejects a weekStart that is not a weekday", () => {
    const issues = issuesOf(withRule({ freq: "weekly", weekStart: "sunday" }));
    expect(issues.map((i) => [i.path.slice(3).join("."), i.code])).toEqual([
      ["weekStart", "invalid_value"],
    ]);
  });

  it("reports out-of-range parts as too_small and too_big", () => {
    const issues = issuesOf(
      withRule({ freq: "monthly", interval: 0, byMonth: [13], byMonthDay: [32] }),
    );
    expect(issues.map((i) => [i.path.slice(3).join("."), i.code])).toEqual([
      ["interval", "too_small"],
      ["byMonthDay.0", "too_big"],
      ["byMonth.0", "too_big"],
    ]);
  });

  it("rejects an unknown frequency and weekday", () => {
    expectIssue(
      withRule({ freq: "quarterly" }),
      "invalid_value",
      ["series", 0, "rule", "freq"],
      '"quarterly"',
    );
    expectIssue(
      withRule({ freq: "weekly", byWeekday: ["tuesday"] }),
      "invalid_value",
      ["series", 0, "rule", "byWeekday", 0],
      '"tuesday"',
    );
  });

  it("checks the series' dates, start time and duration", () => {
    const doc = {
      ...workshops(),
      series: [
        {
          ...convergence,
          firstDate: "2021-13-01",
          startTime: "24:00",
          duration: "PT0S",
          exceptions: ["2021-04-31"],
        },
      ],
    };
    expectIssue(doc, "invalid_date", ["series", 0, "firstDate"], '"2021-13-01"');
    expectIssue(doc, "invalid_time", ["series", 0, "startTime"], '"24:00"');
    expectIssue(doc, "invalid_duration", ["series", 0, "duration"], '"PT0S"');
    expectIssue(doc, "invalid_date", ["series", 0, "exceptions", 0], '"2021-04-31"');
  });

  it("is the rule schema on its own too", () => {
    expect(RecurrenceRuleSchema.parse({ freq: "weekly" })).toEqual({ freq: "weekly", interval: 1 });
  });
});
