import * as z from "zod";
import { DAY_MS, daysFromCivil, isValidDate, readDigits } from "./civil-date.js";

// Parsers for the string forms documents use: instants with offsets, local dates, local times
// and ISO 8601 durations. Each returns undefined for anything it does not accept.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** A parsed instant: the moment, and the offset it was written with. */
export interface ParsedInstant {
  readonly epochMs: number;
  readonly offsetMinutes: number;
}

// Instants are read character by character rather than with a regular expression: a document
// holds thousands of them and each is read twice (shape, then offset and date checks), so this
// is the hottest path of parseConvening. The accepted form is exactly
// YYYY-MM-DDTHH:mm[:ss[.fraction]](Z|±HH:mm), 'T' and 'Z' in upper case.
export function parseInstant(value: unknown): ParsedInstant | undefined {
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

/** The day number ({@link daysFromCivil}) of a `YYYY-MM-DD` string, or undefined if it is not a real date. */
export function localDateDays(value: unknown): number | undefined {
  if (typeof value !== "string" || value.length !== 10) return undefined;
  const year = readDigits(value, 0, 4);
  const month = readDigits(value, 5, 2);
  const day = readDigits(value, 8, 2);
  if (
    year < 0 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45 ||
    !isValidDate(year, month, day)
  ) {
    return undefined;
  }
  return daysFromCivil(year, month, day);
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD` (`2024-02-29` yes, `2023-02-29` no).
 *
 * @example
 * ```ts
 * isLocalDate("2021-03-23"); // true
 * isLocalDate("2021-02-30"); // false
 * ```
 */
export function isLocalDate(value: unknown): value is string {
  return localDateDays(value) !== undefined;
}

/**
 * True when `value` is a 24-hour wall time written `HH:mm` (`09:00`, `23:59`).
 *
 * @example
 * ```ts
 * isLocalTime("15:00"); // true
 * isLocalTime("24:00"); // false
 * ```
 */
export function isLocalTime(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 5 || value.charCodeAt(2) !== 58) return false;
  const hour = readDigits(value, 0, 2);
  const minute = readDigits(value, 3, 2);
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

/**
 * Minutes in an ISO 8601 duration of weeks, days, hours, minutes and seconds; undefined if not one.
 *
 * @example
 * ```ts
 * durationMinutes("PT1H30M"); // 90
 * durationMinutes("P1M"); // undefined: months have no fixed length
 * ```
 */
export function durationMinutes(value: unknown): number | undefined {
  if (typeof value !== "string" || value === "P" || value.endsWith("T")) return undefined;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const [w, d, h, mi, s] = m
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part))) as number[];
  const minutes = w! * 10_080 + d! * 1_440 + h! * 60 + mi! + s! / 60;
  return minutes > 0 ? minutes : undefined;
}

/**
 * An instant with an explicit offset, `2021-03-23T11:20:00-04:00`.
 *
 * @example
 * ```ts
 * InstantSchema.parse("2021-03-23T11:20:00-04:00");
 * InstantSchema.safeParse("2021-03-23T11:20:00").success; // false: no offset
 * ```
 */
export const InstantSchema = z
  .string()
  .refine((v) => parseInstant(v) !== undefined, {
    message:
      "must be an ISO 8601 date-time with an explicit offset, such as 2021-03-23T11:20:00-04:00",
    params: { code: "invalid_instant" },
  })
  .meta({
    description:
      "An instant: ISO 8601 date-time with an explicit offset (2021-03-23T11:20:00-04:00). The offset must agree with the zone of intent at that instant.",
    pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$",
  });

/**
 * A calendar date without a zone, `2021-03-23`.
 *
 * @example
 * ```ts
 * LocalDateSchema.parse("2021-03-23");
 * ```
 */
export const LocalDateSchema = z
  .string()
  .refine(isLocalDate, {
    message: "must be a calendar date written YYYY-MM-DD",
    params: { code: "invalid_date" },
  })
  .meta({
    description: "A calendar date, YYYY-MM-DD, read in the zone of intent.",
    format: "date",
    pattern: LOCAL_DATE.source,
  });

/**
 * A wall-clock time without a zone, `15:00`.
 *
 * @example
 * ```ts
 * LocalTimeSchema.parse("15:00");
 * ```
 */
export const LocalTimeSchema = z
  .string()
  .refine(isLocalTime, {
    message: "must be a 24-hour wall time written HH:mm",
    params: { code: "invalid_time" },
  })
  .meta({
    description: "A wall-clock time, HH:mm on a 24-hour clock, read in the zone of intent.",
    pattern: "^([01]\\d|2[0-3]):[0-5]\\d$",
  });

/**
 * A positive ISO 8601 duration in weeks, days, hours, minutes or seconds, `PT2H`.
 *
 * @example
 * ```ts
 * DurationSchema.parse("PT2H");
 * ```
 */
export const DurationSchema = z
  .string()
  .refine((v) => durationMinutes(v) !== undefined, {
    message: "must be a positive ISO 8601 duration such as PT2H or PT45M",
    params: { code: "invalid_duration" },
  })
  .meta({
    description:
      "A positive ISO 8601 duration in weeks, days, hours, minutes or seconds: PT2H, PT1H30M, P1D.",
    pattern: DURATION.source,
  });
