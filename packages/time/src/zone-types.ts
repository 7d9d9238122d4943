import { BoundedCache, zoneOffsetTable } from "@convening/core";
// Names an offset the runtime reports: the abbreviation and DST flag tzdata gives the zone's
// local time type with that offset at that time (zone-data.generated.ts, from the TZif files).

import { ZONE_ABBREVIATIONS } from "./zone-data.generated.js";

/** A local time type: an abbreviation (empty when tzdata's is numeric), its offset and DST flag. */
export interface LocalTimeType {
  readonly abbr: string;
  readonly offset: number;
  readonly isDst: boolean;
}

interface Era {
  readonly start: number;
  readonly types: readonly LocalTimeType[];
}

// By canonical zone id (callers canonicalise first), so the few hundred zones tzdata has never
// reach the bound; an entry is a zone's parsed eras, a few kilobytes.
const eraCache = new BoundedCache<string, readonly Era[]>(1_000);

function erasOf(zone: string): readonly Era[] {
  let eras = eraCache.get(zone);
  if (!eras) {
    const encoded = ZONE_ABBREVIATIONS[zone === "UTC" ? "Etc/UTC" : zone] ?? "";
    eras = encoded
      .split(" ")
      .filter((era) => era !== "")
      .map((era) => {
        const [start, list = ""] = era.split("|");
        const types = list.split(";").map((entry) => {
          const [abbr = "", offset = "0", isDst = "0"] = entry.split(",");
          return { abbr, offset: Number(offset), isDst: isDst === "1" };
        });
        return { start: Number(start) * 1000, types };
      });
    eraCache.set(zone, eras);
  }
  return eras;
}

/**
 * The local time type of `zone` at `epochMs`, whose offset is `offsetSeconds` by the runtime's
 * data. When the generated table does not know that offset then (runtime data newer or older
 * than the table), the nearest era using the offset answers; failing that, the abbreviation is
 * empty and DST is judged by comparing with the offsets half a year either side.
 */
export function localTimeType(zone: string, epochMs: number, offsetSeconds: number): LocalTimeType {
  const eras = erasOf(zone);
  let index = eras.length - 1;
  while (index > 0 && eras[index]!.start > epochMs) index--;
  const here = eras[index]?.types.find((t) => t.offset === offsetSeconds);
  if (here) return here;
  for (let distance = 1; distance < eras.length; distance++) {
    for (const i of [index - distance, index + distance]) {
      const match = eras[i]?.types.find((t) => t.offset === offsetSeconds);
      if (match) return match;
    }
  }
  const table = zoneOffsetTable(zone);
  const halfYear = 182 * 86_400_000;
  const lowest = Math.min(
    table.offsetAt(epochMs - halfYear),
    table.offsetAt(epochMs + halfYear),
    offsetSeconds,
  );
  return { abbr: "", offset: offsetSeconds, isDst: offsetSeconds > lowest };
}
