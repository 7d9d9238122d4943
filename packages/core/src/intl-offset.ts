// The one place that asks the runtime's Intl for a UTC offset. Everything else reads the per-zone
// offset table built from these answers (zone-offset.ts).

import { BoundedCache } from "./bounded-cache.js";
import { daysFromCivil } from "./civil-date.js";

// Keyed by the runtime's canonical id (the offset tables ask with nothing else), so no more than
// the runtime's zones exist (some 450 on Node 20); each holds ICU's native formatter, some 28 KB
// outside the JS heap, 12 MB if every zone is in use. The bound holds them all: a zone picker
// reads every zone, and a smaller bound would make each formatter twice. A zone's first check
// (probeZone) builds the formatter its offsets are read with, so a zone seen once costs one
// formatter, not three (one to check it, one for its id, one for its offsets).
const formatters = new BoundedCache<string, Intl.DateTimeFormat>(1_024);

function offsetFormatter(zone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-US", {
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
}

/**
 * The runtime's own canonical id of `zone` (every spelling, `america/new_york`, and every link,
 * `US/Eastern`, names one id), or `undefined` when the runtime does not know the zone. Keeps the
 * formatter it made for the offset reads of that id. Callers check the id's shape first and cache
 * the answer (time-zone-id.ts).
 */
export function probeZone(zone: string): string | undefined {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = offsetFormatter(zone);
  } catch {
    return undefined;
  }
  const id = formatter.resolvedOptions().timeZone;
  if (formatters.get(id) === undefined) formatters.set(id, formatter);
  return id;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  return formatters.get(zone) ?? formatters.set(zone, offsetFormatter(zone));
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
