// Durations as documents write them (ISO 8601) and as calendars need them (RFC 5545 §3.3.6).

import { argumentGuards } from "./argument-guards.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";

const guard = argumentGuards();

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * The shape of the durations {@link durationMinutes} reads, as a regular-expression source (for
 * JSON Schema `pattern`).
 *
 * @example
 * ```ts
 * new RegExp(DURATION_PATTERN).test("PT1H30M"); // true
 * ```
 */
export const DURATION_PATTERN: string = DURATION.source;

/**
 * Minutes in a positive ISO 8601 duration of weeks, days, hours, minutes and seconds; undefined for
 * anything else (months and years have no fixed length; zero is not a duration of anything).
 *
 * @example
 * ```ts
 * durationMinutes("PT1H30M"); // 90
 * durationMinutes("PT45S"); // 0.75
 * durationMinutes("P1M"); // undefined: months have no fixed length
 * ```
 */
export function durationMinutes(value: unknown): number | undefined {
  const p = durationParts(value);
  if (p === undefined) return undefined;
  const minutes = p.weeks * 10_080 + p.days * 1_440 + p.hours * 60 + p.minutes + p.seconds / 60;
  return minutes > 0 ? minutes : undefined;
}

/** The units of an ISO 8601 duration as written; a unit left out is 0. */
export interface DurationParts {
  /** The whole number before `W`; a week is 7 days. */
  readonly weeks: number;
  /** The whole number before `D`, as written (`P10D` stays 10 days, not 1 week and 3 days). */
  readonly days: number;
  /** The whole number before `H`, as written (`PT36H` stays 36 hours). */
  readonly hours: number;
  /** The whole number before the `M` after `T` (a month `M` before `T` is not accepted). */
  readonly minutes: number;
  /** The whole number before `S`; fractions (`PT1.5S`) are not accepted. */
  readonly seconds: number;
}

/**
 * The units of a duration in the form the schema accepts (weeks, days, hours, minutes, seconds;
 * no months or years, which have no fixed length), or undefined for anything else. Weeks and days
 * are nominal (RFC 5545 §3.3.6: a day keeps the wall time across a DST change), the rest exact.
 *
 * @example
 * ```ts
 * durationParts("P1DT2H"); // { weeks: 0, days: 1, hours: 2, minutes: 0, seconds: 0 }
 * durationParts("P1M"); // undefined
 * ```
 */
export function durationParts(value: unknown): DurationParts | undefined {
  if (typeof value !== "string" || value === "P" || value.endsWith("T")) return undefined;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  return {
    weeks: Number(m[1] ?? 0),
    days: Number(m[2] ?? 0),
    hours: Number(m[3] ?? 0),
    minutes: Number(m[4] ?? 0),
    seconds: Number(m[5] ?? 0),
  };
}

/**
 * An exact length in whole seconds as an RFC 5545 §3.3.6 duration: whole weeks as `P2W`, else days
 * and a time part with no unit skipped inside it (the grammar allows `PT1H0M5S`, not `PT1H5S`).
 * Negative lengths get a leading `-`; zero is `PT0S`. Weeks and days are nominal in RFC 5545
 * (they keep the wall time across a DST change); pass `{ exact: true }` for a length that must
 * stay exact, and it is written in hours, minutes and seconds only (`PT36H`).
 *
 * @example
 * ```ts
 * formatDuration(5_400); // "PT1H30M"
 * formatDuration(90_000); // "P1DT1H"
 * formatDuration(3_605); // "PT1H0M5S"
 * formatDuration(1_209_600); // "P2W"
 * formatDuration(129_600, { exact: true }); // "PT36H"
 * ```
 *
 * @throws {InvalidArgumentError} for NaN or an infinite length.
 * @example
 * ```ts
 * formatDuration(Number.NaN); // throws InvalidArgumentError (invalid_argument, path ["seconds"])
 * ```
 */
export function formatDuration(seconds: number, options: { exact?: boolean } = {}): string {
  // Beyond 2^53 seconds the digits would be written in exponent form, which no duration has.
  if (typeof seconds !== "number" || !(Math.abs(seconds) <= Number.MAX_SAFE_INTEGER)) {
    throw new InvalidArgumentError(["seconds"], seconds, "must be a finite number of seconds");
  }
  const whole = Math.round(seconds);
  if (whole === 0) return "PT0S";
  const sign = whole < 0 ? "-" : "";
  const total = Math.abs(whole);
  const exact =
    options === undefined ? false : guard.fields(options, ["options"], ["exact"]).exact === true;
  if (!exact && total % 604_800 === 0) return `${sign}P${total / 604_800}W`;
  const days = exact ? 0 : Math.floor(total / 86_400);
  const h = Math.floor((exact ? total : total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  let time = "";
  if (s > 0) time = `${h > 0 ? `${h}H${m}M` : m > 0 ? `${m}M` : ""}${s}S`;
  else if (m > 0) time = `${h > 0 ? `${h}H` : ""}${m}M`;
  else if (h > 0) time = `${h}H`;
  return `${sign}P${days > 0 ? `${days}D` : ""}${time === "" ? "" : `T${time}`}`;
}
