// The one place that asks the runtime's Intl for a UTC offset. Everything else reads the per-zone
// offset table built from these answers (zone-offset.ts).

import { BoundedCache } from "./bounded-cache.js";
import { daysFromCivil } from "./civil-date.js";

// Keyed by the runtime's canonical id (the offset tables ask with nothing else), so a few hundred
// at most exist; each holds ICU's native formatter, some 28 KB outside the JS heap. Only a chunk
// being built reads one, so 256 is plenty even while every zone is in use.
const formatters = new BoundedCache<string, Intl.DateTimeFormat>(256);

/**
 * The runtime's own canonical id of a zone it knows: every spelling (`america/new_york`) and
 * every link (`US/Eastern`) names one id. Throws Intl's RangeError for a zone it does not know.
 */
export function runtimeZoneId(zone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const DIGITS = /\d+/g;

/**
 * The UTC offset of `zone` at `epochMs` in seconds (east positive), exactly as the runtime's zone
 * data has it. `format()` plus a digit scan is about four times faster than `formatToParts()`;
 * the parts are the fallback should a runtime ever format en-US differently.
 */
export function intlOffsetSeconds(zone: string, epochMs: number): number {
  const formatter = formatterFor(zone);
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const text = formatter.format(wholeSecond);
  const numbers = text.match(DIGITS);
  let month: number;
  let day: number;
  let year: number;
  let hour: number;
  let minute: number;
  let second: number;
  let bc: boolean;
  if (numbers && numbers.length === 6 && /^\d+\/\d+\/\d+ [AB]/.test(text)) {
    [month, day, year, hour, minute, second] = numbers.map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    bc = text.includes(" B");
  } else {
    const parts: Record<string, string> = {};
    for (const part of formatter.formatToParts(wholeSecond)) parts[part.type] = part.value;
    month = Number(parts.month);
    day = Number(parts.day);
    year = Number(parts.year);
    hour = Number(parts.hour);
    minute = Number(parts.minute);
    second = Number(parts.second);
    bc = (parts.era ?? "").startsWith("B");
  }
  const localMs =
    daysFromCivil(bc ? 1 - year : year, month, day) * 86_400_000 +
    ((hour % 24) * 3600 + minute * 60 + second) * 1000;
  return Math.round((localMs - wholeSecond) / 1000);
}
