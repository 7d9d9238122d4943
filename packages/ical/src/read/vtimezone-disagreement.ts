import { zoneOffsetSeconds } from "@convening/core";
import ICAL from "ical.js";
import type { IcsImportWarning } from "./import-result.js";
import { vtimezoneOffset, type YearSpan, zoneMatches } from "./vtimezone-match.js";

type Component = InstanceType<typeof ICAL.Component>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

/** A VTIMEZONE that disagrees with its IANA zone, and the offsets its observances name. */
interface Disagreeing {
  readonly tz: Timezone;
  readonly offsets: ReadonlySet<number>;
}

/** Every TZOFFSETTO of a VTIMEZONE's observances, in seconds. */
function namedOffsets(component: Component): Set<number> {
  const out = new Set<number>();
  for (const observance of component.getAllSubcomponents()) {
    const to = observance.getFirstPropertyValue("tzoffsetto") as unknown;
    if (to instanceof ICAL.UtcOffset) out.add(to.toSeconds());
  }
  return out;
}

/** `+05:30` / `-04:00` for an offset in seconds. */
function offsetText(seconds: number): string {
  const abs = Math.abs(seconds) / 60;
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `UTC${seconds < 0 ? "-" : "+"}${hh}:${mm}`;
}

/**
 * Names the events whose time reads differently by an IANA TZID's own VTIMEZONE. fromICS reads a
 * TZID that is an IANA id by the IANA zone (the rules a client shows), but RFC 5545 §3.6.5 makes
 * the file's VTIMEZONE the definition, and python-icalendar and libical follow it. They disagree
 * when a writer emits a stale or cut VTIMEZONE: ical4j's `stacksize.ics` (MailClient.VObject) has
 * America/New_York as the two 2007 changes with no RRULE, so 2023 reads as EST. Such an event is
 * still imported by the IANA zone and a `zone_disagrees` warning names it with both offsets.
 *
 * Bounded: one comparison of each TZID's VTIMEZONE with its zone over the file's years (as for
 * other TZIDs), and only for a TZID that disagrees somewhere, one offset per time placed.
 *
 * @example
 * ```ts
 * const check = new VtimezoneDisagreement(vtimezones, years, warnings);
 * check.note("America/New_York", "America/New_York", ms, uid);
 * ```
 */
export class VtimezoneDisagreement {
  readonly #vtimezones: ReadonlyMap<string, Component>;
  readonly #years: YearSpan;
  readonly #warnings: IcsImportWarning[];
  /** Per TZID: its VTIMEZONE when it disagrees with the zone over the years, else null. */
  readonly #disagreeing = new Map<string, Disagreeing | null>();
  readonly #named = new Set<string>();

  constructor(
    vtimezones: ReadonlyMap<string, Component>,
    years: YearSpan,
    warnings: IcsImportWarning[],
  ) {
    this.#vtimezones = vtimezones;
    this.#years = years;
    this.#warnings = warnings;
  }

  /** Checks one time of event `uid`, read by IANA `zone` at `ms`, against TZID's VTIMEZONE. */
  note(tzid: string, zone: string, ms: number, uid: string): void {
    if (this.#named.has(uid)) return;
    const file = this.#vtimezoneAgainst(tzid, zone);
    if (file === null) return;
    const own = vtimezoneOffset(file.tz, ms);
    const iana = zoneOffsetSeconds(zone, ms);
    // An offset no observance names (UTC+00:00) is ical.js's answer for an instant the VTIMEZONE
    // does not cover (before its first DTSTART, RFC 5545 §3.6.5): that says nothing either way.
    if (own === iana || !file.offsets.has(own)) return;
    this.#named.add(uid);
    this.#warnings.push({
      code: "zone_disagrees",
      uid,
      message: `event ${JSON.stringify(uid)} is read by the IANA zone ${zone} (${offsetText(iana)} at ${new Date(ms).toISOString()}); the file's VTIMEZONE for TZID ${JSON.stringify(tzid)} gives ${offsetText(own)} there`,
    });
  }

  #vtimezoneAgainst(tzid: string, zone: string): Disagreeing | null {
    let file = this.#disagreeing.get(tzid);
    if (file === undefined) {
      const component = this.#vtimezones.get(tzid);
      file = null;
      if (component !== undefined) {
        try {
          const tz = new ICAL.Timezone(component);
          if (!zoneMatches(tz, this.#years, zone)) file = { tz, offsets: namedOffsets(component) };
        } catch {
          // A VTIMEZONE ical.js cannot read says nothing against the zone: no warning.
        }
      }
      this.#disagreeing.set(tzid, file);
    }
    return file;
  }
}
