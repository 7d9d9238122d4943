/**
 * The place a zone id names, for people to read in a reason: `"Africa/Nairobi"` → `"Nairobi"`,
 * `"America/Argentina/Buenos_Aires"` → `"Buenos Aires"`; ids without a city (`UTC`,
 * `Etc/GMT+5`) as they are.
 */
export function placeName(zone: string): string {
  if (!zone.includes("/") || zone.startsWith("Etc/")) return zone;
  return zone.slice(zone.lastIndexOf("/") + 1).replaceAll("_", " ");
}
