import { formatInstant, zoneOffsetSeconds } from "@convening/core";
import type { Wall } from "./ics-time.js";

/** The wall time an instant shows in a zone. */
export function localWall(ms: number, zone: string): Wall {
  const d = new Date(ms + zoneOffsetSeconds(zone, ms) * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    isDate: false,
    utc: false,
  };
}

/** An instant with the offset `zone` has then, as the schema writes instants. */
export function instantText(ms: number, zone: string): string {
  return formatInstant(ms, Math.round(zoneOffsetSeconds(zone, ms) / 60));
}
