import { describe, expect, it } from "vitest";
import {
  canonicalZone,
  InvalidZoneError,
  isInvalidZoneError,
  supportedZones,
} from "../src/index.js";

describe("canonicalZone", () => {
  it.each([
    ["US/Eastern", "America/New_York"],
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["Europe/Kiev", "Europe/Kyiv"],
    ["Europe/Kyiv", "Europe/Kyiv"],
    ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
    ["America/Godthab", "America/Nuuk"],
    ["Pacific/Enderbury", "Pacific/Kanton"],
    ["america/new_york", "America/New_York"],
    ["Etc/UTC", "UTC"],
    ["Etc/Zulu", "UTC"],
    ["UTC", "UTC"],
    ["Africa/Nairobi", "Africa/Nairobi"],
  ])("canonicalises %s to %s", (alias, expected) => {
    expect(canonicalZone(alias)).toBe(expected);
  });

  it("returns names the runtime's Intl accepts", () => {
    for (const zone of ["Asia/Kolkata", "Europe/Kyiv", "America/Nuuk", "UTC"]) {
      expect(
        () => new Intl.DateTimeFormat("en-US", { timeZone: canonicalZone(zone) }),
      ).not.toThrow();
    }
  });

  it.each([["Mars/Olympus_Mons"], ["+05:00"], [""], ["America/New York"]])(
    "rejects %j with InvalidZoneError",
    (zone) => {
      expect(() => canonicalZone(zone)).toThrow(InvalidZoneError);
    },
  );

  it("names the argument and value in the error", () => {
    try {
      canonicalZone("Nowhere/Land", ["participants", 2, "timeZone"]);
      expect.unreachable();
    } catch (error) {
      expect(isInvalidZoneError(error)).toBe(true);
      expect(error).toMatchObject({
        code: "invalid_zone",
        path: ["participants", 2, "timeZone"],
        value: "Nowhere/Land",
      });
      expect((error as Error).message).toContain("Nowhere/Land");
    }
  });

  it("rejects values that are not strings", () => {
    expect(() => canonicalZone(42)).toThrow(/number 42: is not an IANA time-zone id/);
  });
});

describe("supportedZones", () => {
  it("lists every zone the runtime knows under its canonical name, the ones Intl omits included", () => {
    const zones = supportedZones();
    expect(zones).toContain("Asia/Kolkata");
    expect(zones).toContain("Europe/Kyiv");
    expect(zones).toContain("UTC");
    expect(zones).not.toContain("Asia/Calcutta");
    expect(zones).not.toContain("US/Eastern");
    for (const zone of Intl.supportedValuesOf("timeZone"))
      expect(zones).toContain(canonicalZone(zone));
  });

  it("lists only ids that are their own canonical form", () => {
    for (const zone of supportedZones()) expect(canonicalZone(zone)).toBe(zone);
  });
});
