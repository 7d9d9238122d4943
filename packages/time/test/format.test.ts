import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  formatInZones,
  formatRange,
  InvalidTimeArgumentError,
  InvalidZoneError,
} from "../src/index.js";

const seedZones = ["America/New_York", "Europe/London", "Africa/Nairobi"];

describe("formatInZones", () => {
  it("writes the seed's lines for 23 March 2021 verbatim", () => {
    expect(
      formatInZones("2021-03-23T11:20:00-04:00", "2021-03-23T12:05:00-04:00", seedZones),
    ).toEqual(["11:20a — 12:05p EDT", "3:20p — 4:05p GMT", "6:20p — 7:05p EAT"]);
  });

  it("writes the seed's lines for 24 March 2021 verbatim", () => {
    expect(
      formatInZones("2021-03-24T11:00:00-04:00", "2021-03-24T11:45:00-04:00", seedZones),
    ).toEqual(["11:00a — 11:45a EDT", "3:00p — 3:45p GMT", "6:00p — 6:45p EAT"]);
  });

  it("gives the same lines for a Date, a DateTime and an ISO string in another offset", () => {
    const expected = formatInZones(
      "2021-03-23T11:20:00-04:00",
      "2021-03-23T12:05:00-04:00",
      seedZones,
    );
    expect(
      formatInZones(new Date("2021-03-23T15:20:00Z"), new Date("2021-03-23T16:05:00Z"), seedZones),
    ).toEqual(expected);
    expect(
      formatInZones(
        DateTime.fromISO("2021-03-23T18:20:00+03:00"),
        DateTime.fromISO("2021-03-23T19:05:00+03:00"),
        seedZones,
      ),
    ).toEqual(expected);
  });

  it("marks a later local date, measured from the first zone", () => {
    expect(
      formatInZones("2021-03-23T11:20:00-04:00", "2021-03-23T12:05:00-04:00", [
        "America/New_York",
        "Australia/Sydney",
        "Pacific/Honolulu",
      ]),
    ).toEqual(["11:20a — 12:05p EDT", "Wed 2:20a — 3:05a AEDT (+1 day)", "5:20a — 6:05a HST"]);
    expect(
      formatInZones("2021-03-23T02:00:00Z", "2021-03-23T03:00:00Z", ["UTC", "Pacific/Honolulu"]),
    ).toEqual(["2:00a — 3:00a UTC", "Mon 4:00p — 5:00p HST (-1 day)"]);
  });

  it("shows a network's own label", () => {
    expect(
      formatInZones("2021-03-23T11:20:00-04:00", "2021-03-23T12:05:00-04:00", [
        "America/New_York",
        { zone: "Africa/Nairobi", label: "Nairobi" },
      ]),
    ).toEqual(["11:20a — 12:05p EDT", "6:20p — 7:05p Nairobi"]);
  });

  it("names the offset when two zones share an abbreviation for different offsets", () => {
    expect(
      formatInZones("2021-07-23T11:20:00-04:00", "2021-07-23T12:05:00-04:00", [
        "Asia/Kolkata",
        "Europe/Dublin",
        "America/New_York",
      ]),
    ).toEqual(["8:50p — 9:35p IST (UTC+5:30)", "4:20p — 5:05p IST (UTC+1)", "11:20a — 12:05p EDT"]);
    // The same name for the same offset is not a collision.
    expect(
      formatInZones("2021-01-23T12:00:00Z", "2021-01-23T13:00:00Z", [
        "Europe/Paris",
        "Europe/Berlin",
      ]),
    ).toEqual(["1:00p — 2:00p CET", "1:00p — 2:00p CET"]);
  });

  it("canonicalises zone aliases", () => {
    expect(
      formatInZones("2021-03-23T15:20:00Z", "2021-03-23T16:05:00Z", [
        "US/Eastern",
        "Asia/Calcutta",
      ]),
    ).toEqual(["11:20a — 12:05p EDT", "8:50p — 9:35p IST"]);
  });

  it("rejects an empty list, an unknown zone and an empty label", () => {
    const args = ["2021-03-23T15:20:00Z", "2021-03-23T16:05:00Z"] as const;
    expect(() => formatInZones(...args, [])).toThrow(InvalidTimeArgumentError);
    expect(() => formatInZones(...args, ["Europe/London", "Moon/Crater"])).toThrow(
      expect.objectContaining({ path: ["zones", 1], code: "invalid_zone" }),
    );
    expect(() => formatInZones(...args, [{ zone: "Europe/London", label: " " }])).toThrow(
      expect.objectContaining({ path: ["zones", 0, "label"] }),
    );
  });

  it("gives every zone a line that starts with a time and ends with a label, for any instant", () => {
    const zones = [
      "America/New_York",
      "Asia/Kathmandu",
      "Pacific/Chatham",
      "Pacific/Kiritimati",
      "Australia/Lord_Howe",
      "Africa/Nairobi",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }),
        fc.integer({ min: 0, max: 600 }),
        (start, minutes) => {
          const lines = formatInZones(new Date(start), new Date(start + minutes * 60_000), zones);
          expect(lines).toHaveLength(zones.length);
          for (const line of lines)
            expect(line).toMatch(
              /^(\w{3} )?\d{1,2}:\d{2}[ap]( \S+)? — (\w{3} )?\d{1,2}:\d{2}[ap] \S+( \([+-]\d+ days?\))?$/,
            );
        },
      ),
    );
  });
});

describe("formatRange", () => {
  const start = "2021-03-23T11:20:00-04:00";
  const end = "2021-03-23T12:05:00-04:00";

  it("writes the compact style by default", () => {
    expect(formatRange(start, end, "America/New_York")).toBe("11:20a — 12:05p EDT");
  });

  it("writes noon and midnight as 12:00p and 12:00a", () => {
    expect(formatRange("2021-03-23T12:00:00Z", "2021-03-24T00:00:00Z", "UTC")).toBe(
      "12:00p — 12:00a UTC",
    );
  });

  it("uses an en dash when asked", () => {
    expect(formatRange(start, end, "America/New_York", { dash: "en" })).toBe("11:20a – 12:05p EDT");
  });

  it("writes times the locale's way in the locale style", () => {
    // A French reader gets French's own zone label (issue 14); locale-lines.test.ts has the rest.
    expect(
      formatRange(start, end, "Europe/Paris", { style: "locale", locale: "fr-FR", dash: "en" }),
    ).toBe("16:20 – 17:05 UTC+1");
    expect(formatRange(start, end, "Europe/Paris", { style: "locale", locale: "en-GB" })).toBe(
      "16:20 — 17:05 CET",
    );
    // ICU 72+ puts a narrow no-break space before AM/PM; older data a space.
    expect(formatRange(start, end, "America/New_York", { style: "locale" })).toMatch(
      /^11:20\sAM — 12:05\sPM EDT$/,
    );
  });

  it("adds the weekday and a day marker against a reference zone", () => {
    expect(
      formatRange("2021-03-23T13:20:00-04:00", "2021-03-23T14:05:00-04:00", "Australia/Sydney", {
        reference: "America/New_York",
      }),
    ).toBe("Wed 4:20a — 5:05a AEDT (+1 day)");
    expect(formatRange(start, end, "Europe/London", { reference: "America/New_York" })).toBe(
      "3:20p — 4:05p GMT",
    );
  });

  it("names the end's weekday when the range runs past local midnight", () => {
    expect(
      formatRange("2021-03-23T23:00:00-04:00", "2021-03-24T01:00:00-04:00", "America/New_York"),
    ).toBe("11:00p — Wed 1:00a EDT");
  });

  it("gives each end its own abbreviation across a DST change", () => {
    expect(
      formatRange("2021-11-07T00:30:00-04:00", "2021-11-07T01:15:00-05:00", "America/New_York"),
    ).toBe("12:30a EDT — 1:15a EST");
  });

  it("uses a label in place of the abbreviation", () => {
    expect(formatRange(start, end, "Africa/Nairobi", { label: "Nairobi time" })).toBe(
      "6:20p — 7:05p Nairobi time",
    );
  });

  it("rejects an end before the start, a bad style and an unknown zone", () => {
    expect(() => formatRange(end, start, "UTC")).toThrow(
      expect.objectContaining({ path: ["end"] }),
    );
    expect(() => formatRange(start, end, "UTC", { style: "long" as never })).toThrow(
      expect.objectContaining({ path: ["options", "style"] }),
    );
    expect(() => formatRange(start, end, "UTC", { dash: "hyphen" as never })).toThrow(
      InvalidTimeArgumentError,
    );
    expect(() => formatRange(start, end, "Europe/Atlantis")).toThrow(InvalidZoneError);
    expect(() => formatRange(start, end, "UTC", { reference: "Nowhere" })).toThrow(
      expect.objectContaining({ path: ["options", "reference"] }),
    );
  });

  it("rejects instants without an offset rather than guessing the machine's zone", () => {
    expect(() => formatRange("2021-03-23T11:20", end, "UTC")).toThrow(
      expect.objectContaining({ code: "invalid_argument", path: ["start"] }),
    );
    expect(() => formatRange(new Date("nope"), end, "UTC")).toThrow(/invalid Date/);
    expect(() => formatRange(DateTime.invalid("testing"), end, "UTC")).toThrow(
      /invalid luxon DateTime/,
    );
  });
});
