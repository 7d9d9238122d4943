import { DateTime } from "luxon";
import { resolveWallTimeInput, type WallTimeInput } from "./wall-time-input.js";
import type { WallTimePolicy } from "./wall-time-policy.js";

export type { WallTimeInput } from "./wall-time-input.js";
export type { GapPolicy, OverlapPolicy, WallTimePolicy } from "./wall-time-policy.js";

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
  const { ms, zone } = resolveWallTimeInput(input, policy);
  return DateTime.fromMillis(ms, { zone }) as DateTime<true>;
}
