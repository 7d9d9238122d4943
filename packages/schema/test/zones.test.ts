import { describe, expect, it } from "vitest";
import { isTimeZone, TimeZoneSchema } from "../src/index.js";
import { zoneOffsetSeconds } from "../src/zone-offset.js";
import { expectIssue, expectValid, oneSession, workshops } from "./support/documents.js";

const oracles = new Map<string, Intl.DateTimeFormat>();

/**
 * The offset Intl names for `zone` at `epochMs` ("GMT+05:45"), in seconds: an oracle without any
 * memo, and by another route (the offset's name, not the wall clock) than the code under test.
 */
function intlOffsetSeconds(zone: string, epochMs: number): number {
  let oracle = oracles.get(zone);
  if (!oracle) {
    oracle = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    oracles.set(zone, oracle);
  }
  const name = oracle.formatToParts(epochMs).find((part) => part.type === "timeZoneName")!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!m) throw new Error(`unexpected offset name ${name}`);
  if (!m[1]) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0));
}

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

  describe("zoneOffsetSeconds", () => {
    const zones = [
      "America/New_York",
      "Europe/London",
      "Australia/Lord_Howe",
      "Pacific/Chatham",
      "America/Santiago",
      "Asia/Kolkata",
    ];
    const transitionDays = [
      Date.UTC(2021, 2, 14),
      Date.UTC(2021, 2, 28),
      Date.UTC(2021, 3, 4),
      Date.UTC(2021, 8, 26),
      Date.UTC(2021, 9, 3),
      Date.UTC(2021, 10, 7),
    ];

    it("agrees with Intl minute by minute across DST changes, whatever order it is asked in", () => {
      for (const zone of zones) {
        for (const day of transitionDays) {
          // Backwards, then forwards: the memo must not depend on which instant came first.
          for (let t = day + 86_400_000; t >= day - 43_200_000; t -= 13 * 60_000) {
            expect(zoneOffsetSeconds(zone, t), `${zone} ${new Date(t).toISOString()}`).toBe(
              intlOffsetSeconds(zone, t),
            );
          }
          for (let t = day - 43_200_000; t <= day + 86_400_000; t += 17 * 60_000 + 13_000) {
            expect(zoneOffsetSeconds(zone, t), `${zone} ${new Date(t).toISOString()}`).toBe(
              intlOffsetSeconds(zone, t),
            );
          }
        }
      }
    });

    it("switches at the exact second of a change", () => {
      // New York sprang forward at 2021-03-14T07:00:00Z.
      const change = Date.UTC(2021, 2, 14, 7);
      expect(zoneOffsetSeconds("America/New_York", change - 1)).toBe(-5 * 3600);
      expect(zoneOffsetSeconds("America/New_York", change)).toBe(-4 * 3600);
    });

    it("reads years before 1000 and far in the future", () => {
      const year50 = new Date(0).setUTCFullYear(50, 0, 1);
      expect(zoneOffsetSeconds("Asia/Tokyo", year50)).toBe(intlOffsetSeconds("Asia/Tokyo", year50));
      expect(zoneOffsetSeconds("Asia/Kolkata", Date.UTC(2300, 5, 1))).toBe(19_800);
    });
  });
});
