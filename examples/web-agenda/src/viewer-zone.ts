import { canonicalZone, isInvalidZoneError } from "@convening/time";

/** The zone the agenda opens in, and why, so the page can say so when it had to fall back. */
export interface ViewerZone {
  /** A canonical IANA id (`America/New_York`). */
  readonly zone: string;
  /** `url` from `?zone=`, `browser` from Intl, `fallback` when neither gave a zone we know. */
  readonly source: "url" | "browser" | "fallback";
  /** The `?zone=` value that was refused, to name it in a notice. */
  readonly rejected?: string;
  /** The browser's own zone, canonical, when it reports one we know. */
  readonly browser?: string;
}

/**
 * Picks the zone to show times in: `?zone=` when it names a zone (aliases such as `US/Eastern`
 * are canonicalised), else the browser's own (`Intl.DateTimeFormat().resolvedOptions().timeZone`),
 * else `fallback`. Some privacy-hardened browsers report `UTC` or nothing at all; both are
 * handled, since an invalid id must never reach the formatting functions.
 *
 * @example
 * ```ts
 * viewerZone("?zone=US/Eastern", "Europe/Paris", "UTC");
 * // { zone: "America/New_York", source: "url", browser: "Europe/Paris" }
 * ```
 */
export function viewerZone(
  search: string,
  browserZone: string | undefined,
  fallback: string,
): ViewerZone {
  const asked = new URLSearchParams(search).get("zone");
  const browser = browserZone === undefined ? undefined : known(browserZone);
  const extra = browser === undefined ? {} : { browser };
  let rejected: string | undefined;
  if (asked !== null && asked !== "") {
    const zone = known(asked);
    if (zone !== undefined) return { zone, source: "url", ...extra };
    rejected = asked;
  }
  const refused = rejected === undefined ? {} : { rejected };
  if (browser !== undefined) return { zone: browser, source: "browser", ...extra, ...refused };
  return { zone: canonicalZone(fallback), source: "fallback", ...refused };
}

/** The browser's own zone, or `undefined` when the runtime reports none. */
export function browserZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

function known(zone: string): string | undefined {
  try {
    return canonicalZone(zone);
  } catch (error) {
    if (isInvalidZoneError(error)) return undefined;
    throw error;
  }
}
