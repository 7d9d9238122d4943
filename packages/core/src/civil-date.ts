// Proleptic Gregorian calendar arithmetic on plain integers, and the `YYYY-MM-DD` / `HH:mm` forms
// documents use. `new Date` maps years 0–99 to 1900–1999 and allocates; these do neither, which
// matters when a document holds thousands of dates and a recurrence expands to thousands more.
// Days are counted from 1970-01-01 (negative before it).

import { InvalidArgumentError } from "./invalid-argument-error.js";

/** A whole-number argument, checked: these run in loops, so the check is one `isSafeInteger`. */
function whole(value: unknown, name: string, min = -Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || (value as number) < min) {
    throw new InvalidArgumentError(
      [name],
      value,
      min === 0 ? "must be a whole number from 0" : "must be a whole number",
    );
  }
}

/**
 * Milliseconds in a day without a clock change: the unit of every day count here.
 *
 * @example
 * ```ts
 * daysFromCivil(2021, 3, 23) * DAY_MS; // 1616457600000, 2021-03-23T00:00:00Z
 * ```
 */
export const DAY_MS = 86_400_000;

/** A calendar date as numbers: month 1–12, day 1–31. */
export interface CivilDate {
  /** The year in the proleptic Gregorian calendar, e.g. `2026`. */
  readonly year: number;
  /** The month, 1 (January) to 12. */
  readonly month: number;
  /** The day of the month, 1 to 31 (at most {@link daysInMonth} for the year and month). */
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Days in a month of the proleptic Gregorian calendar (month 1–12).
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(1900, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  whole(year, "year");
  whole(month, "month");
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when year, month (1–12) and day form a real date.
 *
 * @example
 * ```ts
 * isValidDate(2024, 2, 29); // true
 * isValidDate(2023, 2, 29); // false
 * ```
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isSafeInteger(year) || !Number.isSafeInteger(month) || !Number.isSafeInteger(day))
    return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days from 1970-01-01 to a calendar date (negative before it), for any year.
 *
 * @example
 * ```ts
 * daysFromCivil(1970, 1, 1); // 0
 * daysFromCivil(2021, 3, 23); // 18709
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  whole(year, "year");
  whole(month, "month");
  whole(day, "day");
  // The era/day-of-era method (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The calendar date `days` after 1970-01-01: the inverse of {@link daysFromCivil}.
 *
 * @example
 * ```ts
 * civilFromDays(18709); // { year: 2021, month: 3, day: 23 }
 * ```
 */
export function civilFromDays(days: number): CivilDate {
  whole(days, "days");
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The ISO weekday of a day count: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
 *
 * @example
 * ```ts
 * isoWeekday(daysFromCivil(2021, 3, 23)); // 2 (a Tuesday)
 * ```
 */
export function isoWeekday(days: number): number {
  whole(days, "days");
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `YYYY-MM-DD` for a day count (years outside 0–9999 are written as they are).
 *
 * @example
 * ```ts
 * formatLocalDate(18709); // "2021-03-23"
 * ```
 */
export function formatLocalDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  const y = year >= 0 && year < 10_000 ? String(year).padStart(4, "0") : String(year);
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Reads `length` ASCII digits of `text` from `at`; -1 if any of them is not a digit or the text
 * ends first. Parsers read character by character: a document holds thousands of these strings.
 *
 * @throws {InvalidArgumentError} when `text` is not a string or `at`/`length` are not whole
 *   numbers from 0.
 * @example
 * ```ts
 * readDigits("2021-03-23", 5, 2); // 3
 * readDigits("2021-0x-23", 5, 2); // -1
 * ```
 */
export function readDigits(text: string, at: number, length: number): number {
  if (typeof text !== "string") throw new InvalidArgumentError(["text"], text, "must be a string");
  whole(at, "at", 0);
  whole(length, "length", 0);
  if (at + length > text.length) return -1;
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The day count of a real calendar date written `YYYY-MM-DD`, or undefined for anything else.
 *
 * @example
 * ```ts
 * parseLocalDate("2021-03-23"); // 18709
 * parseLocalDate("2021-02-30"); // undefined
 * ```
 */
export function parseLocalDate(value: unknown): number | undefined {
  if (typeof value !== "string" || value.length !== 10) return undefined;
  const year = readDigits(value, 0, 4);
  const month = readDigits(value, 5, 2);
  const day = readDigits(value, 8, 2);
  if (
    year < 0 ||
    value.charCodeAt(4) !== 45 || // -
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
  return parseLocalDate(value) !== undefined;
}

/**
 * Milliseconds after midnight of a 24-hour wall time written `HH:mm` or `HH:mm:ss`, or undefined.
 * Documents write `HH:mm` ({@link isLocalTime}); the seconds form is for callers that need it.
 *
 * @example
 * ```ts
 * parseLocalTime("11:20"); // 40800000
 * parseLocalTime("24:00"); // undefined
 * ```
 */
export function parseLocalTime(value: unknown): number | undefined {
  if (typeof value !== "string" || (value.length !== 5 && value.length !== 8)) return undefined;
  const hour = readDigits(value, 0, 2);
  const minute = readDigits(value, 3, 2);
  let second = 0;
  if (value.length === 8) {
    if (value.charCodeAt(5) !== 58) return undefined;
    second = readDigits(value, 6, 2);
  }
  if (
    value.charCodeAt(2) !== 58 || // :
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  ) {
    return undefined;
  }
  return (hour * 3600 + minute * 60 + second) * 1000;
}

/**
 * True when `value` is a 24-hour wall time written `HH:mm` (`09:00`, `23:59`): the form documents use.
 *
 * @example
 * ```ts
 * isLocalTime("15:00"); // true
 * isLocalTime("24:00"); // false
 * ```
 */
export function isLocalTime(value: unknown): value is string {
  return typeof value === "string" && value.length === 5 && parseLocalTime(value) !== undefined;
}
