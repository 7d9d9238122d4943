import { describe, expect, it } from "vitest";
import {
  durationMinutes,
  durationParts,
  formatDuration,
  InvalidArgumentError,
} from "../src/index.js";

describe("durationMinutes", () => {
  it("counts the minutes of weeks, days, hours, minutes and seconds", () => {
    expect(durationMinutes("PT2H")).toBe(120);
    expect(durationMinutes("PT1H30M")).toBe(90);
    expect(durationMinutes("P1W")).toBe(10_080);
    expect(durationMinutes("P1DT2H")).toBe(1560);
    expect(durationMinutes("PT90S")).toBe(1.5);
  });

  it("refuses zero, signs, fractions, months and years", () => {
    for (const v of ["PT0S", "-PT1H", "P", "PT", "P1DT", "PT1.5H", "P1M", "P1Y", "", 60])
      expect(durationMinutes(v), String(v)).toBeUndefined();
  });
});

describe("formatDuration", () => {
  it("writes RFC 5545 durations without skipping a unit inside the time part", () => {
    expect(formatDuration(5_400)).toBe("PT1H30M");
    expect(formatDuration(3_600)).toBe("PT1H");
    expect(formatDuration(3_605)).toBe("PT1H0M5S");
    expect(formatDuration(65)).toBe("PT1M5S");
    expect(formatDuration(90_000)).toBe("P1DT1H");
    expect(formatDuration(86_400)).toBe("P1D");
    expect(formatDuration(1_209_600)).toBe("P2W");
    expect(formatDuration(-900)).toBe("-PT15M");
    expect(formatDuration(0)).toBe("PT0S");
  });

  it("writes what durationMinutes reads back to the same length", () => {
    for (const seconds of [60, 2_700, 7_200, 93_780, 604_800, 691_200])
      expect(durationMinutes(formatDuration(seconds))! * 60).toBe(seconds);
  });
});

describe("durationParts", () => {
  it("gives each unit as written, nominal and exact apart", () => {
    expect(durationParts("P1W2DT3H4M5S")).toEqual({
      weeks: 1,
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    });
    expect(durationParts("PT45M")).toEqual({
      weeks: 0,
      days: 0,
      hours: 0,
      minutes: 45,
      seconds: 0,
    });
  });

  it("refuses months, years, empty parts and non-strings", () => {
    for (const value of ["P1M", "P1Y", "P", "PT", "P1DT", 3600, null]) {
      expect(durationParts(value)).toBeUndefined();
    }
  });
});

describe("formatDuration with exact units", () => {
  it("writes a length longer than a day in hours, so it stays exact across DST", () => {
    expect(formatDuration(129_600, { exact: true })).toBe("PT36H");
    expect(formatDuration(1_209_600, { exact: true })).toBe("PT336H");
    expect(formatDuration(90_005, { exact: true })).toBe("PT25H0M5S");
  });

  it("refuses a length that is not a finite number", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => formatDuration(value)).toThrow(InvalidArgumentError);
    }
  });
});
