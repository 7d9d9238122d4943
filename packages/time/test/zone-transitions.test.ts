import { existsSync, readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { supportedZones, zoneOffset, zoneTransitions } from "../src/index.js";

const decade = { from: "2020-01-01T00:00:00Z", to: "2031-01-01T00:00:00Z" };
const luxonOffset = (zone: string, ms: number) => DateTime.fromMillis(ms, { zone }).offset;

describe("zoneTransitions", () => {
  it("finds New York's two changes in 2021 with abbreviations and the DST flag", () => {
    expect(
      zoneTransitions("America/New_York", {
        from: "2021-01-01T00:00:00Z",
        to: "2022-01-01T00:00:00Z",
      }),
    ).toEqual([
      {
        at: "2021-03-14T07:00:00Z",
        offsetBefore: -300,
        offsetAfter: -240,
        offsetBeforeSeconds: -18000,
        offsetAfterSeconds: -14400,
        abbreviationBefore: "EST",
        abbreviationAfter: "EDT",
        isDst: true,
      },
      {
        at: "2021-11-07T06:00:00Z",
        offsetBefore: -240,
        offsetAfter: -300,
        offsetBeforeSeconds: -14400,
        offsetAfterSeconds: -18000,
        abbreviationBefore: "EDT",
        abbreviationAfter: "EST",
        isDst: false,
      },
    ]);
  });

  it("follows Lord Howe's 30-minute DST", () => {
    const changes = zoneTransitions("Australia/Lord_Howe", {
      from: "2021-01-01T00:00:00Z",
      to: "2022-01-01T00:00:00Z",
    });
    expect(changes.map((t) => [t.at, t.offsetBefore, t.offsetAfter, t.isDst])).toEqual([
      ["2021-04-03T15:00:00Z", 660, 630, false],
      ["2021-10-02T15:30:00Z", 630, 660, true],
    ]);
  });

  it("reports Samoa skipping 30 December 2011", () => {
    const changes = zoneTransitions("Pacific/Apia", {
      from: "2011-12-01T00:00:00Z",
      to: "2012-01-01T00:00:00Z",
    });
    expect(changes).toMatchObject([
      { at: "2011-12-30T10:00:00Z", offsetBefore: -600, offsetAfter: 840, isDst: true },
    ]);
  });

  it("reports Dublin's negative DST the rearguard way: IST is the daylight time", () => {
    const [spring, autumn] = zoneTransitions("Europe/Dublin", {
      from: "2021-01-01T00:00:00Z",
      to: "2022-01-01T00:00:00Z",
    });
    expect(spring).toMatchObject({
      abbreviationBefore: "GMT",
      abbreviationAfter: "IST",
      isDst: true,
      offsetAfter: 60,
    });
    expect(autumn).toMatchObject({ abbreviationAfter: "GMT", isDst: false, offsetAfter: 0 });
  });

  it("returns nothing for zones without changes", () => {
    expect(zoneTransitions("Asia/Kathmandu", decade)).toEqual([]);
    expect(zoneTransitions("UTC", decade)).toEqual([]);
  });

  it("treats from as inclusive and to as exclusive", () => {
    const at = "2021-03-14T07:00:00Z";
    expect(zoneTransitions("US/Eastern", { from: at, to: "2021-03-15T00:00:00Z" })).toHaveLength(1);
    expect(zoneTransitions("US/Eastern", { from: "2021-03-01T00:00:00Z", to: at })).toHaveLength(0);
  });

  it("accepts Date and luxon DateTime bounds", () => {
    const from = new Date("2021-01-01T00:00:00Z");
    const to = DateTime.fromISO("2022-01-01T00:00:00Z");
    expect(zoneTransitions("Europe/London", { from, to })).toHaveLength(2);
  });

  it("is exact to the second in every zone, 2020–2030, by luxon's reading of the runtime data", () => {
    for (const zone of supportedZones()) {
      for (const t of zoneTransitions(zone, decade)) {
        const at = Date.parse(t.at);
        expect(luxonOffset(zone, at - 1000), `${zone} before ${t.at}`).toBe(t.offsetBefore);
        expect(luxonOffset(zone, at), `${zone} at ${t.at}`).toBe(t.offsetAfter);
        expect(t.abbreviationAfter).not.toMatch(/^GMT[+-]/);
      }
    }
  });

  it("misses no change in the zones with the oddest rules (six-hourly samples, 2020–2030)", () => {
    const zones = [
      "Australia/Lord_Howe",
      "Pacific/Chatham",
      "Africa/Casablanca",
      "Asia/Gaza",
      "America/Santiago",
      "Antarctica/Troll",
      "Europe/Dublin",
      "America/Godthab",
    ];
    const from = Date.parse(decade.from);
    const to = Date.parse(decade.to);
    for (const zone of zones) {
      let changes = 0;
      let previous = luxonOffset(zone, from);
      for (let ms = from + 6 * 3_600_000; ms < to; ms += 6 * 3_600_000) {
        const offset = luxonOffset(zone, ms);
        if (offset !== previous) changes++;
        previous = offset;
      }
      expect(zoneTransitions(zone, decade), zone).toHaveLength(changes);
    }
  });

  const base = "/usr/share/zoneinfo";
  it.skipIf(!existsSync(`${base}/America/New_York`))(
    "agrees with the zic-compiled TZif files of the system's tzdata (RFC 8536)",
    () => {
      const disagreements: string[] = [];
      let compared = 0;
      for (const zone of supportedZones()) {
        const file = `${base}/${zone === "UTC" ? "Etc/UTC" : zone}`;
        if (!existsSync(file)) continue;
        const ours = zoneTransitions(zone, decade).map((t) => `${t.at} ${t.offsetAfterSeconds}`);
        const theirs = tzifTransitions(
          readFileSync(file),
          Date.parse(decade.from) / 1000,
          Date.parse(decade.to) / 1000,
        );
        if (theirs === undefined) continue;
        compared++;
        if (ours.join() !== theirs.join()) disagreements.push(zone);
      }
      expect(compared).toBeGreaterThan(300);
      // The runtime's ICU data and Debian's tzdata may differ by a release; allow a handful.
      expect(disagreements.length, disagreements.join(", ")).toBeLessThanOrEqual(3);
    },
  );
});

describe("zoneOffset", () => {
  it("gives the offset in force with its abbreviation", () => {
    expect(zoneOffset("Asia/Kathmandu", "2021-03-23T15:20:00Z")).toEqual({
      offset: 345,
      offsetSeconds: 20700,
      abbreviation: "UTC+5:45",
      isDst: false,
    });
    expect(zoneOffset("Pacific/Chatham", "2021-01-10T00:00:00Z")).toMatchObject({
      offset: 825,
      isDst: true,
    });
    expect(zoneOffset("Pacific/Kiritimati", "2021-01-10T00:00:00Z")).toMatchObject({
      offset: 840,
      abbreviation: "UTC+14",
    });
  });
});

/** Offset changes in a TZif file between two instants (seconds), or undefined when the file's explicit data ends early (slim files rely on the footer rule). */
function tzifTransitions(buffer: Buffer, from: number, to: number): string[] | undefined {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const counts = (at: number) =>
    Array.from({ length: 6 }, (_, i) => view.getUint32(at + 20 + i * 4));
  let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const v2 = 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
  [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(v2) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  let p = v2 + 44;
  const times: number[] = [];
  for (let i = 0; i < timecnt; i++, p += 8) times.push(Number(view.getBigInt64(p)));
  const indices: number[] = [];
  for (let i = 0; i < timecnt; i++, p++) indices.push(buffer[p]!);
  const offsets: number[] = [];
  for (let i = 0; i < typecnt; i++, p += 6) offsets.push(view.getInt32(p));
  const footer = buffer.toString("latin1", p + charcnt + leap * 12 + isstd + isut).trim();
  if (/,/.test(footer) && (times.at(-1) ?? 0) < to) return undefined;
  const out: string[] = [];
  let previous = offsets[0]!;
  for (let i = 0; i < times.length; i++) {
    const offset = offsets[indices[i]!]!;
    if (offset !== previous && times[i]! >= from && times[i]! < to) {
      out.push(`${new Date(times[i]! * 1000).toISOString().replace(".000", "")} ${offset}`);
    }
    previous = offset;
  }
  return out;
}
