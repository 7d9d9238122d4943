import { WINDOWS_ZONES } from "./windows-zones.generated.js";

const byLowerCase = new Map<string, string>();
for (const name of Object.keys(WINDOWS_ZONES)) byLowerCase.set(name.toLowerCase(), name);

// IANA zone → the territory CLDR lists it under (`001`, the default, and `ZZ`, the Etc zones,
// are not territories). Built once from the fixed table, so its size is bounded by CLDR's.
let territoryByZone: Map<string, string> | undefined;

/** The ISO 3166 territory CLDR's windowsZones lists an IANA zone under, if any. */
export function territoryOfZone(zone: string): string | undefined {
  if (territoryByZone === undefined) {
    territoryByZone = new Map();
    for (const territories of Object.values(WINDOWS_ZONES)) {
      for (const [territory, ids] of Object.entries(territories)) {
        if (territory === "001" || territory === "ZZ") continue;
        for (const id of ids.split(" ")) territoryByZone.set(id, territory);
      }
    }
  }
  return territoryByZone.get(zone);
}

/** Where the territory of a Windows name comes from. */
export interface WindowsZoneContext {
  /** An ISO 3166-1 alpha-2 territory, when the caller knows it (an organiser's country). */
  readonly territory?: string | undefined;
  /** An IANA zone the file names elsewhere (X-WR-TIMEZONE): its territory is used. */
  readonly hint?: string | undefined;
}

/**
 * The IANA zone CLDR gives for a Windows zone name ("W. Europe Standard Time" → Europe/Berlin).
 * CLDR maps one Windows name to a zone per territory ("Romance Standard Time" is Europe/Paris in
 * general, Europe/Madrid for ES): the hint zone itself when CLDR lists it under the name, else the
 * zone of the hint's territory or of `territory`, else CLDR's default (`001`). Exchange numbers
 * copies of a zone it was sent ("Eastern Standard Time 1", node-ical #221): the number is dropped.
 * Undefined when the name is not a Windows zone.
 */
export function windowsZone(tzid: string, context: WindowsZoneContext = {}): string | undefined {
  const key = tzid.trim().toLowerCase();
  const name = byLowerCase.get(key) ?? byLowerCase.get(key.replace(/\s+\d+$/, ""));
  if (name === undefined) return undefined;
  const territories = WINDOWS_ZONES[name]!;
  const { hint } = context;
  if (hint !== undefined) {
    for (const [territory, ids] of Object.entries(territories)) {
      if (territory !== "001" && ids.split(" ").includes(hint)) return hint;
    }
  }
  const territory =
    (hint === undefined ? undefined : territoryOfZone(hint)) ?? context.territory?.toUpperCase();
  const ids = (territory === undefined ? undefined : territories[territory]) ?? territories["001"];
  return ids?.split(" ")[0];
}
