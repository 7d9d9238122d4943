import { describe, expect, it } from "vitest";
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatLocalDate,
  InvalidArgumentError,
  isLocalDate,
  isLocalTime,
  isoWeekday,
  parseLocalDate,
  parseLocalTime,
  readDigits,
} from "../src/index.js";

describe("civil dates", () => {
  it("count days from 1970-01-01 the way Date does, and back", () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [2021, 3, 23],
      [2000, 2, 29],
      [1, 1, 1],
      [9999, 12, 31],
      [1600, 3, 1],
    ] as const) {
      const days = daysFromCivil(y, m, d);
      expect(days * 86_400_000).toBe(new Date(0).setUTCFullYear(y, m - 1, d));
      expect(civilFromDays(days)).toEqual({ year: y, month: m, day: d });
    }
  });

  it("know leap years and weekdays", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(isoWeekday(daysFromCivil(2021, 3, 23))).toBe(2);
    expect(isoWeekday(daysFromCivil(1969, 12, 28))).toBe(7);
  });

  it("read and write YYYY-MM-DD, refusing dates that do not exist", () => {
    expect(parseLocalDate("2021-03-23")).toBe(daysFromCivil(2021, 3, 23));
    expect(formatLocalDate(daysFromCivil(2021, 3, 23))).toBe("2021-03-23");
    expect(formatLocalDate(daysFromCivil(33, 1, 5))).toBe("0033-01-05");
    for (const v of ["2021-02-29", "2021-13-01", "2021-3-23", " 2021-03-23", "20210323", 20210323])
      expect(isLocalDate(v), String(v)).toBe(false);
    expect(isLocalDate("0000-02-29")).toBe(true);
  });

  it("read wall times as HH:mm (documents) or HH:mm:ss (callers)", () => {
    expect(parseLocalTime("11:20")).toBe((11 * 60 + 20) * 60_000);
    expect(parseLocalTime("23:59:59")).toBe(86_399_000);
    for (const v of ["24:00", "9:30", "09:60", "09:30:60", "09:30:0", "09-30", 930])
      expect(parseLocalTime(v), String(v)).toBeUndefined();
    expect(isLocalTime("09:30")).toBe(true);
    expect(isLocalTime("09:30:00")).toBe(false);
  });
});

describe("the day arithmetic refuses what is not a whole number", () => {
  it("names the argument instead of computing NaN or throwing a TypeError", () => {
    for (const bad of [Number.NaN, 1.5, Number.POSITIVE_INFINITY, 10n, Symbol("d"), "3"]) {
      expect(() => civilFromDays(bad as number)).toThrow(InvalidArgumentError);
      expect(() => formatLocalDate(bad as number)).toThrow(/days = /);
      expect(() => daysFromCivil(2021, bad as number, 1)).toThrow(/month = /);
    }
  });

  it("reads digits only inside the text, however many are asked for", () => {
    expect(readDigits("2021", 0, 4)).toBe(2021);
    expect(readDigits("20", 0, 4)).toBe(-1);
    expect(readDigits("1".repeat(50), 0, Number.MAX_SAFE_INTEGER)).toBe(-1);
    expect(() => readDigits("2021", 0, Number.POSITIVE_INFINITY)).toThrow(InvalidArgumentError);
  });
});
