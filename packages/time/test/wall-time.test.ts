import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  AmbiguousTimeError,
  InvalidTimeArgumentError,
  InvalidZoneError,
  isAmbiguousTimeError,
  isNonexistentTimeError,
  NonexistentTimeError,
  supportedZones,
  wallTime,
  wallTimeInstant,
  zoneTransitions,
} from "../src/index.js";

const zones = supportedZones();
const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true });

/** Instants whose wall clock in `zone` reads `local`, found with luxon alone (an independent oracle). */
function luxonCandidates(zone: string, local: string): number[] {
  const localMs = Date.parse(`${local}Z`);
  const offsets = new Set<number>();
  for (let h = -18; h <= 18; h += 3)
    offsets.add(DateTime.fromMillis(localMs + h * 3_600_000, { zone }).offset);
  const out: number[] = [];
  for (const o of offsets) {
    const at = localMs - o * 60_000;
    if (DateTime.fromMillis(at, { zone }).offset === o) out.push(at);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

describe("wallTime", () => {
  it("keeps 11:20 New York wall time on 23 March 2021, after the US change and before the UK one", () => {
    const start = wallTime({ date: "2021-03-23", time: "11:20", zone: "America/New_York" });
    expect(iso(start)).toBe("2021-03-23T11:20:00-04:00");
    expect(iso(start.setZone("Europe/London"))).toBe("2021-03-23T15:20:00+00:00");
    expect(start.zoneName).toBe("America/New_York");
  });

  it("returns a DateTime in the canonical zone", () => {
    expect(wallTime({ date: "2021-03-23", time: "20:50", zone: "Asia/Calcutta" }).zoneName).toBe(
      "Asia/Kolkata",
    );
  });

  describe("in a spring-forward gap", () => {
    const gap = { date: "2021-03-14", time: "02:30", zone: "America/New_York" };

    it("rejects by default with NonexistentTimeError naming the jump", () => {
      try {
        wallTime(gap);
        expect.unreachable();
      } catch (error) {
        expect(isNonexistentTimeError(error)).toBe(true);
        expect(error).toMatchObject({
          code: "nonexistent_time",
          value: gap,
          gapStart: "2021-03-14T01:59:59-05:00",
          gapEnd: "2021-03-14T03:00:00-04:00",
        });
      }
    });

    it("moves forward by the gap's length with gap: 'forward' (RFC 5545 §3.3.5)", () => {
      expect(iso(wallTime(gap, { gap: "forward" }))).toBe("2021-03-14T03:30:00-04:00");
    });

    it("handles Lord Howe's 30-minute jump", () => {
      const local = { date: "2021-10-03", time: "02:15", zone: "Australia/Lord_Howe" };
      expect(() => wallTime(local)).toThrow(NonexistentTimeError);
      expect(iso(wallTime(local, { gap: "forward" }))).toBe("2021-10-03T02:45:00+11:00");
    });

    it("handles Chatham's change at 02:45 (+12:45 to +13:45)", () => {
      const local = { date: "2021-09-26", time: "03:00", zone: "Pacific/Chatham" };
      expect(() => wallTime(local)).toThrow(NonexistentTimeError);
      expect(iso(wallTime(local, { gap: "forward" }))).toBe("2021-09-26T04:00:00+13:45");
    });

    it("treats Samoa's skipped 30 December 2011 as one long gap", () => {
      const local = { date: "2011-12-30", time: "10:00", zone: "Pacific/Apia" };
      expect(() => wallTime(local)).toThrow(NonexistentTimeError);
      expect(iso(wallTime(local, { gap: "forward" }))).toBe("2011-12-31T10:00:00+14:00");
      expect(iso(wallTime({ date: "2011-12-29", time: "23:59", zone: "Pacific/Apia" }))).toBe(
        "2011-12-29T23:59:00-10:00",
      );
      expect(iso(wallTime({ date: "2011-12-31", time: "00:00", zone: "Pacific/Apia" }))).toBe(
        "2011-12-31T00:00:00+14:00",
      );
    });
  });

  describe("in a fall-back overlap", () => {
    const overlap = { date: "2021-11-07", time: "01:30", zone: "America/New_York" };

    it("takes the earlier instant by default", () => {
      expect(iso(wallTime(overlap))).toBe("2021-11-07T01:30:00-04:00");
    });

    it("takes the later instant with overlap: 'later'", () => {
      expect(iso(wallTime(overlap, { overlap: "later" }))).toBe("2021-11-07T01:30:00-05:00");
    });

    it("rejects with overlap: 'reject', listing both instants", () => {
      try {
        wallTime(overlap, { overlap: "reject" });
        expect.unreachable();
      } catch (error) {
        expect(isAmbiguousTimeError(error)).toBe(true);
        expect((error as AmbiguousTimeError).candidates).toEqual([
          "2021-11-07T01:30:00-04:00",
          "2021-11-07T01:30:00-05:00",
        ]);
      }
    });

    it("does not depend on the date the code runs, unlike plain luxon (luxon #1665)", () => {
      // The same call gives the same answer whatever the machine's clock and zone.
      const answers = new Set([1, 2, 3].map(() => iso(wallTime(overlap))));
      expect([...answers]).toEqual(["2021-11-07T01:30:00-04:00"]);
    });
  });

  describe("arguments", () => {
    it("rejects an unknown zone", () => {
      expect(() =>
        wallTime({ date: "2021-03-23", time: "11:20", zone: "Atlantis/Capital" }),
      ).toThrow(InvalidZoneError);
    });

    it.each([
      [{ date: "2021-02-30", time: "11:20", zone: "UTC" }, "date"],
      [{ date: "23/03/2021", time: "11:20", zone: "UTC" }, "date"],
      [{ date: "2021-03-23", time: "24:00", zone: "UTC" }, "time"],
      [{ date: "2021-03-23", time: "11h20", zone: "UTC" }, "time"],
    ])("rejects %j naming %s", (input, path) => {
      expect(() => wallTime(input)).toThrow(
        expect.objectContaining({ code: "invalid_argument", path: [path] }),
      );
    });

    it("rejects unknown policies", () => {
      const input = { date: "2021-03-23", time: "11:20", zone: "UTC" };
      expect(() => wallTime(input, { gap: "backward" as never })).toThrow(InvalidTimeArgumentError);
      expect(() => wallTime(input, { overlap: "latest" as never })).toThrow(/policy.overlap/);
    });
  });

  describe("properties over every zone the runtime knows", () => {
    const localTime = fc
      .record({
        zone: fc.constantFrom(...zones),
        day: fc.integer({ min: 0, max: 4017 }),
        minute: fc.integer({ min: 0, max: 1439 }),
      })
      .map(({ zone, day, minute }) => {
        const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
        return { zone, date, time };
      });

    it("round-trips every local time that exists once, 2020–2030", () => {
      fc.assert(
        fc.property(localTime, (local) => {
          const candidates = luxonCandidates(local.zone, `${local.date}T${local.time}:00`);
          fc.pre(candidates.length === 1);
          const result = wallTime(local, { overlap: "reject" });
          expect(result.toMillis()).toBe(candidates[0]);
          expect(result.toFormat("yyyy-MM-dd HH:mm")).toBe(`${local.date} ${local.time}`);
        }),
        { numRuns: 2000 },
      );
    });

    const transition = fc
      .record({
        zone: fc.constantFrom(...zones),
        pick: fc.nat(),
        fraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      })
      .map(({ zone, pick, fraction }) => {
        const changes = zoneTransitions(zone, {
          from: "2020-01-01T00:00:00Z",
          to: "2031-01-01T00:00:00Z",
        });
        return {
          zone,
          change: changes.length === 0 ? undefined : changes[pick % changes.length],
          fraction,
        };
      });

    it("applies the gap and overlap policies at every transition, 2020–2030", () => {
      fc.assert(
        fc.property(transition, ({ zone, change, fraction }) => {
          fc.pre(change !== undefined);
          const at = Date.parse(change!.at);
          const jumpMinutes = change!.offsetAfter - change!.offsetBefore;
          // A wall time inside the jump: local clock as read with the earlier offset, plus a share of the jump.
          const localMs =
            at +
            change!.offsetBefore * 60_000 +
            Math.floor(Math.abs(jumpMinutes) * fraction) * 60_000 +
            (jumpMinutes < 0 ? jumpMinutes * 60_000 : 0);
          const local = new Date(localMs).toISOString();
          const input = { date: local.slice(0, 10), time: local.slice(11, 16), zone };
          const candidates = luxonCandidates(zone, `${input.date}T${input.time}:00`);
          if (jumpMinutes > 0) {
            expect(candidates).toEqual([]);
            expect(() => wallTime(input)).toThrow(NonexistentTimeError);
            const wallMs = Date.parse(`${input.date}T${input.time}:00Z`);
            expect(wallTime(input, { gap: "forward" }).toMillis()).toBe(
              wallMs - change!.offsetBefore * 60_000,
            );
          } else {
            expect(candidates).toHaveLength(2);
            expect(wallTime(input).toMillis()).toBe(candidates[0]);
            expect(wallTime(input, { overlap: "later" }).toMillis()).toBe(candidates[1]);
            expect(() => wallTime(input, { overlap: "reject" })).toThrow(AmbiguousTimeError);
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe("wallTimeInstant", () => {
  it("gives the instant wallTime gives, as ISO with the zone's offset, without luxon", () => {
    expect(wallTimeInstant({ date: "2021-03-23", time: "11:20", zone: "America/New_York" })).toBe(
      "2021-03-23T11:20:00-04:00",
    );
    expect(
      wallTimeInstant(
        { date: "2021-03-14", time: "02:30", zone: "US/Eastern" },
        { gap: "forward" },
      ),
    ).toBe("2021-03-14T03:30:00-04:00");
    expect(
      wallTimeInstant(
        { date: "2021-11-07", time: "01:30", zone: "America/New_York" },
        { overlap: "later" },
      ),
    ).toBe("2021-11-07T01:30:00-05:00");
    expect(wallTimeInstant({ date: "2021-03-23", time: "06:20", zone: "Asia/Kathmandu" })).toBe(
      "2021-03-23T06:20:00+05:45",
    );
  });

  it("refuses what wallTime refuses, with the same errors", () => {
    expect(() =>
      wallTimeInstant({ date: "2021-03-14", time: "02:30", zone: "America/New_York" }),
    ).toThrow(NonexistentTimeError);
    expect(() => wallTimeInstant({ date: "2021-02-30", time: "10:00", zone: "UTC" })).toThrow(
      InvalidTimeArgumentError,
    );
    expect(() => wallTimeInstant(null as never)).toThrow(InvalidTimeArgumentError);
  });
});
