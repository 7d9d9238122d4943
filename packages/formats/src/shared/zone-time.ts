// Instants and wall times in a zone, on core's offset tables (no luxon: a page that imports only
// the JSON-LD writer should not load a date library).

import {
  DAY_MS,
  firstInstantAtOrAfterLocal,
  formatInstant,
  formatLocalDate,
  parseLocalDate,
  zoneOffsetSeconds,
  zoneOffsetTable,
} from "@convening/core";

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `epochMs` written with the offset `zone` has then: `2021-03-23T11:20:00-04:00`. */
export function instantInZone(epochMs: number, zone: string): string {
  return formatInstant(epochMs, zoneOffsetSeconds(zone, epochMs) / 60);
}

/** The local date (`YYYY-MM-DD`) and time (`HH:mm`) of `epochMs` in `zone`, and minutes since midnight. */
export function localParts(
  epochMs: number,
  zone: string,
): { date: string; time: string; minutes: number; days: number } {
  const localMs = epochMs + zoneOffsetSeconds(zone, epochMs) * 1000;
  const days = Math.floor(localMs / DAY_MS);
  const minutes = Math.floor((localMs - days * DAY_MS) / 60_000);
  return {
    date: formatLocalDate(days),
    time: `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`,
    minutes,
    days,
  };
}

/**
 * The instant a wall time names in `zone` (`date` `YYYY-MM-DD`, `minutes` after midnight, may
 * exceed a day). A time in a spring-forward gap moves forward; in a fall-back overlap the earlier
 * instant is taken (the defaults of `wallTime`). Undefined for a date that is not one.
 */
export function wallTimeToEpoch(date: string, minutes: number, zone: string): number | undefined {
  const days = parseLocalDate(date);
  if (days === undefined) return undefined;
  const localMs = days * DAY_MS + minutes * 60_000;
  if (!Number.isFinite(localMs)) return undefined;
  return firstInstantAtOrAfterLocal(zoneOffsetTable(zone), localMs);
}
