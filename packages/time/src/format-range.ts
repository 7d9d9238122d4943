import { BoundedCache, DAY_MS } from "@convening/core";
import { canonicalZone } from "./canonical-zone.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import { type InstantInput, toEpochMs } from "./instant.js";
import { type LocalClock, localClock } from "./local-clock.js";
import { checkLocale } from "./locale-input.js";
import { type LocaleStyle, localeStyle, TIME_OPTIONS } from "./locale-style.js";
import { localisedLine } from "./localised-line.js";
import { abbreviationAt } from "./zone-abbreviation.js";
import { localisedLabelAt } from "./zone-label.js";

/** How `formatRange` and `formatInZones` write a time range. */
export interface FormatRangeOptions {
  /**
   * For English locales: `'compact'` (default), the seeds' `11:20a — 12:05p EDT`; `'locale'`,
   * times as `locale` writes them (`11:20 – 12:05 EDT` in `en-GB`). Other locales always write
   * their own clock (`15:20 – 16:05 UTC+1` in fr), whichever style is asked for.
   */
  readonly style?: "compact" | "locale";
  /**
   * BCP 47 locale of the reader. Default `en-US`. English locales keep the seeds' style and
   * tzdata's abbreviations; any other locale gets its own clock, digits, range separator, zone
   * labels (`zoneLabel`), weekday names and day marker (`+1 jour`), and right-to-left locales
   * get each line wrapped in bidi isolates (U+2068 … U+2069). A locale the runtime has no data
   * for is read as `en-US`, never as the machine's own language.
   */
  readonly locale?: string;
  /**
   * The dash between start and end: `'em'` (`—`) or `'en'` (`–`), with a space either side.
   * Default: `'em'` in English locales, the locale's own range separator in the others.
   */
  readonly dash?: "em" | "en";
}

/** Options of `formatRange` for one zone. */
export interface FormatRangeZoneOptions extends FormatRangeOptions {
  /** A label to show instead of the abbreviation (a network's own name for the zone); wins in every locale. */
  readonly label?: string;
  /**
   * A zone to compare local dates with: when this zone's start date differs, the line gets the
   * weekday and a day marker (`Wed 12:20a — 1:05a AEDT (+1 day)`).
   */
  readonly reference?: string;
}

const STYLES = ["compact", "locale"] as const;
const DASHES = { em: " \u2014 ", en: " \u2013 " } as const;

/** Options checked once, shared by every line. */
export interface ResolvedFormat {
  readonly style: "compact" | "locale";
  readonly locale: string;
  /** The text between start and end (English locales: always set). */
  readonly dash: string;
  /** A dash the caller chose, which replaces a non-English locale's own separator. */
  readonly chosenDash: string | undefined;
  /** A non-English locale's learnt style; `undefined` for English, whose lines keep the seeds'. */
  readonly localised: LocaleStyle | undefined;
}

export function resolveFormat(input: FormatRangeOptions | undefined): ResolvedFormat {
  // Each option read once, so a getter that throws is named and nothing changes after the check.
  const options =
    input === undefined ? undefined : guard.fields(input, ["options"], ["style", "dash", "locale"]);
  const style = options?.style ?? "compact";
  if (!STYLES.includes(style as never))
    throw new InvalidTimeArgumentError(
      ["options", "style"],
      style,
      "must be 'compact' or 'locale'",
    );
  const dash = options?.dash;
  if (dash !== undefined && dash !== "em" && dash !== "en")
    throw new InvalidTimeArgumentError(["options", "dash"], dash, "must be 'em' or 'en'");
  const locale = options?.locale ?? "en-US";
  const checked = checkLocale(locale, ["options", "locale"]);
  const localised = checked.english ? undefined : localeStyle(checked.locale);
  return {
    style: style as ResolvedFormat["style"],
    locale: checked.locale,
    dash: DASHES[dash ?? "em"],
    chosenDash: dash === undefined ? undefined : DASHES[dash],
    localised,
  };
}

// A formatter holds ICU's native data, some 28 KB outside the JS heap, so 256 of them (a page's
// display zones × two kinds × a few locales fit many times over) are some 7 MB.
const formatters = new BoundedCache<string, Intl.DateTimeFormat>(256);

function cachedFormatter(
  locale: string,
  zone: string,
  kind: "time" | "weekday",
): Intl.DateTimeFormat {
  const key = `${locale}\u0000${zone}\u0000${kind}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter =
      kind === "time"
        ? new Intl.DateTimeFormat(locale, { timeZone: zone, ...TIME_OPTIONS })
        : new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: "short" });
    formatters.set(key, formatter);
  }
  return formatter;
}

const EN_WEEKDAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function compactTime(minuteOfDay: number): string {
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  return `${hour % 12 === 0 ? 12 : hour % 12}:${minute < 10 ? "0" : ""}${minute}${hour < 12 ? "a" : "p"}`;
}

function time(format: ResolvedFormat, zone: string, epochMs: number, clock: LocalClock): string {
  return format.style === "compact"
    ? compactTime(clock.minuteOfDay)
    : cachedFormatter(format.locale, zone, "time").format(epochMs);
}

function weekday(format: ResolvedFormat, zone: string, epochMs: number, clock: LocalClock): string {
  return format.locale === "en-US"
    ? EN_WEEKDAYS[clock.weekday]!
    : cachedFormatter(format.locale, zone, "weekday").format(epochMs);
}

/** The zone label a line shows when the caller gave none (internal: zone canonical). */
export function autoLabel(
  format: ResolvedFormat,
  zone: string,
  epochMs: number,
  offsetSeconds?: number,
): string {
  return format.localised
    ? localisedLabelAt(format.localised, zone, epochMs, offsetSeconds)
    : abbreviationAt(zone, epochMs);
}

/** One zone's line for a range (internal: zone canonical, instants checked, `start <= end`). */
export function formatLine(
  format: ResolvedFormat,
  startMs: number,
  endMs: number,
  zone: string,
  label: string | undefined,
  referenceDays: number | undefined,
): string {
  const start = localClock(zone, startMs);
  const end = localClock(zone, endMs);
  const startLabel = label ?? autoLabel(format, zone, startMs, start.offsetSeconds);
  const endLabel = label ?? autoLabel(format, zone, endMs, end.offsetSeconds);
  const dayShift = referenceDays === undefined ? 0 : start.days - referenceDays;
  // A range that runs past local midnight names the end's weekday too.
  const endWeekday =
    end.days !== start.days && !(end.days === start.days + 1 && end.minuteOfDay === 0);
  if (format.localised) {
    return localisedLine(
      format.chosenDash,
      format.localised,
      start,
      end,
      startLabel,
      endLabel,
      dayShift,
      endWeekday,
    );
  }
  let first = time(format, zone, startMs, start);
  if (dayShift !== 0) first = `${weekday(format, zone, startMs, start)} ${first}`;
  let second = time(format, zone, endMs, end);
  if (endWeekday) second = `${weekday(format, zone, endMs, end)} ${second}`;
  // Across a DST change each end carries its own abbreviation (1:30a EDT — 1:15a EST).
  const body =
    startLabel === endLabel
      ? `${first}${format.dash}${second} ${endLabel}`
      : `${first} ${startLabel}${format.dash}${second} ${endLabel}`;
  if (dayShift === 0) return body;
  const marker =
    format.style === "compact"
      ? `${dayShift > 0 ? "+" : "-"}${Math.abs(dayShift)} day${Math.abs(dayShift) === 1 ? "" : "s"}`
      : `${dayShift > 0 ? "+" : "-"}${Math.abs(dayShift)}`;
  return `${body} (${marker})`;
}

/**
 * The longest range `formatRange` and `formatInZones` write, in days: the end must come less than
 * 7 days after the start. A line names the end's weekday, not its date (`11:20a — Tue 12:05p
 * EDT`), so a range of a week or more would read as a shorter one; such a range is refused with
 * an `InvalidTimeArgumentError` at `end`. Write longer spans with dates (`Intl.DateTimeFormat`'s
 * `formatRange`).
 *
 * @example
 * ```ts
 * formatRange("2021-03-23T11:20:00-04:00", "2021-03-29T11:20:00-04:00", "America/New_York"); // six days: fine
 * formatRange("2021-03-23T11:20:00-04:00", "2021-03-30T11:20:00-04:00", "America/New_York"); // throws at ["end"]
 * ```
 */
export const MAX_RANGE_DAYS = 7;

export function checkRange(start: InstantInput, end: InstantInput): [number, number] {
  const startMs = toEpochMs(start, ["start"]);
  const endMs = toEpochMs(end, ["end"]);
  if (endMs < startMs) throw new InvalidTimeArgumentError(["end"], end, "is before start");
  if (endMs - startMs >= MAX_RANGE_DAYS * DAY_MS) {
    throw new InvalidTimeArgumentError(
      ["end"],
      end,
      `is ${MAX_RANGE_DAYS} days or more after start: a line names the end's weekday, not its date, so it would read as a shorter range`,
    );
  }
  return [startMs, endMs];
}

/**
 * A time range as one zone's people read it, in the seeds' compact style by default:
 * `11:20a — 12:05p EDT`. The abbreviation is the one people use (`zoneAbbreviation`), or
 * `options.label`. With `options.reference`, a start on another local date than the reference
 * zone's gets the weekday and a day marker: `Wed 12:20a — 1:05a AEDT (+1 day)`.
 *
 * @param start - ISO string with offset, `Date` or luxon `DateTime`.
 * @param end - Same; not before `start`, and less than {@link MAX_RANGE_DAYS} (7) days after it.
 * @param zone - IANA id (aliases are canonicalised).
 * @example
 * ```ts
 * formatRange("2021-03-23T11:20:00-04:00", "2021-03-23T12:05:00-04:00", "America/New_York");
 * // "11:20a — 12:05p EDT"
 * formatRange("2021-03-23T13:20:00-04:00", "2021-03-23T14:05:00-04:00", "Australia/Sydney", { reference: "America/New_York" });
 * // "Wed 4:20a — 5:05a AEDT (+1 day)"
 * formatRange("2021-03-23T11:20:00-04:00", "2021-03-23T12:05:00-04:00", "Europe/Paris", { locale: "fr-FR" });
 * // "16:20 – 17:05 UTC+1"
 * formatRange("2021-03-23T11:20:00-04:00", "2021-03-23T12:05:00-04:00", "America/Toronto", { locale: "fr-CA" });
 * // "11 h 20 – 12 h 05 HAE"
 * ```
 */
export function formatRange(
  start: InstantInput,
  end: InstantInput,
  zone: string,
  options?: FormatRangeZoneOptions,
): string {
  const canonical = canonicalZone(zone);
  const format = resolveFormat(options);
  const [startMs, endMs] = checkRange(start, end);
  const own =
    options === undefined ? undefined : guard.fields(options, ["options"], ["label", "reference"]);
  const label = own?.label;
  if (label !== undefined && (typeof label !== "string" || label.trim() === "")) {
    throw new InvalidTimeArgumentError(["options", "label"], label, "must be a non-empty string");
  }
  const referenceDays =
    own?.reference === undefined
      ? undefined
      : localClock(canonicalZone(own.reference, ["options", "reference"]), startMs).days;
  return formatLine(format, startMs, endMs, canonical, label, referenceDays);
}
