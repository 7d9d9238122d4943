import { formatInstantUtc, zoneOffsetTable } from "@convening/core";
import { canonicalZone } from "./canonical-zone.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import { type InstantInput, toEpochMs } from "./instant.js";
import { formatUtcOffset } from "./zone-abbreviation.js";
import { localTimeType } from "./zone-types.js";

/** One change of a zone's UTC offset, as a VTIMEZONE (RFC 5545 §3.6.5) needs it. */
export interface ZoneTransition {
  /** The instant of the change, ISO 8601 in UTC (`2021-03-14T07:00:00Z`), exact to the second. */
  readonly at: string;
  /** The offset before, in minutes east of UTC (`-300`). Whole minutes for every offset since 1972; local mean time before that may carry seconds, as a fraction. */
  readonly offsetBefore: number;
  /** The offset from `at` on, in minutes east of UTC (`-240`). */
  readonly offsetAfter: number;
  /** The offset before, in seconds (exact, for TZOFFSETFROM with seconds). */
  readonly offsetBeforeSeconds: number;
  /** The offset after, in seconds. */
  readonly offsetAfterSeconds: number;
  /** The abbreviation before (`EST`; `UTC+5:30` style where tzdata has none). */
  readonly abbreviationBefore: string;
  /** The abbreviation after (`EDT`). */
  readonly abbreviationAfter: string;
  /** Whether the time after the change is daylight-saving time (RFC 5545 DAYLIGHT vs STANDARD). */
  readonly isDst: boolean;
}

/** The range to list transitions in; `to` is exclusive. */
export interface ZoneTransitionRange {
  /** Start of the range, inclusive: a transition exactly at `from` is listed. */
  readonly from: InstantInput;
  /** End of the range, exclusive; not before `from`. */
  readonly to: InstantInput;
}

/**
 * Every change of `zone`'s UTC offset with `from <= at < to`, found in the runtime's own zone data
 * (Intl) and exact to the second, with the abbreviations and DST flag from tzdata. Built for
 * VTIMEZONE components: a zone with no change in the range returns `[]`; `zoneOffset` gives the
 * offset in force then.
 * Negative DST (Europe/Dublin, Africa/Casablanca) is reported the rearguard way calendar clients
 * expect: the larger offset is the daylight one.
 *
 * @param zone - IANA id (aliases are canonicalised).
 * @example
 * ```ts
 * zoneTransitions("America/New_York", { from: "2021-01-01T00:00:00Z", to: "2022-01-01T00:00:00Z" });
 * // [ { at: "2021-03-14T07:00:00Z", offsetBefore: -300, offsetAfter: -240,
 * //     abbreviationBefore: "EST", abbreviationAfter: "EDT", isDst: true, … },
 * //   { at: "2021-11-07T06:00:00Z", offsetBefore: -240, offsetAfter: -300, … isDst: false } ]
 * ```
 */
export function zoneTransitions(zone: string, range: ZoneTransitionRange): ZoneTransition[] {
  const canonical = canonicalZone(zone);
  // Each end read once: a getter that throws is named, and nothing changes after its check.
  range = guard.fields(
    range,
    ["range"],
    ["from", "to"],
    "must be { from, to }",
  ) as ZoneTransitionRange;
  const from = toEpochMs(range.from, ["from"]);
  const to = toEpochMs(range.to, ["to"]);
  if (to < from) throw new InvalidTimeArgumentError(["to"], range.to, "is before from");
  return zoneOffsetTable(canonical)
    .transitionsBetween(from, to)
    .map((t) => {
      const before = localTimeType(canonical, t.at - 1000, t.before);
      const after = localTimeType(canonical, t.at, t.after);
      return {
        at: formatInstantUtc(t.at),
        offsetBefore: t.before / 60,
        offsetAfter: t.after / 60,
        offsetBeforeSeconds: t.before,
        offsetAfterSeconds: t.after,
        abbreviationBefore: before.abbr || formatUtcOffset(t.before),
        abbreviationAfter: after.abbr || formatUtcOffset(t.after),
        isDst: after.isDst,
      };
    });
}

/**
 * The UTC offset of `zone` at an instant, in minutes east of UTC, with its abbreviation and DST
 * flag: what a VTIMEZONE needs for a zone that has no transition in the range.
 *
 * @example
 * ```ts
 * zoneOffset("Asia/Kathmandu", "2021-03-23T15:20:00Z");
 * // { offset: 345, offsetSeconds: 20700, abbreviation: "UTC+5:45", isDst: false }
 * ```
 */
export function zoneOffset(
  zone: string,
  at: InstantInput,
): {
  /** Minutes east of UTC (`345` for Kathmandu, `-240` for New York in summer); local mean time before 1972 may carry a fraction. */
  offset: number;
  /** The same offset in whole seconds, exact (for TZOFFSETTO with seconds). */
  offsetSeconds: number;
  /** The zone's abbreviation then (`EDT`), or `UTC+5:45` style where tzdata has none. */
  abbreviation: string;
  /** Whether daylight-saving time is in force then (negative DST reported the rearguard way, as in `zoneTransitions`). */
  isDst: boolean;
} {
  const canonical = canonicalZone(zone);
  const ms = toEpochMs(at, ["at"]);
  const offsetSeconds = zoneOffsetTable(canonical).offsetAt(ms);
  const type = localTimeType(canonical, ms, offsetSeconds);
  return {
    offset: offsetSeconds / 60,
    offsetSeconds,
    abbreviation: type.abbr || formatUtcOffset(offsetSeconds),
    isDst: type.isDst,
  };
}
