import { describe, expect, it } from "vitest";
import { isTimeZone } from "../src/index.js";

describe("isTimeZone", () => {
  it("accepts ids, links and old names the runtime knows, in any case", () => {
    for (const zone of [
      "America/New_York",
      "UTC",
      "US/Eastern",
      "Asia/Calcutta",
      "america/new_york",
    ])
      expect(isTimeZone(zone), zone).toBe(true);
  });

  it("refuses offsets, ICU's own three-letter ids, unknown names and non-strings", () => {
    for (const zone of ["+05:30", "EAT", "BST", "Mars/Olympus_Mons", "", " UTC", 0, undefined])
      expect(isTimeZone(zone), String(zone)).toBe(false);
  });

  it("answers every capitalisation alike, and no lookalike letter", () => {
    for (const zone of ["AMERICA/NEW_YORK", "america/New_york", "Est5edt"])
      expect(isTimeZone(zone), zone).toBe(true);
    // The Kelvin sign lower-cases to "k": it must not borrow Asia/Kolkata's verdict.
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("Asia/\u212Aolkata")).toBe(false);
  });
});
