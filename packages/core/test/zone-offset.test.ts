import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  firstInstantAtOrAfterLocal,
  formatOffset,
  InvalidArgumentError,
  MAX_TRANSITION_SEARCH_MS,
  ZoneOffsetTable,
  zoneOffsetSeconds,
  zoneOffsetTable,
} from "../src/index.js";

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

describe("zone offset tables", () => {
  it("share one table per zone, whatever the spelling or link", () => {
    const table = zoneOffsetTable("America/New_York");
    for (const zone of ["america/new_york", "AMERICA/NEW_YORK", "US/Eastern", "us/EASTERN"])
      expect(zoneOffsetTable(zone), zone).toBe(table);
    expect(table.zone).toBe("America/New_York");
    expect(zoneOffsetTable("Europe/London")).not.toBe(table);
  });

  it("keep one table for 20,000 capitalisations of a zone", () => {
    const tables = new Set<unknown>();
    const letters = [..."americanewyork"];
    for (let i = 0; i < 20_000; i++) {
      const spelt = letters.map((c, k) => ((i >> k) & 1 ? c.toUpperCase() : c)).join("");
      tables.add(zoneOffsetTable(`${spelt.slice(0, 7)}/${spelt.slice(7, 10)}_${spelt.slice(10)}`));
    }
    expect(tables.size).toBe(1);
  });

  it("refuse a lookalike letter, as Intl does, with a typed error", () => {
    zoneOffsetTable("Asia/Kolkata");
    expect(() => zoneOffsetTable("Asia/\u212Aolkata").offsetAt(0)).toThrow(InvalidArgumentError);
  });
});

describe("zone offsets", () => {
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

  it("lists a year's transitions exactly, and names both instants of a repeated wall time", () => {
    const table = zoneOffsetTable("America/New_York");
    expect(table.transitionsBetween(Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1))).toEqual([
      { at: Date.UTC(2021, 2, 14, 7), before: -18_000, after: -14_400 },
      { at: Date.UTC(2021, 10, 7, 6), before: -14_400, after: -18_000 },
    ]);
    expect(table.instantsForLocal(Date.UTC(2021, 10, 7, 1, 30))).toEqual([
      Date.UTC(2021, 10, 7, 5, 30),
      Date.UTC(2021, 10, 7, 6, 30),
    ]);
    expect(table.instantsForLocal(Date.UTC(2021, 2, 14, 2, 30))).toEqual([]);
  });

  it("moves a wall time in a spring-forward gap to the end of the gap", () => {
    const table = zoneOffsetTable("America/New_York");
    expect(firstInstantAtOrAfterLocal(table, Date.UTC(2021, 2, 14, 2, 30))).toBe(
      Date.UTC(2021, 2, 14, 7),
    );
    expect(firstInstantAtOrAfterLocal(table, Date.UTC(2021, 10, 7, 1, 30))).toBe(
      Date.UTC(2021, 10, 7, 5, 30),
    );
  });

  it("keeps answering after its caches are cleared by many zones and eras", () => {
    for (let year = 1900; year < 2400; year += 3)
      zoneOffsetSeconds("Europe/Paris", Date.UTC(year, 0, 1));
    for (const zone of Intl.supportedValuesOf("timeZone")) zoneOffsetSeconds(zone, 0);
    expect(zoneOffsetSeconds("Asia/Kathmandu", Date.UTC(2021, 2, 23))).toBe(20_700);
  });
});

/** Counts the Intl formatters made and their reads while `run` goes, through the global. */
async function countIntl<T>(run: () => T | Promise<T>) {
  const Original = Intl.DateTimeFormat;
  const counts = { formatters: 0, reads: 0 };
  class Counting extends Original {
    constructor(...args: ConstructorParameters<typeof Original>) {
      super(...args);
      counts.formatters++;
    }
    override formatToParts(date?: Date | number) {
      counts.reads++;
      return super.formatToParts(date);
    }
  }
  // `format` is a getter that hands out a bound function (ECMA-402 §11.3.3); count each one.
  Object.defineProperty(Counting.prototype, "format", {
    get() {
      counts.reads++;
      return Reflect.get(Original.prototype, "format", this);
    },
  });
  Intl.DateTimeFormat = Counting as typeof Intl.DateTimeFormat;
  try {
    return { result: await run(), ...counts };
  } finally {
    Intl.DateTimeFormat = Original;
  }
}

describe("a zone read for the first time", () => {
  it("costs one Intl formatter and one read: checked, named and read with the same formatter", async () => {
    vi.resetModules();
    const fresh = (await import("../src/index.js")) as typeof import("../src/index.js");
    const at = Date.UTC(2021, 2, 23, 15, 20);
    const first = await countIntl(() => fresh.zoneOffsetSeconds("Pacific/Chatham", at));
    expect(first).toEqual({ result: 13 * 3600 + 45 * 60, formatters: 1, reads: 1 });
    // A zone picker's pattern: one instant in each of many zones, each the first of its zone.
    const zones = ["Africa/Nairobi", "America/Sao_Paulo", "Asia/Kathmandu", "Europe/Dublin"];
    const picker = await countIntl(() => zones.map((z) => fresh.zoneOffsetSeconds(z, at)));
    expect(picker).toEqual({ result: [10_800, -10_800, 20_700, 0], formatters: 4, reads: 4 });
  });

  it("builds a chunk once it is read often, and answers alike before and after", async () => {
    vi.resetModules();
    const fresh = (await import("../src/index.js")) as typeof import("../src/index.js");
    const day = Date.UTC(2021, 2, 14);
    const reads = await countIntl(() => {
      const out: number[] = [];
      for (let minute = 0; minute < 24 * 60; minute += 30)
        out.push(fresh.zoneOffsetSeconds("America/New_York", day + minute * 60_000));
      return out;
    });
    // Three point reads, then one chunk (some 35 to 100 reads), then none: not one read a call.
    expect(reads.reads).toBeLessThan(120);
    for (const [i, offset] of reads.result.entries())
      expect(offset, `minute ${i * 30}`).toBe(
        intlOffsetSeconds("America/New_York", day + i * 1_800_000),
      );
  });

  it("gives a point read the offset the built chunk gives, at any instant in any zone", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2150, 0, 1) }),
        (zone, at) => {
          // A new table has no chunk: its first read is a point read; the search builds the chunk.
          const table = new ZoneOffsetTable(zone);
          const point = table.offsetAt(at);
          table.transitionsBetween(at, at + 1);
          expect(table.offsetAt(at), `${zone} ${new Date(at).toISOString()}`).toBe(point);
          expect(point).toBe(intlOffsetSeconds(zone, at));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("the offset table's limits", () => {
  const table = zoneOffsetTable("Europe/London");

  it("refuses a zone the runtime does not know, and instants that are not numbers in range", () => {
    expect(() => zoneOffsetTable("Mars/Olympus")).toThrow(InvalidArgumentError);
    expect(() => new ZoneOffsetTable("Mars/Olympus")).toThrow(/zone = "Mars\/Olympus"/);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1e308, 10n, "0", undefined]) {
      expect(() => table.offsetAt(bad as number)).toThrow(InvalidArgumentError);
    }
  });

  it("searches at most 400 years at once, and refuses more before reading any zone data", () => {
    const from = Date.UTC(1900, 0, 1);
    expect(table.transitionsBetween(from, from + MAX_TRANSITION_SEARCH_MS).length).toBeGreaterThan(
      200,
    );
    const error = (() => {
      try {
        table.transitionsBetween(from, from + MAX_TRANSITION_SEARCH_MS + 1);
      } catch (e) {
        return e as InvalidArgumentError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error?.path).toEqual(["to"]);
    expect(() => table.nextTransition(0, 8e15)).toThrow(/400 years/);
  });

  it("refuses an offset table that is not one", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => firstInstantAtOrAfterLocal(proxy as ZoneOffsetTable, 0)).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("formatOffset", () => {
  it("writes ±HH:mm, rounding offsets with seconds to the minute", () => {
    expect(formatOffset(20_700)).toBe("+05:45");
    expect(formatOffset(-14_400)).toBe("-04:00");
    expect(formatOffset(0)).toBe("+00:00");
    expect(formatOffset(-17_762)).toBe("-04:56");
  });
});
