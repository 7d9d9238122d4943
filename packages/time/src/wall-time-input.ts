// The luxon-free half of wallTime: checking the input and resolving it by policy. Calendar writers
// and pages that only need the instant use it without loading luxon.

import { formatInstant, parseLocalDate, parseLocalTime, zoneOffsetSeconds } from "@convening/core";
import { canonicalZone } from "./canonical-zone.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import { checkPolicy, resolveWallTime, type WallTimePolicy } from "./wall-time-policy.js";

/** A local date and wall time in a zone. */
export interface WallTimeInput {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:mm` or `HH:mm:ss`, 24-hour. */
  readonly time: string;
  /** IANA id (aliases are canonicalised). */
  readonly zone: string;
}

/** The instant of a wall time in epoch ms, and the canonical zone it was read in. */
export function resolveWallTimeInput(
  given: WallTimeInput,
  policy: WallTimePolicy | undefined,
): { readonly ms: number; readonly zone: string } {
  // Each field read once: a getter that throws is named, and nothing changes after its check.
  const input = guard.fields(
    given,
    ["input"],
    ["date", "time", "zone"],
    "must be { date, time, zone }",
  );
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
    date: input.date as string,
    time: input.time as string,
    zone,
  });
  return { ms, zone };
}

/**
 * {@link wallTime} without luxon: the instant as an ISO 8601 string with the zone's offset, by
 * the same DST policies. For code that only needs the instant (a calendar writer, a page).
 *
 * @param input - `{ date: 'YYYY-MM-DD', time: 'HH:mm', zone }`.
 * @param policy - `gap: 'reject' | 'forward'` (default `'reject'`), `overlap: 'earlier' | 'later' | 'reject'` (default `'earlier'`).
 * @throws NonexistentTimeError in a spring-forward gap with `gap: 'reject'`.
 * @throws AmbiguousTimeError in a fall-back overlap with `overlap: 'reject'`.
 * @throws InvalidTimeArgumentError for a date, time or policy that is not one.
 * @example
 * ```ts
 * wallTimeInstant({ date: "2021-03-23", time: "11:20", zone: "America/New_York" });
 * // "2021-03-23T11:20:00-04:00"
 * wallTimeInstant({ date: "2021-03-14", time: "02:30", zone: "America/New_York" }, { gap: "forward" });
 * // "2021-03-14T03:30:00-04:00"
 * ```
 */
export function wallTimeInstant(input: WallTimeInput, policy?: WallTimePolicy): string {
  const { ms, zone } = resolveWallTimeInput(input, policy);
  return formatInstant(ms, Math.round(zoneOffsetSeconds(zone, ms) / 60));
}
