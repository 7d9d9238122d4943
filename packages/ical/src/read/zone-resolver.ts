import { isTimeZone } from "@convening/core";
import { canonicalZone, supportedZones } from "@convening/time";
import ICAL from "ical.js";
import type { IcsImportWarning } from "./import-result.js";
import { matchingZones, type YearSpan, zoneMatches } from "./vtimezone-match.js";
import { windowsZone } from "./windows-zone.js";

type Component = InstanceType<typeof ICAL.Component>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

/** How a TZID is read: an IANA zone, the VTIMEZONE's own rules (fixed offsets), or not at all. */
export type ZoneReading =
  | { readonly kind: "zone"; readonly zone: string }
  | { readonly kind: "rules"; readonly tz: Timezone }
  | { readonly kind: "unknown" };

/** The IANA zone a TZID names, after aliases; also `/mozilla.org/20050126_1/Europe/Berlin` forms. */
export function ianaZone(tzid: string): string | undefined {
  const parts = tzid
    .trim()
    .split("/")
    .filter((p) => p !== "");
  for (let i = 0; i < parts.length; i++) {
    const name = parts.slice(i).join("/");
    if (isTimeZone(name)) return canonicalZone(name);
  }
  return undefined;
}

/**
 * Resolves each TZID of one file once (so the work is bounded by the TZIDs the file declares):
 * 1. an IANA id or alias → its canonical id;
 * 2. a Windows name (CLDR windowsZones) → CLDR's zone, checked against the VTIMEZONE when the file
 *    has one (Exchange writes "Customized" rules under standard names);
 * 3. any other TZID with a VTIMEZONE → the runtime zone whose offsets and changes agree over the
 *    years the file uses, X-WR-TIMEZONE first;
 * 4. no match → the VTIMEZONE's own rules, so instants stay exact, and a warning naming the TZID.
 */
export class ZoneResolver {
  readonly #vtimezones: ReadonlyMap<string, Component>;
  readonly #hint: string | undefined;
  readonly #years: YearSpan;
  readonly #warnings: IcsImportWarning[];
  readonly #memo = new Map<string, ZoneReading>();

  constructor(
    vtimezones: ReadonlyMap<string, Component>,
    hint: string | undefined,
    years: YearSpan,
    warnings: IcsImportWarning[],
  ) {
    this.#vtimezones = vtimezones;
    this.#hint = hint;
    this.#years = years;
    this.#warnings = warnings;
  }

  resolve(tzid: string): ZoneReading {
    let reading = this.#memo.get(tzid);
    if (reading === undefined) {
      reading = this.#read(tzid);
      this.#memo.set(tzid, reading);
    }
    return reading;
  }

  #read(tzid: string): ZoneReading {
    const iana = ianaZone(tzid);
    if (iana !== undefined) return { kind: "zone", zone: iana };
    const component = this.#vtimezones.get(tzid);
    const windows = windowsZone(tzid, { hint: this.#hint });
    if (component === undefined) {
      if (windows !== undefined) return { kind: "zone", zone: windows };
      this.#warnings.push({
        code: "zone_unknown",
        message: `TZID ${JSON.stringify(tzid)} is neither an IANA nor a Windows zone and the file has no VTIMEZONE for it: its times are read as floating`,
      });
      return { kind: "unknown" };
    }
    const tz = new ICAL.Timezone(component);
    if (windows !== undefined && zoneMatches(tz, this.#years, windows)) {
      return { kind: "zone", zone: windows };
    }
    const preferred = [this.#hint, windows].filter((z): z is string => z !== undefined);
    const found = matchingZones(tz, this.#years, preferred, supportedZones());
    const zone = found[0];
    if (zone !== undefined) {
      const others = found.length > 1 ? `; ${found.length - 1} other zones agree too` : "";
      this.#warnings.push({
        code: "zone_matched",
        message: `TZID ${JSON.stringify(tzid)} read as ${zone}, whose offsets and changes agree with its VTIMEZONE over ${this.#years.from}–${this.#years.to}${others}`,
      });
      return { kind: "zone", zone };
    }
    this.#warnings.push({
      code: "zone_unmatched",
      message: `TZID ${JSON.stringify(tzid)} matches no IANA zone over ${this.#years.from}–${this.#years.to}: its times are exact instants by its VTIMEZONE, shown in the convening's zone`,
    });
    return { kind: "rules", tz };
  }
}
