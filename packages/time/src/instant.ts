import { DateTime } from "luxon";
import { daysFromCivil, daysInMonth, formatDate } from "./civil.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { offsetTable } from "./offset-table.js";

/** An instant as this package accepts it: ISO 8601 with an offset, a `Date`, or a luxon `DateTime`. */
export type InstantInput = string | Date | DateTime;

const ISO =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

// Years 1–9999: the range ISO 8601 strings, iCalendar and Intl all agree on.
const MIN_MS = daysFromCivil(1, 1, 1) * 86_400_000;
const MAX_MS = daysFromCivil(10_000, 1, 1) * 86_400_000 - 1;

function parseIso(value: string): number | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offsetMinutes = 0;
  const zone = m[8]!;
  if (zone !== "Z" && zone !== "z") {
    const digits = zone.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 18 || om > 59) return undefined;
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    ms
  );
}

/**
 * Epoch milliseconds of an instant given as an ISO string with offset, a `Date` or a luxon
 * `DateTime`. A string without an offset is refused: it names no instant.
 */
export function toEpochMs(value: unknown, path: string): number {
  let ms: number | undefined;
  if (typeof value === "string") {
    ms = parseIso(value.trim());
    if (ms === undefined) {
      throw new InvalidTimeArgumentError(
        path,
        value,
        "is not an ISO 8601 date-time with an offset (2021-03-23T11:20:00-04:00)",
      );
    }
  } else if (value instanceof Date) {
    ms = value.getTime();
    if (Number.isNaN(ms)) throw new InvalidTimeArgumentError(path, value, "is an invalid Date");
  } else if (DateTime.isDateTime(value)) {
    if (!value.isValid) {
      throw new InvalidTimeArgumentError(
        path,
        value.invalidExplanation ?? value.invalidReason,
        "is an invalid luxon DateTime",
      );
    }
    ms = value.toMillis();
  } else {
    throw new InvalidTimeArgumentError(
      path,
      value,
      "is not an instant (an ISO string with offset, a Date or a luxon DateTime)",
    );
  }
  if (ms < MIN_MS || ms > MAX_MS)
    throw new InvalidTimeArgumentError(path, value, "is outside the years 1 to 9999");
  return ms;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `+05:45`, `-04:00`, or `Z`-free `+00:00`: an offset in seconds, rounded to the minute. */
export function formatIsoOffset(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * `2021-03-23T11:20:00-04:00`: the instant in `zone`'s wall time with its offset. An offset with
 * seconds (local mean time before 1900) is written rounded to the minute and the wall time is
 * shifted to match, so the string still names the exact instant.
 */
export function isoInZone(epochMs: number, zone: string): string {
  const offsetSeconds = offsetTable(zone).offsetAt(epochMs);
  return isoWithOffset(epochMs, Math.round(offsetSeconds / 60));
}

/** The ISO form of an instant at a fixed offset in minutes. */
export function isoWithOffset(epochMs: number, offsetMinutes: number): string {
  const local = epochMs + offsetMinutes * 60_000;
  const days = Math.floor(local / 86_400_000);
  const msOfDay = local - days * 86_400_000;
  const hour = Math.floor(msOfDay / 3_600_000);
  const minute = Math.floor(msOfDay / 60_000) % 60;
  const second = Math.floor(msOfDay / 1000) % 60;
  const millis = msOfDay % 1000;
  const fraction = millis === 0 ? "" : `.${String(millis).padStart(3, "0")}`;
  return `${formatDate(days)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${fraction}${formatIsoOffset(offsetMinutes * 60)}`;
}

/** `2021-03-23T15:20:00Z`. */
export function isoUtc(epochMs: number): string {
  return isoWithOffset(epochMs, 0).replace(/\+00:00$/, "Z");
}
