import type { Convening } from "@convening/schema";
import { canonicalZone, supportedZones, zoneAbbreviation } from "@convening/time";

/** One option of the zone picker. */
export interface ZoneChoice {
  /** Canonical IANA id, the option's value. */
  readonly zone: string;
  /** What the option reads: `Tokyo (JST)`, `Nairobi (EAT)`, `Your zone: Paris (CET)`. */
  readonly label: string;
}

/** The picker's option groups, suggested first; no zone appears twice. */
export interface ZoneChoiceGroups {
  readonly suggested: readonly ZoneChoice[];
  readonly all: readonly ZoneChoice[];
}

// Zones where the networks in our samples live, from Honolulu round to Auckland: a short list a
// reader scans faster than the 400-odd ids in "All zones".
const WORLD = [
  "UTC",
  "Pacific/Honolulu",
  "America/Los_Angeles",
  "America/Mexico_City",
  "America/Chicago",
  "America/Bogota",
  "America/New_York",
  "America/Sao_Paulo",
  "Europe/London",
  "Africa/Lagos",
  "Europe/Paris",
  "Africa/Johannesburg",
  "Africa/Cairo",
  "Africa/Nairobi",
  "Asia/Dubai",
  "Asia/Karachi",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Dhaka",
  "Asia/Bangkok",
  "Asia/Manila",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
];

/**
 * The zone picker's options: the browser's own zone first (`Your zone: …`), the zone the page
 * shows if that is another, then the convening's display zones (with the network's own labels),
 * the zones of its people, and a world list; then every other zone the runtime knows.
 * Abbreviations are those in force when the convening starts (`zoneAbbreviation`), since that
 * is when a reader will use them.
 *
 * @param shown - The zone the agenda is in (from `?zone=` or the browser).
 * @param browser - The browser's own zone, when it reports one we know.
 * @example
 * ```ts
 * zoneChoices(convening, "America/New_York", "Asia/Tokyo").suggested.slice(0, 2);
 * // [ { zone: "Asia/Tokyo", label: "Your zone: Tokyo (JST)" }, { zone: "America/New_York", label: "New York (EDT)" } ]
 * ```
 */
export function zoneChoices(
  convening: Convening,
  shown: string,
  browser?: string,
): ZoneChoiceGroups {
  const at = firstInstant(convening);
  const seen = new Set<string>();
  const choice = (zone: string, label?: string): ZoneChoice | undefined => {
    const id = canonicalZone(zone);
    if (seen.has(id)) return undefined;
    seen.add(id);
    const name = label ?? cityOf(id);
    const abbreviation = zoneAbbreviation(id, at);
    return { zone: id, label: name === abbreviation ? name : `${name} (${abbreviation})` };
  };
  const suggested: ZoneChoice[] = [];
  const add = (zone: string, label?: string) => {
    const c = choice(zone, label);
    if (c) suggested.push(c);
  };
  const mine = browser === undefined ? undefined : choice(browser);
  if (mine) suggested.push({ ...mine, label: `Your zone: ${mine.label}` });
  add(shown);
  for (const d of convening.displayZones) {
    if (typeof d === "string") add(d);
    else add(d.zone, d.label);
  }
  add(convening.timeZone);
  for (const person of convening.people) if (person.timeZone) add(person.timeZone);
  for (const zone of WORLD) add(zone);
  const all: ZoneChoice[] = [];
  for (const zone of supportedZones()) {
    const c = choice(zone, zone.replaceAll("_", " "));
    if (c) all.push(c);
  }
  return { suggested, all };
}

/** `America/Sao_Paulo` → `Sao Paulo`; `America/Argentina/Buenos_Aires` → `Buenos Aires`. */
export function cityOf(zone: string): string {
  if (zone === "UTC") return "UTC";
  const last = zone.slice(zone.lastIndexOf("/") + 1);
  return last.replaceAll("_", " ");
}

function firstInstant(convening: Convening): string {
  let first: string | undefined;
  for (const { start } of convening.sessions) {
    if (first === undefined || Date.parse(start) < Date.parse(first)) first = start;
  }
  return first ?? `${convening.startDate}T12:00:00Z`;
}
