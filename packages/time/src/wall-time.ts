import { parseLocalDate, parseLocalTime } from "@convening/core";
import { DateTime } from "luxon";
import { canonicalZone } from "./canonical-zone.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { checkPolicy, resolveWallTime, type WallTimePolicy } from "./wall-time-policy.js";

export type { GapPolicy, OverlapPolicy, WallTimePolicy } from "./wall-time-policy.js";

/** A local date and wall time in a zone. */
export interface WallTimeInput {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:mm` or `HH:mm:ss`, 24-hour. */
  readonly time: string;
  /** IANA id (aliases are canonicalised). */
  readonly zone: string;
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
    throw new InvalidTimeArgumentError(["input"], input, "must be { date, time, zone }");
  }
  const zone = canonicalZone(input.zone, ["zone"]);
  const days = parseLocalDate(input.date);
  if (days === undefined)
    throw new InvalidTimeArgumentError(
      ["date"],
      input.date,
      "is not a calendar date written YYYY-MM-DD",
    );
  const timeMs = parseLocalTime(input.time);
  if (timeMs === undefined)
    throw new InvalidTimeArgumentError(
      ["time"],
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
