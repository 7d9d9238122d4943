import { zoneOffsetSeconds } from "@convening/core";
import ICAL from "ical.js";

type Timezone = InstanceType<typeof ICAL.Timezone>;

/** Years to compare a VTIMEZONE over: the first and last year the file's events use. */
export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/** A VTIMEZONE's offsets over a span: samples twice a month, and the changes found between them. */
interface Signature {
  readonly samples: readonly (readonly [number, number])[];
  readonly changes: readonly {
    readonly at: number;
    readonly before: number;
    readonly after: number;
  }[];
}

/** The offset ical.js gives a local wall time (epoch ms of that wall clock read as UTC). */
function offsetOfWall(tz: Timezone, wallMs: number): number {
  const d = new Date(wallMs);
  const time = ICAL.Time.fromData({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    isDate: false,
  });
  return tz.utcOffset(time);
}

/**
 * The VTIMEZONE's UTC offset at an instant, in seconds. ical.js looks offsets up by local wall
 * time only (converting from UTC it reads the UTC clock as local, which puts Sydney's changes ten
 * hours out), so the instant's wall time is found by fixed point: offset → wall → offset.
 */
export function vtimezoneOffset(tz: Timezone, ms: number): number {
  let offset = offsetOfWall(tz, ms);
  for (let i = 0; i < 3; i++) {
    const next = offsetOfWall(tz, ms + offset * 1000);
    if (next === offset) break;
    offset = next;
  }
  return offset;
}

function signature(tz: Timezone, years: YearSpan): Signature {
  const samples: [number, number][] = [];
  for (let y = years.from; y <= years.to; y++) {
    for (let m = 0; m < 12; m++) {
      for (const d of [1, 16]) {
        const ms = Date.UTC(y, m, d, 12);
        samples.push([ms, vtimezoneOffset(tz, ms)]);
      }
    }
  }
  const changes: { at: number; before: number; after: number }[] = [];
  for (let i = 1; i < samples.length; i++) {
    const [loMs, before] = samples[i - 1]!;
    const [hiMs, after] = samples[i]!;
    if (before === after) continue;
    // Bisect to the second: the first instant with the new offset.
    let lo = loMs / 1000;
    let hi = hiMs / 1000;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (vtimezoneOffset(tz, mid * 1000) === before) lo = mid;
      else hi = mid;
    }
    changes.push({ at: hi * 1000, before, after });
  }
  return { samples, changes };
}

function matches(zone: string, sig: Signature): boolean {
  for (const [ms, offset] of sig.samples) if (zoneOffsetSeconds(zone, ms) !== offset) return false;
  // Around a change the fixed point may settle on either side (a wall time in the gap or the
  // repeated hour), so a zone agrees when it changes the same way within the size of the change.
  for (const { at, before, after } of sig.changes) {
    const slack = Math.abs(after - before) * 1000;
    if (
      zoneOffsetSeconds(zone, at - slack - 1000) !== before ||
      zoneOffsetSeconds(zone, at + slack) !== after
    )
      return false;
  }
  return true;
}

/**
 * The runtime zones whose offsets and changes agree with a VTIMEZONE over the years given, the
 * `preferred` ones first when they match (the X-WR-TIMEZONE hint, CLDR's zone for a Windows name).
 * Compares offsets twice a month and each change to the second, so two zones that differ only in
 * the years not used are both kept (either gives every event of the file the same instant).
 */
export function matchingZones(
  tz: Timezone,
  years: YearSpan,
  preferred: readonly string[],
  candidates: readonly string[],
): string[] {
  const sig = signature(tz, years);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const zone of [...preferred, ...candidates]) {
    if (seen.has(zone)) continue;
    seen.add(zone);
    if (matches(zone, sig)) out.push(zone);
  }
  return out;
}

/** Whether one zone agrees with a VTIMEZONE over the years given. */
export function zoneMatches(tz: Timezone, years: YearSpan, zone: string): boolean {
  return matchingZones(tz, years, [zone], []).length === 1;
}
