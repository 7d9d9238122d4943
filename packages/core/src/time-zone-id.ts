// Whether a string names a time zone the runtime knows. Every package asks before it hands a zone
// to Intl, which throws a RangeError for an unknown one and accepts things that are not zones.

import { BoundedCache } from "./bounded-cache.js";
import { probeZone } from "./intl-offset.js";

// By the id in lower case: every test below ignores case, so the 2^14 spellings of
// America/New_York share one verdict and one Intl call. The verdict is the runtime's canonical id,
// or "" for no zone. 1,000 entries of two strings of at most 64 characters.
const verdicts = new BoundedCache<string, string>(1_000);
// IANA ids are names (Area/Location, UTC, EST5EDT); offset strings like "+05:00", which newer
// runtimes also accept, are not zones of intent and are refused.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;
// ICU also accepts its own legacy three-letter ids (EAT, IST, PST, BST, AET…) that tzdb never
// had; BST there means Asia/Dhaka, not British Summer Time. A name without a slash must be one of
// tzdb's own top-level zones and links (the files directly under /usr/share/zoneinfo).
const TZDB_TOP_LEVEL = new Set(
  (
    "CET CST6CDT Cuba EET EST EST5EDT Egypt Eire GB GB-Eire GMT GMT+0 GMT-0 GMT0 Greenwich HST " +
    "Hongkong Iceland Iran Israel Jamaica Japan Kwajalein Libya MET MST MST7MDT NZ NZ-CHAT Navajo " +
    "PRC PST8PDT Poland Portugal ROC ROK Singapore Turkey UCT UTC Universal W-SU WET Zulu"
  )
    .split(" ")
    // Intl matches ids case-insensitively ("america/new_york" works), so the list does too.
    .map((name) => name.toLowerCase()),
);

/**
 * The shape of an IANA time-zone id, as a regular-expression source (for JSON Schema `pattern`).
 *
 * @example
 * ```ts
 * new RegExp(TIME_ZONE_PATTERN).test("America/New_York"); // true
 * ```
 */
export const TIME_ZONE_PATTERN: string = ZONE_NAME.source;

/**
 * True when `zone` is an IANA time-zone id the runtime knows, links and old names included
 * (`Asia/Kolkata`, `Asia/Calcutta`, `Europe/Kyiv`, `US/Eastern`). The runtime's own Intl is
 * asked, because `Intl.supportedValuesOf("timeZone")` on Node 20 leaves some canonical ids out.
 *
 * @example
 * ```ts
 * isTimeZone("Africa/Nairobi"); // true
 * isTimeZone("Mars/Olympus_Mons"); // false
 * isTimeZone("+05:30"); // false: an offset is not a zone of intent
 * ```
 */
export function isTimeZone(zone: unknown): zone is string {
  return runtimeIdOf(zone) !== undefined;
}

/**
 * The runtime's canonical id of `zone` (`America/New_York` for `US/Eastern` and
 * `america/new_york`) when {@link isTimeZone} holds, else `undefined`. Internal: the offset tables
 * share one table per id.
 */
export function runtimeIdOf(zone: unknown): string | undefined {
  if (typeof zone !== "string" || zone.length === 0 || zone.length > 64) return undefined;
  // The shape first: past it the id is ASCII, whose lower case merges nothing else (the Kelvin
  // sign U+212A lower-cases to "k").
  if (!ZONE_NAME.test(zone)) return undefined;
  const lower = zone.toLowerCase();
  let id = verdicts.get(lower);
  if (id === undefined) {
    id = (nameLike(zone, lower) ? probeZone(zone) : undefined) ?? "";
    verdicts.set(lower, id);
    // The runtime's id is a zone it knows under that id (ICU's canonicalisation is idempotent):
    // remembered too, so a renamed zone (Asia/Kathmandu, which ICU calls Asia/Katmandu) costs one
    // formatter, not a second one when its offset table checks the id.
    const idLower = id.toLowerCase();
    if (idLower !== lower && ZONE_NAME.test(id) && nameLike(id, idLower)) verdicts.set(idLower, id);
  }
  return id === "" ? undefined : id;
}

/** An Area/Location id, or one of tzdb's top-level names (not one of ICU's own three letters). */
function nameLike(zone: string, lower: string): boolean {
  return zone.includes("/") || TZDB_TOP_LEVEL.has(lower);
}
