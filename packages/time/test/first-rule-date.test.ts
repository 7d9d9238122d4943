import { parseSeries, type SeriesInput } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { firstRuleDate, NotParsedError } from "../src/index.js";

const base: SeriesInput = {
  id: "s",
  title: "Series",
  timeZone: "Europe/Berlin",
  firstDate: "2021-02-01",
  startTime: "09:00",
  duration: "PT1H",
};
const first = (rule: SeriesInput["rule"], extra: Partial<SeriesInput> = {}) =>
  firstRuleDate(parseSeries({ ...base, ...extra, ...(rule ? { rule } : {}) }));

describe("firstRuleDate", () => {
  it("is firstDate when the rule gives it", () => {
    expect(first({ freq: "weekly", byWeekday: ["mo"] })).toBe("2021-02-01");
  });

  it("finds a date the rule gives decades later: the fifth Monday of a February", () => {
    // February has five Mondays only when the 29th is a Monday: 2044 after 2016.
    expect(first({ freq: "monthly", interval: 12, byWeekday: [{ day: "mo", nth: 5 }] })).toBe(
      "2044-02-29",
    );
  });

  it("keeps an excepted first date: DTSTART names it all the same", () => {
    expect(first({ freq: "daily" }, { exceptions: ["2021-02-01"] })).toBe("2021-02-01");
  });

  it("is undefined without a rule, for a rule that never meets, and past UNTIL", () => {
    expect(first(undefined)).toBeUndefined();
    expect(first({ freq: "yearly", byMonth: [2], byMonthDay: [30] })).toBeUndefined();
    expect(first({ freq: "yearly", byMonth: [2], byMonthDay: [29], until: "2023-12-31" })).toBe(
      undefined,
    );
  });

  it("refuses a series parseSeries has not returned", () => {
    expect(() => firstRuleDate({ ...base } as never)).toThrow(NotParsedError);
  });
});
