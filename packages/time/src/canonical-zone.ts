import { type ErrorPath, isTimeZone } from "@convening/core";
import { InvalidZoneError } from "./errors.js";
import { ZONE_ABBREVIATIONS, ZONE_LINKS } from "./zone-data.generated.js";

// Intl canonicalises through CLDR, which keeps the oldest spelling of a renamed zone: Node 20
// resolves Asia/Kolkata to Asia/Calcutta and Europe/Kyiv to Europe/Kiev. tzdata's links name
// the current spelling, so the canonical id here is tzdata's, checked against the runtime.

const byLowerCase = new Map<string, string>();
for (const name of [...Object.keys(ZONE_ABBREVIATIONS), ...Object.keys(ZONE_LINKS)]) {
  byLowerCase.set(name.toLowerCase(), name);
}

// tzdata's zone is Etc/UTC, with UTC as a link; "UTC" is the id people, calendars and luxon use.
const UTC_ZONE = "Etc/UTC";

const canonical = new Map<string, string>();

function follow(name: string): string {
  const target = ZONE_LINKS[name] ?? name;
  return target === UTC_ZONE ? "UTC" : target;
}

function intlName(zone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
}

/**
 * The canonical IANA id of a zone the runtime knows: links and old names become the current
 * name (`US/Eastern` → `America/New_York`, `Asia/Calcutta` → `Asia/Kolkata`, `Europe/Kiev` →
 * `Europe/Kyiv`), spelling is fixed (`america/new_york`), and the UTC aliases become `UTC`.
 * Throws `InvalidZoneError` for anything else, offsets such as `+05:00` included.
 *
 * @param zone - An IANA id or alias.
 * @param path - The argument or field to name in the error (default `["zone"]`).
 * @example
 * ```ts
 * canonicalZone("US/Eastern"); // "America/New_York"
 * canonicalZone("Asia/Calcutta"); // "Asia/Kolkata"
 * ```
 */
export function canonicalZone(zone: unknown, path: ErrorPath = ["zone"]): string {
  if (typeof zone === "string") {
    const known = canonical.get(zone);
    if (known !== undefined) return known;
  }
  if (!isTimeZone(zone)) throw new InvalidZoneError(zone, { path });
  const runtime = intlName(zone);
  const named = byLowerCase.get(zone.toLowerCase()) ?? runtime;
  let result = follow(named);
  // The table may be newer than the runtime's data: keep a name the runtime can use.
  if (!isTimeZone(result)) result = follow(runtime);
  if (!isTimeZone(result)) result = runtime;
  if (canonical.size < 5_000) canonical.set(zone, result);
  return result;
}

let supported: readonly string[] | undefined;

/**
 * Every zone this runtime knows, by canonical id, sorted: `Intl.supportedValuesOf("timeZone")`
 * plus the zones it leaves out (Node 20 lists Asia/Calcutta but not Asia/Kolkata, and omits
 * `UTC`), from the package's tzdata table.
 *
 * @example
 * ```ts
 * supportedZones().includes("Asia/Kolkata"); // true
 * ```
 */
export function supportedZones(): readonly string[] {
  if (!supported) {
    const names = new Set<string>();
    const candidates = [
      ...Intl.supportedValuesOf("timeZone"),
      ...Object.keys(ZONE_ABBREVIATIONS),
      "UTC",
    ];
    for (const name of candidates) {
      if (isTimeZone(name)) names.add(canonicalZone(name));
    }
    supported = Object.freeze([...names].sort());
  }
  return supported;
}
