// A local wall time resolved to an instant under an explicit DST policy, on the offset table:
// what wallTime, expandSeries and the calendar layer share, without luxon.

import { type ErrorPath, zoneOffsetTable } from "@convening/core";
import {
  AmbiguousTimeError,
  InvalidTimeArgumentError,
  NonexistentTimeError,
  type WallTimeParts,
} from "./errors.js";
import { guard } from "./guards.js";
import { isoInZone } from "./instant.js";

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

const GAPS: readonly GapPolicy[] = ["reject", "forward"];
const OVERLAPS: readonly OverlapPolicy[] = ["earlier", "later", "reject"];

/**
 * The instant (epoch ms) a local wall time names, by policy. `zone` must be canonical; `path`
 * is the field errors name (`["series", "startTime"]`).
 */
export function resolveWallTime(
  days: number,
  timeMs: number,
  zone: string,
  policy: WallTimePolicy,
  parts: WallTimeParts,
  path: ErrorPath = ["time"],
): number {
  const localMs = days * 86_400_000 + timeMs;
  const table = zoneOffsetTable(zone);
  const candidates = table.instantsForLocal(localMs);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    // Before the jump the old offset applies to every earlier instant: reading the local time
    // with it lands as far past the jump as the time is into the gap (RFC 5545 §3.3.5).
    const jump = table.gapAround(localMs);
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
export function checkPolicy(policy: unknown, path: ErrorPath = ["policy"]): WallTimePolicy {
  if (policy === undefined) return {};
  const { gap, overlap } = guard.fields(
    policy,
    path,
    ["gap", "overlap"],
    "must be { gap?, overlap? }",
  ) as WallTimePolicy;
  if (gap !== undefined && !GAPS.includes(gap))
    throw new InvalidTimeArgumentError([...path, "gap"], gap, "must be 'reject' or 'forward'");
  if (overlap !== undefined && !OVERLAPS.includes(overlap)) {
    throw new InvalidTimeArgumentError(
      [...path, "overlap"],
      overlap,
      "must be 'earlier', 'later' or 'reject'",
    );
  }
  return { gap, overlap };
}
