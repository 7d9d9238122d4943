import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  InvalidTimeArgumentError,
  InvalidZoneError,
  supportedZones,
  zoneAbbreviation,
} from "../src/index.js";

const winter = "2021-01-15T12:00:00Z";
const summer = "2021-07-15T12:00:00Z";

describe("zoneAbbreviation", () => {
  it.each([
    ["Africa/Nairobi", "EAT", "EAT"],
    ["Africa/Lagos", "WAT", "WAT"],
    ["Africa/Maputo", "CAT", "CAT"],
    ["Africa/Johannesburg", "SAST", "SAST"],
    ["Asia/Kolkata", "IST", "IST"],
    ["Asia/Karachi", "PKT", "PKT"],
    ["Asia/Tokyo", "JST", "JST"],
    ["Asia/Seoul", "KST", "KST"],
    ["Australia/Sydney", "AEDT", "AEST"],
    ["Pacific/Auckland", "NZDT", "NZST"],
    ["Europe/Paris", "CET", "CEST"],
    ["Europe/London", "GMT", "BST"],
    ["America/New_York", "EST", "EDT"],
    ["Europe/Dublin", "GMT", "IST"],
    ["Asia/Jerusalem", "IST", "IDT"],
    ["Asia/Shanghai", "CST", "CST"],
    ["America/Chicago", "CST", "CDT"],
    ["UTC", "UTC", "UTC"],
  ])("names %s %s in January and %s in July", (zone, january, july) => {
    expect(zoneAbbreviation(zone, winter)).toBe(january);
    expect(zoneAbbreviation(zone, summer)).toBe(july);
  });

  it("says EAT for Nairobi where Intl's en-US says GMT+3", () => {
    const intl = new Intl.DateTimeFormat("en-US", {
      timeZone: "Africa/Nairobi",
      timeZoneName: "short",
    }).formatToParts(new Date(winter));
    expect(intl.find((p) => p.type === "timeZoneName")?.value).toBe("GMT+3");
    expect(zoneAbbreviation("Africa/Nairobi", winter)).toBe("EAT");
  });

  it.each([
    ["Asia/Kathmandu", "UTC+5:45"],
    ["Pacific/Chatham", "UTC+13:45"],
    ["Pacific/Kiritimati", "UTC+14"],
    ["America/Sao_Paulo", "UTC-3"],
    ["Asia/Dubai", "UTC+4"],
    ["Etc/GMT+5", "UTC-5"],
    ["America/St_Johns", "NST"],
  ])("falls back to UTC±h:mm for %s where tzdata has only a number", (zone, expected) => {
    expect(zoneAbbreviation(zone, winter)).toBe(expected);
  });

  it("never answers empty or GMT±N, in any zone, in any month of 2021", () => {
    for (const zone of supportedZones()) {
      for (let month = 1; month <= 12; month++) {
        const label = zoneAbbreviation(zone, `2021-${String(month).padStart(2, "0")}-15T12:00:00Z`);
        expect(label, zone).toMatch(/^(UTC([+-]\d{1,2}(:\d{2})?)?|[A-Z][A-Za-z]{1,5})$/);
        if (zone !== "Etc/GMT" && label === "GMT")
          expect(zone).toMatch(/^(Europe|Africa|Atlantic|America\/Danmarkshavn|Antarctica\/Troll)/);
      }
    }
  });

  it("canonicalises the zone and accepts Date and DateTime instants", () => {
    expect(zoneAbbreviation("Asia/Calcutta", new Date(winter))).toBe("IST");
    expect(zoneAbbreviation("US/Eastern", DateTime.fromISO(summer))).toBe("EDT");
  });

  it("rejects unknown zones and instants without an offset", () => {
    expect(() => zoneAbbreviation("Mars/Base", winter)).toThrow(InvalidZoneError);
    expect(() => zoneAbbreviation("Africa/Nairobi", "2021-01-15T12:00")).toThrow(
      InvalidTimeArgumentError,
    );
  });
});
