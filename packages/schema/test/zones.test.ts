import { describe, expect, it } from "vitest";
import { isTimeZone, TimeZoneSchema } from "../src/index.js";
import { expectIssue, expectValid, oneSession, workshops } from "./support/documents.js";

describe("time zones", () => {
  describe("isTimeZone", () => {
    it("accepts canonical ids, links and old names the runtime knows", () => {
      for (const zone of [
        "America/New_York",
        "Africa/Nairobi",
        "Europe/London",
        "UTC",
        "Etc/GMT+5",
        "US/Eastern",
        "Asia/Calcutta",
      ]) {
        expect(isTimeZone(zone), zone).toBe(true);
      }
    });

    it("rejects ICU's legacy three-letter ids that tzdb never had, BST (Asia/Dhaka to ICU) among them", () => {
      for (const zone of ["EAT", "IST", "PST", "BST", "AET", "SST", "CTT"]) {
        expect(() => new Intl.DateTimeFormat("en", { timeZone: zone }), zone).not.toThrow();
        expect(isTimeZone(zone), zone).toBe(false);
      }
    });

    it("accepts tzdb's own top-level zones and links", () => {
      for (const zone of [
        "UTC",
        "utc",
        "GMT",
        "EST5EDT",
        "CET",
        "GB",
        "Japan",
        "NZ-CHAT",
        "Zulu",
      ]) {
        expect(isTimeZone(zone), zone).toBe(true);
      }
    });

    it("accepts Asia/Kolkata and Europe/Kyiv, which Node 20's Intl.supportedValuesOf leaves out", () => {
      expect(isTimeZone("Asia/Kolkata")).toBe(true);
      expect(isTimeZone("Europe/Kyiv")).toBe(true);
      expectValid(
        oneSession(
          "Asia/Kolkata",
          "2022-05-10",
          "2022-05-10T18:30:00+05:30",
          "2022-05-10T19:30:00+05:30",
        ),
      );
      expectValid(
        oneSession(
          "Europe/Kyiv",
          "2024-01-15",
          "2024-01-15T10:00:00+02:00",
          "2024-01-15T11:00:00+02:00",
        ),
      );
    });

    it("rejects unknown zones", () => {
      for (const zone of [
        "Mars/Olympus_Mons",
        "America/Gotham",
        "Europe/London/Soho",
        "",
        "Factory-ish",
      ]) {
        expect(isTimeZone(zone), zone).toBe(false);
      }
    });

    it("rejects offset strings, which are not zones of intent even where Intl takes them", () => {
      for (const zone of ["+05:00", "-04:00", "+0530", "Z", "UTC+3", "GMT+05:00"]) {
        expect(isTimeZone(zone), zone).toBe(false);
      }
    });

    it("rejects non-strings and absurd lengths", () => {
      for (const zone of [undefined, null, 3, {}, `Europe/${"x".repeat(80)}`]) {
        expect(isTimeZone(zone)).toBe(false);
      }
    });

    it("is what TimeZoneSchema checks", () => {
      expect(TimeZoneSchema.safeParse("Asia/Kolkata").success).toBe(true);
      expect(TimeZoneSchema.safeParse("+05:00").success).toBe(false);
    });
  });

  describe("zone fields in a document", () => {
    it("report an unknown convening zone, session zone and display zone, each at its path", () => {
      const doc = workshops();
      doc.timeZone = "America/Gotham";
      doc.displayZones = ["Europe/London", { zone: "+03:00", label: "EAT" }];
      doc.sessions![0]!.timeZone = "Mars/Olympus_Mons";
      doc.people![0]!.timeZone = "Asia/Calcutta ";
      expectIssue(doc, "invalid_zone", ["timeZone"], '"America/Gotham"');
      expectIssue(doc, "invalid_zone", ["displayZones", 1, "zone"], '"+03:00"');
      expectIssue(doc, "invalid_zone", ["sessions", 0, "timeZone"], '"Mars/Olympus_Mons"');
      expectIssue(doc, "invalid_zone", ["people", 0, "timeZone"], '"Asia/Calcutta "');
    });
  });
});
