// Instants as this package's plain-data functions take them. Strings follow @convening/core's one
// ISO grammar (the one documents are validated with); a luxon DateTime is recognised by its own
// marker, so the functions that only format never load luxon.

import {
  daysFromCivil,
  type ErrorPath,
  formatInstant,
  parseInstant,
  zoneOffsetTable,
} from "@convening/core";
import type { DateTime } from "luxon";
import { InvalidTimeArgumentError } from "./errors.js";

/** An instant as this package accepts it: ISO 8601 with an offset, a `Date`, or a luxon `DateTime`. */
export type InstantInput = string | Date | DateTime;

// Years 1–9999: the range ISO 8601 strings, iCalendar and Intl all agree on.
const MIN_MS = daysFromCivil(1, 1, 1) * 86_400_000;
const MAX_MS = daysFromCivil(10_000, 1, 1) * 86_400_000 - 1;

/** The parts of a luxon DateTime read here; luxon marks its instances with `isLuxonDateTime`. */
interface LuxonLike {
  readonly isLuxonDateTime: true;
  readonly isValid: boolean;
  readonly invalidExplanation?: string | null;
  readonly invalidReason?: string | null;
  toMillis(): number;
}

function isLuxonDateTime(value: object): value is LuxonLike {
  return (
    (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true &&
    typeof (value as { toMillis?: unknown }).toMillis === "function"
  );
}

const INSTANT = "is not an instant (an ISO string with offset, a Date or a luxon DateTime)";

/**
 * Epoch ms of a Date or a luxon DateTime. Both are read through what the object itself says, so a
 * Proxy or a look-alike whose reads throw is refused at `path` with what it threw as the cause.
 */
function objectMs(value: object, path: ErrorPath): number {
  try {
    if (value instanceof Date) {
      const ms = Date.prototype.getTime.call(value);
      if (Number.isNaN(ms)) throw new InvalidTimeArgumentError(path, value, "is an invalid Date");
      return ms;
    }
    if (!isLuxonDateTime(value)) throw new InvalidTimeArgumentError(path, value, INSTANT);
    if (!value.isValid) {
      throw new InvalidTimeArgumentError(
        path,
        value.invalidExplanation ?? value.invalidReason,
        "is an invalid luxon DateTime",
      );
    }
    const ms: unknown = value.toMillis();
    if (typeof ms !== "number" || !Number.isFinite(ms))
      throw new InvalidTimeArgumentError(path, ms, "is a luxon DateTime without a time");
    return ms;
  } catch (cause) {
    if (cause instanceof InvalidTimeArgumentError) throw cause;
    throw new InvalidTimeArgumentError(path, undefined, `${INSTANT}: reading it threw`, { cause });
  }
}

/**
 * Epoch milliseconds of an instant given as an ISO string with offset, a `Date` or a luxon
 * `DateTime`. A string without an offset is refused: it names no instant.
 */
export function toEpochMs(value: unknown, path: ErrorPath): number {
  let ms: number | undefined;
  if (typeof value === "string") {
    ms = parseInstant(value)?.epochMs;
    if (ms === undefined) {
      throw new InvalidTimeArgumentError(
        path,
        value,
        "is not an ISO 8601 date-time with an offset (2021-03-23T11:20:00-04:00)",
      );
    }
  } else if (typeof value === "object" && value !== null) {
    ms = objectMs(value, path);
  } else {
    throw new InvalidTimeArgumentError(path, value, INSTANT);
  }
  if (ms < MIN_MS || ms > MAX_MS)
    throw new InvalidTimeArgumentError(path, value, "is outside the years 1 to 9999");
  return ms;
}

/**
 * {@link toEpochMs} of the field `key` of the record at `path`. An ISO string, the common case,
 * is read without building the field's path, which only an error needs: findConflicts reads two
 * instants of each of thousands of sessions.
 */
export function fieldEpochMs(value: unknown, path: ErrorPath, key: string): number {
  if (typeof value === "string") {
    const ms = parseInstant(value)?.epochMs;
    if (ms !== undefined && ms >= MIN_MS && ms <= MAX_MS) return ms;
  }
  return toEpochMs(value, [...path, key]);
}

/**
 * `2021-03-23T11:20:00-04:00`: the instant in `zone`'s wall time with its offset. An offset with
 * seconds (local mean time before 1900) is written rounded to the minute and the wall time is
 * shifted to match, so the string still names the exact instant.
 */
export function isoInZone(epochMs: number, zone: string): string {
  const offsetSeconds = zoneOffsetTable(zone).offsetAt(epochMs);
  return formatInstant(epochMs, Math.round(offsetSeconds / 60));
}
