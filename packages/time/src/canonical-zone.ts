import { BoundedCache, type ErrorPath, isTimeZone } from "@convening/core";
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

// By the id as given (the fast path), then by its lower case (Intl matches ids
// case-insensitively), so 20,000 capitalisations of America/New_York are one lookup of tzdata's
// links and no Intl call, not 20,000. Entries are two short strings.
const bySpelling = new BoundedCache<string, string>(1_000);
const byLowerCaseSeen = new BoundedCache<string, string>(1_000);

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
    const known = bySpelling.get(zone);
    if (known !== undefined) return known;
  }
  // isTimeZone admits ASCII ids only, so lower case merges nothing but capitalisations.
  if (!isTimeZone(zone)) throw new InvalidZoneError(zone, { path });
  const lower = zone.toLowerCase();
  const result = byLowerCaseSeen.get(lower) ?? byLowerCaseSeen.set(lower, resolve(zone, lower));
  return bySpelling.set(zone, result);
}

/** The canonical id of a zone the runtime knows; Intl is asked only when tzdata's table cannot answer. */
function resolve(zone: string, lower: string): string {
  const named = byLowerCase.get(lower);
  if (named !== undefined) {
    const result = follow(named);
    if (isTimeZone(result)) return result;
  }
  // The table may be newer than the runtime's data: keep a name the runtime can use.
  const runtime = intlName(zone);
  const result = follow(runtime);
  return isTimeZone(result) ? result : runtime;
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
