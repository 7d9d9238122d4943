import { DAY_MS, isoWeekday, zoneOffsetTable } from "@convening/core";
// Local wall-clock fields of an instant in a zone, from the offset table: no Date, no luxon.

/** An instant as a zone's wall clock shows it. */
export interface LocalClock {
  /** Days since 1970-01-01 of the local date. */
  readonly days: number;
  /** Minutes since local midnight. */
  readonly minuteOfDay: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** UTC offset in seconds. */
  readonly offsetSeconds: number;
}

/** The wall clock of canonical `zone` at `epochMs`. */
export function localClock(zone: string, epochMs: number): LocalClock {
  const offsetSeconds = zoneOffsetTable(zone).offsetAt(epochMs);
  const local = epochMs + offsetSeconds * 1000;
  const days = Math.floor(local / DAY_MS);
  return {
    days,
    minuteOfDay: Math.floor((local - days * DAY_MS) / 60_000),
    weekday: isoWeekday(days),
    offsetSeconds,
  };
}
