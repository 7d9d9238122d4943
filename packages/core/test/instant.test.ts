import { describe, expect, it } from "vitest";
import {
  formatBasicDateTime,
  formatInstant,
  formatInstantUtc,
  parseInstant,
} from "../src/index.js";

describe("parseInstant", () => {
  it("reads ISO 8601 with an explicit offset, with or without seconds and fractions", () => {
    for (const v of [
      "2021-03-23T11:20:00-04:00",
      "2021-03-23T11:20-04:00",
      "2021-03-23T15:20:00Z",
      "2021-03-23T15:20:00.5Z",
      "2021-03-23T15:20:00.123456789+05:45",
    ]) {
      expect(parseInstant(v), v).toBeDefined();
    }
  });

  it("refuses a missing offset, a space, lower case, impossible dates and other offset forms", () => {
    for (const v of [
      "2021-03-23T11:20:00",
      "2021-03-23 11:20:00Z",
      "2021-03-23t11:20:00z",
      "2021-02-29T11:20:00Z",
      "2021-03-23T24:00:00Z",
      "2021-03-23T11:20:00+19:00",
      "2021-03-23T11:20:00+0500",
      "2021-03-23T11:20:00+05",
      "+002021-03-23T11:20:00Z",
      " 2021-03-23T11:20:00Z",
      "2021-03-23T11:20:00.Z",
      "",
      1616512800000,
    ]) {
      expect(parseInstant(v), String(v)).toBeUndefined();
    }
  });

  it("reads the same moment Date does", () => {
    for (const v of [
      "2021-03-23T11:20:00-04:00",
      "2024-02-29T23:59:59.999+13:45",
      "1970-01-01T00:00Z",
      "0001-01-01T00:00:00Z",
      "9999-12-31T23:59:59-12:00",
    ]) {
      expect(parseInstant(v)?.epochMs, v).toBe(Date.parse(v));
    }
  });

  it("keeps the written offset", () => {
    expect(parseInstant("2021-03-23T11:20:00-04:30")?.offsetMinutes).toBe(-270);
    expect(parseInstant("2021-03-23T11:20:00Z")?.offsetMinutes).toBe(0);
  });

  it("takes milliseconds exactly from any fraction", () => {
    expect(parseInstant("2021-03-23T11:20:00.029Z")!.epochMs % 1000).toBe(29);
    expect(parseInstant("2021-03-23T11:20:00.1Z")!.epochMs % 1000).toBe(100);
    expect(parseInstant("2021-03-23T11:20:00.98765Z")!.epochMs % 1000).toBe(987);
  });
});

describe("formatInstant", () => {
  it("writes the wall time at the offset, milliseconds only when there are some", () => {
    const at = Date.parse("2021-03-23T15:20:00Z");
    expect(formatInstant(at, -240)).toBe("2021-03-23T11:20:00-04:00");
    expect(formatInstant(at, 345)).toBe("2021-03-23T21:05:00+05:45");
    expect(formatInstant(at, 0)).toBe("2021-03-23T15:20:00+00:00");
    expect(formatInstant(at + 29, 0)).toBe("2021-03-23T15:20:00.029+00:00");
    expect(formatInstantUtc(at)).toBe("2021-03-23T15:20:00Z");
  });

  it("writes what parseInstant reads back to the same moment", () => {
    for (const ms of [0, -62_135_596_800_000, 253_402_214_399_999, 1_616_512_800_123]) {
      for (const offset of [-720, -270, 0, 345, 840]) {
        const written = formatInstant(ms, offset);
        expect(parseInstant(written), written).toEqual({ epochMs: ms, offsetMinutes: offset });
      }
      expect(parseInstant(formatInstantUtc(ms))?.epochMs).toBe(ms);
    }
  });
});

describe("formatBasicDateTime", () => {
  it("writes the wall time at an offset in RFC 5545's basic form, to the second", () => {
    const at = Date.parse("2021-03-23T15:20:00.750Z");
    expect(formatBasicDateTime(at, -14_400)).toBe("20210323T112000");
    expect(formatBasicDateTime(at, 20_700)).toBe("20210323T210500");
    expect(formatBasicDateTime(at, 0)).toBe("20210323T152000");
  });

  it("keeps a local mean time offset's seconds and crosses midnight", () => {
    // Detroit's local mean time, -5:32:11, in 1900.
    expect(formatBasicDateTime(Date.parse("1900-01-01T05:00:00Z"), -19_931)).toBe(
      "18991231T232749",
    );
  });
});
