import { z } from "zod";

const verdicts = new Map<string, boolean>();
// IANA ids are names (Area/Location, UTC, EST5EDT); offset strings like "+05:00", which newer
// runtimes also accept, are not zones of intent and are refused.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+)*$/;

/**
 * True when `zone` is an IANA time-zone id the runtime knows, links and old names included
 * (`Asia/Kolkata`, `Asia/Calcutta`, `Europe/Kyiv`, `US/Eastern`). The runtime's own Intl is
 * asked, because `Intl.supportedValuesOf("timeZone")` on Node 20 leaves some canonical ids out.
 *
 * @example
 * ```ts
 * isTimeZone("Africa/Nairobi"); // true
 * isTimeZone("Mars/Olympus_Mons"); // false
 * ```
 */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || zone.length === 0 || zone.length > 64) return false;
  let ok = verdicts.get(zone);
  if (ok === undefined) {
    ok = false;
    if (ZONE_NAME.test(zone)) {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: zone });
        ok = true;
      } catch {
        ok = false;
      }
    }
    if (verdicts.size < 5_000) verdicts.set(zone, ok);
  }
  return ok;
}

/** An IANA time-zone id such as `America/New_York` or `Africa/Nairobi`. */
export const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, {
    message: "must be an IANA time-zone id the runtime knows, such as America/New_York",
    params: { code: "invalid_zone" },
  })
  .meta({
    description: "An IANA time-zone id, such as America/New_York, Europe/London or Africa/Nairobi.",
    pattern: ZONE_NAME.source,
  });
