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

// ical.js hands date-times over in jCal form (RFC 7265 §3.3.5): "2021-03-23T11:20:00" with "Z" for UTC.
const JCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z)?)?$/;

/** The wall fields of a jCal date or date-time string; undefined when it is neither. */
export function wallOf(value: unknown): Wall | undefined {
  if (typeof value !== "string") return undefined;
  const m = JCAL_TIME.exec(value);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  return {
    year: year!,
    month: month!,
    day: day!,
    hour: hour!,
    minute: minute!,
    second: second!,
    isDate: m[4] === undefined,
    utc: m[7] === "Z",
  };
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
