import { DAY_MS, daysFromCivil, isValidDate, zoneOffsetTable } from "@convening/core";
import { wallTimeInstant } from "@convening/time";
import ICAL from "ical.js";
import type { ZoneReading } from "./zone-resolver.js";

/** A date or date-time as written, before any zone is applied. */
export interface Wall {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** VALUE=DATE (RFC 5545 §3.3.4): a day, no time. */
  readonly isDate: boolean;
  /** Ends in `Z` (§3.3.5 form #2). */
  readonly utc: boolean;
}

// ical.js hands date-times over in jCal form (RFC 7265 §3.3.5): "2021-03-23T11:20:00" with "Z"
// for UTC, "2021-03-23" for a date.

/** The wall fields of a jCal date or date-time string; undefined when it is neither. */
export function wallOf(value: unknown): Wall | undefined {
  if (typeof value !== "string") return undefined;
  // Read by character codes: a large file holds two or more of these per event.
  const n = value.length;
  if (n < 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  if (n === 10) {
    return { year, month, day, hour: 0, minute: 0, second: 0, isDate: true, utc: false };
  }
  if (n < 19 || value.charCodeAt(10) !== T || value.charCodeAt(13) !== COLON) return undefined;
  if (value.charCodeAt(16) !== COLON) return undefined;
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (hour < 0 || minute < 0 || second < 0) return undefined;
  // What may follow the seconds (RFC 7265 §3.3.5): a fraction, then "Z".
  let at = 19;
  if (at < n && value.charCodeAt(at) === DOT) {
    const from = ++at;
    while (at < n && isDigit(value.charCodeAt(at))) at++;
    if (at === from) return undefined;
  }
  const utc = at < n && value.charCodeAt(at) === Z;
  if (utc) at++;
  if (at !== n) return undefined;
  return { year, month, day, hour, minute, second, isDate: false, utc };
}

const DASH = 45;
const COLON = 58;
const DOT = 46;
const T = 84;
const Z = 90;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The number `length` ASCII digits at `from` write; -1 if any is not a digit. */
function digits(value: string, from: number, length: number): number {
  let out = 0;
  for (let i = from; i < from + length; i++) {
    const code = value.charCodeAt(i);
    if (!isDigit(code)) return -1;
    out = out * 10 + code - 48;
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `YYYY-MM-DD`. */
export function dateOf(w: Pick<Wall, "year" | "month" | "day">): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** `HH:mm:ss`. */
export function timeOf(w: Pick<Wall, "hour" | "minute" | "second">): string {
  return `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

// RFC 5545 §3.3.5: a wall time in a spring-forward gap is read with the offset before the gap,
// and one in the repeated hour names its first occurrence.
const POLICY = { gap: "forward", overlap: "earlier" } as const;

/** The instant (epoch ms) of a date-time read in a zone, by a VTIMEZONE's rules, or in UTC. */
export function instantOf(w: Wall, reading: ZoneReading | "utc"): number {
  if (reading === "utc" || reading.kind === "unknown") {
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  }
  if (reading.kind === "zone") {
    // Fast path, the common case: a real date and time away from any offset change has exactly
    // one instant, read from core's offset table (a cached lookup, no strings built or parsed).
    const local = localMsOf(w);
    if (local !== undefined) {
      const candidates = zoneOffsetTable(reading.zone).instantsForLocal(local);
      if (candidates.length === 1) return candidates[0]!;
    }
    // A gap, an overlap or a value that is no date: by the policy, with its errors.
    return Date.parse(
      wallTimeInstant({ date: dateOf(w), time: timeOf(w), zone: reading.zone }, POLICY),
    );
  }
  const time = new ICAL.Time(
    {
      year: w.year,
      month: w.month,
      day: w.day,
      hour: w.hour,
      minute: w.minute,
      second: w.second,
      isDate: false,
    },
    reading.tz,
  );
  return time.toUnixTime() * 1000;
}

/** The wall time as epoch ms "as if UTC", when it is a real date and time of day; else undefined. */
function localMsOf(w: Wall): number | undefined {
  if (!isValidDate(w.year, w.month, w.day)) return undefined;
  if (w.hour > 23 || w.minute > 59 || w.second > 59) return undefined;
  return (
    daysFromCivil(w.year, w.month, w.day) * DAY_MS +
    ((w.hour * 60 + w.minute) * 60 + w.second) * 1000
  );
}
