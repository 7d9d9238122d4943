// Instants as documents and calendars write them: ISO 8601 date-times with an explicit offset.
// One grammar for every package, so a string one accepts is never refused by another.

import { DAY_MS, daysFromCivil, formatLocalDate, isValidDate, readDigits } from "./civil-date.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { formatOffset } from "./zone-offset.js";

/**
 * An instant read from an ISO 8601 string: the moment, and the offset it was written with.
 *
 * @example
 * ```ts
 * const instant: ParsedInstant = { epochMs: 1616512800000, offsetMinutes: -240 };
 * ```
 */
export interface ParsedInstant {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  readonly epochMs: number;
  /** The written offset, minutes east of UTC (`Z` is 0). */
  readonly offsetMinutes: number;
}

/**
 * Reads an instant written `YYYY-MM-DDTHH:mm[:ss[.fraction]](Z|±HH:mm)`: `T` and `Z` upper case,
 * a fraction of 1 to 9 digits (milliseconds are its first three), an offset of at most ±18:00.
 * Anything else (no offset, a space for `T`, `+0500`, surrounding blanks) is undefined: a string
 * without an offset names no instant.
 *
 * @example
 * ```ts
 * parseInstant("2021-03-23T11:20:00-04:00"); // { epochMs: 1616512800000, offsetMinutes: -240 }
 * parseInstant("2021-03-23T11:20:00"); // undefined
 * ```
 */
export function parseInstant(value: unknown): ParsedInstant | undefined {
  // Read character by character rather than with a regular expression: a document holds
  // thousands of instants and this is the hottest path of parsing one.
  if (typeof value !== "string" || value.length < 17 || value.length > 35) return undefined;
  const year = readDigits(value, 0, 4);
  const month = readDigits(value, 5, 2);
  const day = readDigits(value, 8, 2);
  const hour = readDigits(value, 11, 2);
  const minute = readDigits(value, 14, 2);
  if (
    value.charCodeAt(4) !== 45 || // -
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 || // T
    value.charCodeAt(13) !== 58 || // :
    year < 0 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    !isValidDate(year, month, day)
  ) {
    return undefined;
  }
  let at = 16;
  let second = 0;
  let ms = 0;
  if (value.charCodeAt(at) === 58) {
    second = readDigits(value, at + 1, 2);
    if (second < 0 || second > 59) return undefined;
    at += 3;
    if (value.charCodeAt(at) === 46) {
      // . and 1 to 9 digits; milliseconds are the first three, the rest are dropped.
      const from = at + 1;
      at = from;
      while (at < value.length && at - from < 10) {
        const c = value.charCodeAt(at);
        if (c < 48 || c > 57) break;
        if (at - from < 3) ms = ms * 10 + (c - 48);
        at++;
      }
      const count = at - from;
      if (count < 1 || count > 9) return undefined;
      if (count === 1) ms *= 100;
      else if (count === 2) ms *= 10;
    }
  }
  let offsetMinutes = 0;
  const sign = value.charCodeAt(at);
  if (sign === 90 /* Z */) {
    if (at + 1 !== value.length) return undefined;
  } else if (sign === 43 /* + */ || sign === 45 /* - */) {
    const oh = readDigits(value, at + 1, 2);
    const om = readDigits(value, at + 4, 2);
    if (
      at + 6 !== value.length ||
      value.charCodeAt(at + 3) !== 58 ||
      oh < 0 ||
      oh > 18 ||
      om < 0 ||
      om > 59
    ) {
      return undefined;
    }
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return undefined;
  }
  const localMs =
    daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  return { epochMs: localMs - offsetMinutes * 60_000, offsetMinutes };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

// The range of a JavaScript Date, the widest any caller can mean.
const MAX_EPOCH_MS = 8.64e15;

/** An instant argument: ms within a Date's range; a fraction of a ms is dropped. */
function epochArgument(value: unknown, name: string): number {
  if (typeof value !== "number" || !(Math.abs(value) <= MAX_EPOCH_MS)) {
    throw new InvalidArgumentError(
      [name],
      value,
      "must be a number of milliseconds within the range of a Date (±8.64e15)",
    );
  }
  return Math.floor(value);
}

/** An offset argument: a number of units (`perDay` in a day) within a day either side of UTC. */
function offsetArgument(value: unknown, name: string, perDay: number): void {
  if (typeof value !== "number" || !(Math.abs(value) <= perDay))
    throw new InvalidArgumentError(
      [name],
      value,
      `must be an offset within a day of UTC (±${perDay})`,
    );
}

/**
 * `2021-03-23T11:20:00-04:00`: an instant written at a fixed offset (minutes east of UTC), with
 * milliseconds only when there are some. What {@link parseInstant} reads back to the same moment.
 *
 * @example
 * ```ts
 * formatInstant(Date.parse("2021-03-23T15:20:00Z"), -240); // "2021-03-23T11:20:00-04:00"
 * formatInstant(Date.parse("2021-03-23T15:20:00Z"), 0); // "2021-03-23T15:20:00+00:00"
 * ```
 */
export function formatInstant(epochMs: number, offsetMinutes: number): string {
  epochMs = epochArgument(epochMs, "epochMs");
  offsetArgument(offsetMinutes, "offsetMinutes", 1440);
  const w = wallClock(epochMs + offsetMinutes * 60_000);
  const fraction = w.millis === 0 ? "" : `.${String(w.millis).padStart(3, "0")}`;
  return `${formatLocalDate(w.days)}T${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${fraction}${formatOffset(offsetMinutes * 60)}`;
}

/**
 * `20210323T112000`: the wall time an instant shows at an offset (seconds east of UTC, local mean
 * time's seconds included), in the basic form RFC 5545 §3.3.5 writes DATE-TIME values in, to the
 * second. Add `Z` for UTC.
 *
 * @example
 * ```ts
 * formatBasicDateTime(Date.parse("2021-03-23T15:20:00Z"), -14_400); // "20210323T112000"
 * formatBasicDateTime(Date.parse("2021-03-23T15:20:00Z"), 0) + "Z"; // "20210323T152000Z"
 * ```
 */
export function formatBasicDateTime(epochMs: number, offsetSeconds: number): string {
  epochMs = epochArgument(epochMs, "epochMs");
  offsetArgument(offsetSeconds, "offsetSeconds", 86_400);
  const w = wallClock(epochMs + offsetSeconds * 1000);
  const date = formatLocalDate(w.days);
  return `${date.slice(0, -6)}${date.slice(-5, -3)}${date.slice(-2)}T${pad2(w.hour)}${pad2(w.minute)}${pad2(w.second)}`;
}

/** The day number and clock reading of a local time in ms since 1970-01-01T00:00 local. */
function wallClock(localMs: number) {
  const days = Math.floor(localMs / DAY_MS);
  const msOfDay = localMs - days * DAY_MS;
  return {
    days,
    hour: Math.floor(msOfDay / 3_600_000),
    minute: Math.floor(msOfDay / 60_000) % 60,
    second: Math.floor(msOfDay / 1000) % 60,
    millis: msOfDay % 1000,
  };
}

/**
 * `2021-03-23T15:20:00Z`: an instant in UTC, written with `Z`.
 *
 * @example
 * ```ts
 * formatInstantUtc(Date.parse("2021-03-23T11:20:00-04:00")); // "2021-03-23T15:20:00Z"
 * ```
 */
export function formatInstantUtc(epochMs: number): string {
  return `${formatInstant(epochMs, 0).slice(0, -6)}Z`;
}
