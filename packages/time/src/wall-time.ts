import { DateTime } from "luxon";
import { canonicalZone } from "./canonical-zone.js";
import { parseLocalDate, parseLocalTime } from "./civil.js";
import {
  AmbiguousTimeError,
  InvalidTimeArgumentError,
  NonexistentTimeError,
  type WallTimeParts,
} from "./errors.js";
import { isoInZone } from "./instant.js";
import { offsetTable } from "./offset-table.js";

/** What to do with a local time that does not exist (clocks jump forward over it). */
export type GapPolicy = "reject" | "forward";
/** What to do with a local time that happens twice (clocks fall back over it). */
export type OverlapPolicy = "earlier" | "later" | "reject";

/** The DST policies of `wallTime`. */
export interface WallTimePolicy {
  /** `'reject'` (default) throws `NonexistentTimeError`; `'forward'` moves the time forward by the gap's length (RFC 5545 §3.3.5: 02:30 becomes 03:30 EDT). */
  readonly gap?: GapPolicy;
  /** `'earlier'` (default) takes the first of the two instants, `'later'` the second, `'reject'` throws `AmbiguousTimeError`. */
  readonly overlap?: OverlapPolicy;
}

/** A local date and wall time in a zone. */
export interface WallTimeInput {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:mm` or `HH:mm:ss`, 24-hour. */
  readonly time: string;
  /** IANA id (aliases are canonicalised). */
  readonly zone: string;
}

const GAPS: readonly GapPolicy[] = ["reject", "forward"];
const OVERLAPS: readonly OverlapPolicy[] = ["earlier", "later", "reject"];

/**
 * The instant (epoch ms) a local wall time names, by policy. `zone` must be canonical; `path`
 * prefixes error paths (`series.startTime`).
 */
export function resolveWallTime(
  days: number,
  timeMs: number,
  zone: string,
  policy: WallTimePolicy,
  parts: WallTimeParts,
  path = "time",
): number {
  const localMs = days * 86_400_000 + timeMs;
  const table = offsetTable(zone);
  const candidates = table.instantsForLocal(localMs);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    // Before the jump the old offset applies to every earlier instant: reading the local time
    // with it lands as far past the jump as the time is into the gap (RFC 5545 §3.3.5).
    const window = 18 * 3_600_000;
    const jump = table
      .transitionsBetween(localMs - window, localMs + window)
      .find((t) => localMs >= t.at + t.before * 1000 && localMs < t.at + t.after * 1000);
    const before = jump ? jump.before : table.offsetAt(localMs);
    const gapEnd = jump ? jump.at : localMs - before * 1000;
    if ((policy.gap ?? "reject") === "forward") return localMs - before * 1000;
    throw new NonexistentTimeError(
      parts,
      { start: isoInZone(gapEnd - 1000, zone), end: isoInZone(gapEnd, zone) },
      { path },
    );
  }
  const overlap = policy.overlap ?? "earlier";
  if (overlap === "reject") {
    throw new AmbiguousTimeError(
      parts,
      candidates.map((c) => isoInZone(c, zone)),
      { path },
    );
  }
  return overlap === "later" ? candidates[candidates.length - 1]! : candidates[0]!;
}

/** Validates a wall-time policy object. */
export function checkPolicy(policy: unknown, path = "policy"): WallTimePolicy {
  if (policy === undefined) return {};
  if (typeof policy !== "object" || policy === null)
    throw new InvalidTimeArgumentError(path, policy, "must be { gap?, overlap? }");
  const { gap, overlap } = policy as WallTimePolicy;
  if (gap !== undefined && !GAPS.includes(gap))
    throw new InvalidTimeArgumentError(`${path}.gap`, gap, "must be 'reject' or 'forward'");
  if (overlap !== undefined && !OVERLAPS.includes(overlap)) {
    throw new InvalidTimeArgumentError(
      `${path}.overlap`,
      overlap,
      "must be 'earlier', 'later' or 'reject'",
    );
  }
  return { gap, overlap };
}

/**
 * The instant a local date and wall time name in a zone, as a luxon `DateTime` in that zone, with
 * the DST policy explicit. luxon alone silently moves a gap time and resolves an overlap one way
 * or the other depending on the date the code runs (luxon issue #1665); here the answer depends
 * only on the arguments.
 *
 * @param input - `{ date: 'YYYY-MM-DD', time: 'HH:mm', zone }`.
 * @param policy - `gap: 'reject' | 'forward'` (default `'reject'`), `overlap: 'earlier' | 'later' | 'reject'` (default `'earlier'`).
 * @throws NonexistentTimeError in a spring-forward gap with `gap: 'reject'`.
 * @throws AmbiguousTimeError in a fall-back overlap with `overlap: 'reject'`.
 * @example
 * ```ts
 * wallTime({ date: "2021-03-23", time: "11:20", zone: "America/New_York" }).toISO();
 * // "2021-03-23T11:20:00.000-04:00"
 * wallTime({ date: "2021-03-14", time: "02:30", zone: "America/New_York" }, { gap: "forward" }).toISO();
 * // "2021-03-14T03:30:00.000-04:00"
 * wallTime({ date: "2021-11-07", time: "01:30", zone: "America/New_York" }, { overlap: "later" }).toISO();
 * // "2021-11-07T01:30:00.000-05:00"
 * ```
 */
export function wallTime(input: WallTimeInput, policy?: WallTimePolicy): DateTime<true> {
  if (typeof input !== "object" || input === null) {
    throw new InvalidTimeArgumentError("input", input, "must be { date, time, zone }");
  }
  const zone = canonicalZone(input.zone, "zone");
  const days = parseLocalDate(input.date);
  if (days === undefined)
    throw new InvalidTimeArgumentError(
      "date",
      input.date,
      "is not a calendar date written YYYY-MM-DD",
    );
  const timeMs = parseLocalTime(input.time);
  if (timeMs === undefined)
    throw new InvalidTimeArgumentError(
      "time",
      input.time,
      "is not a 24-hour wall time written HH:mm",
    );
  const checked = checkPolicy(policy);
  const ms = resolveWallTime(days, timeMs, zone, checked, {
    date: input.date,
    time: input.time,
    zone,
  });
  return DateTime.fromMillis(ms, { zone }) as DateTime<true>;
}
