import { zoneOffsetTable } from "@convening/core";
import { canonicalZone } from "./canonical-zone.js";
import { type InstantInput, toEpochMs } from "./instant.js";
import { localTimeType } from "./zone-types.js";

/**
 * `UTC+5:45`, `UTC-3`, `UTC`: an offset in seconds the way people write it when a zone has no
 * abbreviation of its own. Never `GMT+N`, whose sign people misread against the POSIX `Etc/GMT+N`.
 */
export function formatUtcOffset(offsetSeconds: number): string {
  const minutes = Math.round(offsetSeconds / 60);
  if (minutes === 0) return "UTC";
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? "-" : "+"}${hours}${rest === 0 ? "" : `:${String(rest).padStart(2, "0")}`}`;
}

/** Abbreviation of a canonical zone at an instant (internal: no validation). */
export function abbreviationAt(zone: string, epochMs: number): string {
  const offset = zoneOffsetTable(zone).offsetAt(epochMs);
  return localTimeType(zone, epochMs, offset).abbr || formatUtcOffset(offset);
}

/**
 * The abbreviation people use for `zone` at instant `at`: `EAT` for Africa/Nairobi (Intl's en-US
 * says `GMT+3`), `GMT` or `BST` for Europe/London by season, `IST` for Asia/Kolkata. The names
 * come from tzdata (per zone, so IST is India's in Asia/Kolkata and Ireland's in Europe/Dublin);
 * where tzdata has none (Asia/Kathmandu, America/Sao_Paulo) the answer is `UTC+5:45` style,
 * never empty and never `GMT+N`. To show a network's own label, give `displayZones` a
 * `{ zone, label }` entry.
 *
 * @param zone - IANA id (aliases are canonicalised).
 * @param at - The instant: ISO string with offset, `Date` or luxon `DateTime`.
 * @example
 * ```ts
 * zoneAbbreviation("Africa/Nairobi", "2021-03-23T15:20:00Z"); // "EAT"
 * zoneAbbreviation("Europe/London", "2021-07-01T12:00:00Z"); // "BST"
 * zoneAbbreviation("Asia/Kathmandu", "2021-07-01T12:00:00Z"); // "UTC+5:45"
 * ```
 */
export function zoneAbbreviation(zone: string, at: InstantInput): string {
  const canonical = canonicalZone(zone);
  return abbreviationAt(canonical, toEpochMs(at, ["at"]));
}
