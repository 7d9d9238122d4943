import { zoneOffsetTable } from "@convening/core";
import { canonicalZone } from "./canonical-zone.js";
import { type InstantInput, toEpochMs } from "./instant.js";
import { checkLocale } from "./locale-input.js";
import { type LocaleStyle, localeStyle } from "./locale-style.js";
import { abbreviationAt } from "./zone-abbreviation.js";
import { localTimeType } from "./zone-types.js";

function intlZoneName(
  locale: string,
  zone: string,
  epochMs: number,
  kind: "short" | "shortOffset",
): string {
  // A formatter per miss only: the answer is kept per zone and offset, the formatter is not.
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    timeZoneName: kind,
  }).formatToParts(epochMs);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? "";
}

/**
 * A canonical zone's label in a non-English locale (internal: no validation). Intl's `short`
 * name is CLDR's short name for the locale where it has one (`HAE` in fr-CA, `CET` in es) and
 * otherwise the locale's short offset format (`UTC−4` in fr, `GMT-4` in es, `غرينتش+٣` in
 * ar-EG), which is exactly what `shortOffset` writes (locale-lines.test.ts holds it to that).
 */
export function localisedLabelAt(
  style: LocaleStyle,
  zone: string,
  epochMs: number,
  offsetSeconds: number = zoneOffsetTable(zone).offsetAt(epochMs),
): string {
  // Within one zone, an offset and tzdata's abbreviation pick out one CLDR name (a zone that
  // changed metazone at the same offset also changed abbreviation, as Lisbon's CET and WEST).
  const abbr = localTimeType(zone, epochMs, offsetSeconds).abbr;
  let byOffset = style.labels.get(zone);
  if (!byOffset) {
    byOffset = new Map();
    style.labels.set(zone, byOffset);
  }
  let known = byOffset.get(offsetSeconds);
  if (!known) {
    known = [];
    byOffset.set(offsetSeconds, known);
  }
  for (const entry of known) if (entry.abbr === abbr) return entry.label;
  const label = intlZoneName(style.locale, zone, epochMs, "short");
  known.push({ abbr, label });
  return label;
}

/** The locale's own offset format for a canonical zone at an instant (`UTC+5:30`, `GMT+5:30`). */
export function localisedOffsetAt(style: LocaleStyle, zone: string, epochMs: number): string {
  return intlZoneName(style.locale, zone, epochMs, "shortOffset");
}

/**
 * The zone label a reader of `locale` expects for `zone` at instant `at`, the one the lines of
 * `formatRange`, `formatInZones` and `buildAgenda` show. English locales get the abbreviation
 * people use (`zoneAbbreviation`: `EDT`, `GMT`, `EAT`). Other locales get CLDR's short name for
 * that locale where CLDR has one (`HAE` for New York in fr-CA, `CET` for Paris in es, `IST` for
 * Kolkata in hi) and otherwise the locale's own offset format (`UTC−4` in fr, with U+2212;
 * `GMT-4` in es; `غرينتش+٣` in ar-EG), all from the runtime's Intl data. For a network's own
 * label, give `displayZones` a `{ zone, label }` entry: it wins in every locale.
 *
 * @param zone - IANA id (aliases are canonicalised).
 * @param at - The instant: ISO string with offset, `Date` or luxon `DateTime`.
 * @param locale - BCP 47 locale. Default `en-US`.
 * @example
 * ```ts
 * zoneLabel("America/New_York", "2021-03-23T15:20:00Z", "fr-CA"); // "HAE"
 * zoneLabel("America/New_York", "2021-03-23T15:20:00Z", "fr"); // "UTC−4"
 * zoneLabel("Africa/Nairobi", "2021-03-23T15:20:00Z", "ar-EG"); // "غرينتش+٣"
 * zoneLabel("Africa/Nairobi", "2021-03-23T15:20:00Z", "en"); // "EAT"
 * ```
 */
export function zoneLabel(zone: string, at: InstantInput, locale = "en-US"): string {
  const canonical = canonicalZone(zone);
  const epochMs = toEpochMs(at, ["at"]);
  const checked = checkLocale(locale, ["locale"]);
  return checked.english
    ? abbreviationAt(canonical, epochMs)
    : localisedLabelAt(localeStyle(checked.locale), canonical, epochMs);
}
