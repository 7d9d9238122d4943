import { describe, expect, it } from "vitest";
import {
  DurationSchema,
  durationMinutes,
  InstantSchema,
  isLocalDate,
  isLocalTime,
} from "../src/index.js";

describe("instants", () => {
  it("accept ISO 8601 with an explicit offset, with or without seconds and fractions", () => {
    for (const v of [
      "2021-03-23T11:20:00-04:00",
      "2021-03-23T11:20-04:00",
      "2021-03-23T15:20:00Z",
      "2021-03-23T15:20:00.5Z",
      "2021-03-23T15:20:00.123456789+05:45",
    ]) {
      expect(InstantSchema.safeParse(v).success, v).toBe(true);
    }
  });

  it("reject a missing offset, a space, lower case, impossible dates and times, and offsets beyond ±18:00", () => {
    for (const v of [
      "2021-03-23T11:20:00",
      "2021-03-23 11:20:00Z",
      "2021-03-23t11:20:00z",
      "2021-02-29T11:20:00Z",
      "2021-03-23T24:00:00Z",
      "2021-03-23T11:60:00Z",
      "2021-03-23T11:20:60Z",
      "2021-03-23T11:20:00+19:00",
      "2021-03-23T11:20:00+05:60",
      "2021-03-23T11:20:00+0500",
      "2021-03-23T11:20:00.Z",
      "2021-03-23T11:20:00.1234567890Z",
      "2021-03-23T11:20:00Z ",
      "21-03-23T11:20:00Z",
      "",
    ]) {
      expect(InstantSchema.safeParse(v).success, v).toBe(false);
    }
  });
});

describe("local dates", () => {
  it("accept real dates, leap days included, year 0000 as a leap year", () => {
    for (const v of ["2021-03-23", "2024-02-29", "2000-02-29", "0000-02-29", "9999-12-31"])
      expect(isLocalDate(v), v).toBe(true);
  });

  it("reject impossible and malformed dates", () => {
    for (const v of [
      "2021-02-29",
      "1900-02-29",
      "2021-04-31",
      "2021-00-10",
      "2021-13-01",
      "2021-3-23",
      "2021/03/23",
      "20210323",
      " 2021-03-23",
      20210323,
    ]) {
      expect(isLocalDate(v), String(v)).toBe(false);
    }
  });
});

describe("local times", () => {
  it("accept 24-hour HH:mm", () => {
    for (const v of ["00:00", "09:30", "23:59"]) expect(isLocalTime(v), v).toBe(true);
  });

  it("reject anything else", () => {
    for (const v of ["24:00", "9:30", "09:60", "09:30:00", "9am", "", 930])
      expect(isLocalTime(v), String(v)).toBe(false);
  });
});

describe("durations", () => {
  it("count the minutes of weeks, days, hours, minutes and seconds", () => {
    expect(durationMinutes("PT2H")).toBe(120);
    expect(durationMinutes("PT1H30M")).toBe(90);
    expect(durationMinutes("P1D")).toBe(1440);
    expect(durationMinutes("P1W")).toBe(10_080);
    expect(durationMinutes("PT90S")).toBe(1.5);
    expect(durationMinutes("P1DT2H")).toBe(1560);
  });

  it("reject zero, negative, empty, fractional and non-ISO durations", () => {
    for (const v of [
      "PT0S",
      "P0D",
      "-PT1H",
      "P",
      "PT",
      "P1DT",
      "PT1.5H",
      "2h",
      "P1Y",
      "P1M",
      "",
      60,
    ]) {
      expect(durationMinutes(v), String(v)).toBeUndefined();
      expect(DurationSchema.safeParse(v).success, String(v)).toBe(false);
    }
  });
});
