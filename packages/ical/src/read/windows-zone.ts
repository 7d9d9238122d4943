import { WINDOWS_ZONES } from "./windows-zones.generated.js";

const byLowerCase = new Map<string, string>();
for (const name of Object.keys(WINDOWS_ZONES)) byLowerCase.set(name.toLowerCase(), name);

/**
 * The IANA zone CLDR gives for a Windows zone name ("W. Europe Standard Time" → Europe/Berlin),
 * for `territory` when CLDR lists it, else CLDR's default (`001`). Exchange numbers copies of a
 * zone it was sent ("Eastern Standard Time 1", node-ical #221): the number is dropped.
 * Undefined when the name is not a Windows zone.
 */
export function windowsZone(tzid: string, territory?: string): string | undefined {
  const key = tzid.trim().toLowerCase();
  const name = byLowerCase.get(key) ?? byLowerCase.get(key.replace(/\s+\d+$/, ""));
  if (name === undefined) return undefined;
  const territories = WINDOWS_ZONES[name]!;
  const ids = (territory === undefined ? undefined : territories[territory]) ?? territories["001"];
  return ids?.split(" ")[0];
}
