import { wallTimeInstant } from "@convening/time";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateOf, instantOf, timeOf, type Wall } from "../../src/read/ics-time.js";

// instantOf reads most wall times straight from core's offset table and leaves gaps, overlaps and
// impossible values to wallTimeInstant (RFC 5545 §3.3.5 policy: a time in a spring-forward gap is
// read with the offset before it, a repeated one names its first occurrence). Both must agree on
// every wall time, DST days, half-hour shifts and skipped days included.

const ZONES = [
  "America/New_York",
  "Europe/Berlin",
  "Australia/Lord_Howe",
  "America/Santiago",
  "Pacific/Apia",
  "Asia/Kathmandu",
  "Europe/Dublin",
] as const;

function reference(w: Wall, zone: string): number | string {
  try {
    return Date.parse(
      wallTimeInstant(
        { date: dateOf(w), time: timeOf(w), zone },
        { gap: "forward", overlap: "earlier" },
      ),
    );
  } catch (error) {
    return (error as Error).message;
  }
}

function ours(w: Wall, zone: string): number | string {
  try {
    return instantOf(w, { kind: "zone", zone });
  } catch (error) {
    return (error as Error).message;
  }
}

describe("instantOf in a zone", () => {
  it("gives the instant wallTimeInstant gives, by the same policy, for any wall time", () => {
    const wall = fc.record({
      year: fc.integer({ min: 1890, max: 2060 }),
      month: fc.integer({ min: 1, max: 13 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 24 }),
      minute: fc.constantFrom(0, 15, 30, 59, 60),
      second: fc.constantFrom(0, 30, 59, 60),
      isDate: fc.constant(false),
      utc: fc.constant(false),
    });
    fc.assert(
      fc.property(wall, fc.constantFrom(...ZONES), (w, zone) => {
        expect(ours(w, zone)).toEqual(reference(w, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the hours around each 2021 change of New York and Lord Howe as wallTimeInstant does", () => {
    const days: [string, number, number, number][] = [
      ["America/New_York", 2021, 3, 14],
      ["America/New_York", 2021, 11, 7],
      ["Australia/Lord_Howe", 2021, 4, 4],
      ["Australia/Lord_Howe", 2021, 10, 3],
    ];
    for (const [zone, year, month, day] of days) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 10) {
        const w: Wall = {
          year,
          month,
          day,
          hour: Math.floor(minutes / 60),
          minute: minutes % 60,
          second: 0,
          isDate: false,
          utc: false,
        };
        expect(ours(w, zone)).toEqual(reference(w, zone));
      }
    }
  });
});
