import { BoundedCache } from "@convening/core";

// How a non-English locale writes a line, learnt once per locale from Intl's own parts (CLDR):
// its clock and digits per minute of the day, its range pattern, where it puts a weekday and a
// zone name, its day marker and its direction. Nothing here is a per-zone or per-locale table
// except DAY_WORDS below, for the one case Intl cannot answer.

/** One piece of a learnt pattern: text as is, or a field of the time. */
type Token = { readonly text: string } | { readonly field: string };

/**
 * A range pattern split at its separator: the start's side, the separator, the end's side. A
 * field the two times share (the day period of `3:20–4:05 م`) is equal on both sides, so each
 * side renders from its own time alone, and each side's text per minute of the day is kept.
 */
interface RangeTemplate {
  readonly head: readonly Token[];
  readonly separator: string;
  readonly tail: readonly Token[];
  readonly heads: (string | undefined)[];
  readonly tails: (string | undefined)[];
}

/**
 * A pattern around a time, split where the inserted name goes: `head name tail` before the time
 * when `nameFirst`, after it otherwise (`15:20 UTC+1`: head `" "`, tail `""`).
 */
interface Affix {
  readonly nameFirst: boolean;
  readonly head: string;
  readonly tail: string;
  /** The other side's literal text (`(` … `)` around a weekday in ja puts text on both). */
  readonly other: string;
}

/** The fields of one minute of the day as the locale writes them, and the whole time. */
interface MinuteParts {
  readonly fields: Readonly<Record<string, string>>;
  readonly text: string;
}

/** Everything a localised line needs from one locale, learnt on first use. */
export interface LocaleStyle {
  readonly locale: string;
  /** The time of day in UTC, for the per-minute fields. */
  readonly time: Intl.DateTimeFormat;
  /** Right-to-left script: lines are wrapped in bidi isolates. */
  readonly rtl: boolean;
  /** The locale's separator between two whole times (`" – "` in fr, `"–"` in es). */
  readonly separator: string;
  /** Start and end of the same day period (or a 24-hour clock), and of different ones. */
  readonly sameTemplate: RangeTemplate | undefined;
  readonly crossTemplate: RangeTemplate | undefined;
  /** Where the zone name goes around a time (`15:20 UTC+1`, `UTC 15:20` in zh). */
  readonly zoneAffix: Affix;
  /** Where the weekday goes around a time (`mer. 02:20`, `02:20 Thứ 4` in vi). */
  readonly weekdayAffix: Affix;
  /** Weekday names in the form the locale uses beside a time, ISO order (index 1 = Monday). */
  readonly weekdays: readonly string[];
  /** Per minute of the day, filled on use. */
  readonly minutes: (MinuteParts | undefined)[];
  /** Day markers by signed day count, filled on use. */
  readonly markers: Map<number, string>;
  /**
   * Zone labels by zone, then by offset, then by tzdata abbreviation, filled on use. Bounded by
   * the zone data itself: only canonical zones reach it, each with a handful of local time types.
   */
  readonly labels: Map<string, Map<number, { abbr: string; label: string }[]>>;
}

// 2000-01-03 was a Monday: a fixed day in UTC, so no machine zone or DST reaches the patterns.
const MONDAY_MS = Date.UTC(2000, 0, 3);
const MINUTE_MS = 60_000;
const TIME_FIELDS = new Set(["hour", "minute", "dayPeriod"]);

/** Intl's options for the time of day, shared with the English `'locale'` style. */
export const TIME_OPTIONS = { hour: "numeric", minute: "2-digit" } as const;

/**
 * Day words for languages whose CLDR unit pattern spells small counts out with no numeral (Arabic
 * `يوم` for one day, `يومان` for two: Intl's `+1 day` in `ar` is the bare word, sign lost). The
 * sign and digits still come from Intl; only the word is ours. Tested in locale-lines.test.ts.
 */
const DAY_WORDS: Readonly<Record<string, string>> = { ar: "يوم" };

const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand"]);

function isRtl(locale: Intl.Locale): boolean {
  // Intl.Locale's textInfo is not in every engine yet; the likely script answers the same.
  const info = (locale as { textInfo?: { direction?: string } }).textInfo;
  if (info?.direction !== undefined) return info.direction === "rtl";
  return RTL_SCRIPTS.has(locale.maximize().script ?? "");
}

function lastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

function template(parts: Intl.DateTimeRangeFormatPart[]): RangeTemplate | undefined {
  const lastStart = lastIndex(parts, (p) => p.source === "startRange");
  const firstEnd = parts.findIndex((p) => p.source === "endRange");
  // Without both sides the locale collapsed the range: compose it instead.
  if (lastStart < 0 || firstEnd < 0) return undefined;
  const tokens = (list: Intl.DateTimeRangeFormatPart[]): Token[] =>
    list.flatMap((p): Token[] =>
      p.type === "literal"
        ? [{ text: p.value }]
        : TIME_FIELDS.has(p.type)
          ? [{ field: p.type }]
          : [],
    );
  const between = parts.slice(lastStart + 1, firstEnd);
  // Only literals may sit between the two sides; anything else is a pattern we do not know.
  if (between.some((p) => p.type !== "literal")) return undefined;
  return {
    head: tokens(parts.slice(0, lastStart + 1)),
    separator: between.map((p) => p.value).join(""),
    tail: tokens(parts.slice(firstEnd)),
    heads: new Array<string | undefined>(1440),
    tails: new Array<string | undefined>(1440),
  };
}

function affix(parts: Intl.DateTimeFormatPart[], type: string): Affix {
  const first = parts.findIndex((p) => TIME_FIELDS.has(p.type));
  const last = lastIndex(parts, (p) => TIME_FIELDS.has(p.type));
  const text = (list: Intl.DateTimeFormatPart[]) =>
    list.map((p) => (p.type === type ? "@" : p.type === "literal" ? p.value : "")).join("");
  const before = text(parts.slice(0, first));
  const after = text(parts.slice(last + 1));
  const split = (side: string, other: string, nameFirst: boolean): Affix => {
    const at = side.indexOf("@");
    return { nameFirst, head: side.slice(0, at), tail: side.slice(at + 1), other };
  };
  if (before.includes("@")) return split(before, after, true);
  if (after.includes("@")) return split(after, before, false);
  // A pattern Intl did not lay out as expected falls back to the common `time label`.
  return { nameFirst: false, head: " ", tail: "", other: "" };
}

function learn(locale: string): LocaleStyle {
  const parsed = new Intl.Locale(locale);
  const utc = { timeZone: "UTC", ...TIME_OPTIONS } as const;
  // CLDR's short time is the locale's own clock (`09:20` in fr, `9:20` in es, `9 h 20` in
  // fr-CA); `hour: "numeric"` would drop fr's leading zero. timeStyle cannot be combined with a
  // zone name or a weekday, so those two patterns come from the field options below.
  const time = new Intl.DateTimeFormat(locale, { timeZone: "UTC", timeStyle: "short" });
  const at = (hour: number, minute: number) => MONDAY_MS + (hour * 60 + minute) * MINUTE_MS;
  // 15:20–16:05 shares a day period (`3:20–4:05 م`); 11:20–12:05 does not (`11:20 ص – 12:05 م`).
  const same = time.formatRangeToParts(at(15, 20), at(16, 5));
  const cross = time.formatRangeToParts(at(11, 20), at(12, 5));
  const sameTemplate = template(same);
  const crossTemplate = template(cross);
  // Between two whole times (each with its day period) the locale's wider separator, if any.
  const separator = crossTemplate?.separator ?? " – ";
  const withZone = new Intl.DateTimeFormat(locale, { ...utc, timeZoneName: "short" });
  const withWeekday = new Intl.DateTimeFormat(locale, { ...utc, weekday: "short" });
  const weekdays = [""];
  for (let d = 0; d < 7; d++) {
    const parts = withWeekday.formatToParts(MONDAY_MS + d * 86_400_000 + 15 * 3_600_000);
    weekdays.push(parts.find((p) => p.type === "weekday")?.value ?? "");
  }
  return {
    locale,
    time,
    rtl: isRtl(parsed),
    separator,
    sameTemplate,
    crossTemplate,
    zoneAffix: affix(withZone.formatToParts(at(15, 20)), "timeZoneName"),
    weekdayAffix: affix(withWeekday.formatToParts(at(15, 20)), "weekday"),
    weekdays,
    minutes: new Array<MinuteParts | undefined>(1440),
    markers: new Map(),
    labels: new Map(),
  };
}

// A style holds a few formatters' worth of strings (1,440 minutes at most, the labels of the
// zones it has shown); locales come from callers, so the number of styles is bounded.
const styles = new BoundedCache<string, LocaleStyle>(64);

/** The learnt style of a (checked, non-English) locale. */
export function localeStyle(locale: string): LocaleStyle {
  let style = styles.get(locale);
  if (!style) {
    style = learn(locale);
    styles.set(locale, style);
  }
  return style;
}

/**
 * The locale's fields for a minute of the day (0–1439). The fields are the ones its range
 * pattern writes, which may differ from its single time: fr-CA writes `01 h 30` alone and
 * `1 h 30 – 2 h 15` in a range (CLDR's interval formats), so they come from a range with a time
 * an hour away, and `text` from the single time.
 */
export function minuteParts(style: LocaleStyle, minuteOfDay: number): MinuteParts {
  let entry = style.minutes[minuteOfDay];
  if (!entry) {
    const at = MONDAY_MS + minuteOfDay * MINUTE_MS;
    const late = minuteOfDay >= 1380;
    const side = late ? "endRange" : "startRange";
    const range = late
      ? style.time.formatRangeToParts(at - 3_600_000, at)
      : style.time.formatRangeToParts(at, at + 3_600_000);
    const fields: Record<string, string> = {};
    for (const p of range) {
      if (TIME_FIELDS.has(p.type) && (p.source === side || p.source === "shared")) {
        fields[p.type] = p.value;
      }
    }
    entry = { fields, text: style.time.format(at) };
    style.minutes[minuteOfDay] = entry;
  }
  return entry;
}

function side(tokens: readonly Token[], fields: Readonly<Record<string, string>>): string {
  let out = "";
  for (const t of tokens) out += "field" in t ? (fields[t.field] ?? "") : t.text;
  return out;
}

/**
 * The locale's range of two times of day, `15:20 – 16:05` in fr, `٣:٢٠–٤:٠٥ م` in ar-EG, with
 * the locale's separator for that pattern, or `dash` when the caller chose one.
 */
export function rangeText(
  style: LocaleStyle,
  startMinute: number,
  endMinute: number,
  dash: string | undefined,
): string {
  const start = minuteParts(style, startMinute);
  const end = minuteParts(style, endMinute);
  const range =
    start.fields.dayPeriod === end.fields.dayPeriod ? style.sameTemplate : style.crossTemplate;
  if (range === undefined) return `${start.text}${dash ?? style.separator}${end.text}`;
  let head = range.heads[startMinute];
  if (head === undefined) {
    head = side(range.head, start.fields);
    range.heads[startMinute] = head;
  }
  let tail = range.tails[endMinute];
  if (tail === undefined) {
    tail = side(range.tail, end.fields);
    range.tails[endMinute] = tail;
  }
  return head + (dash ?? range.separator) + tail;
}

/** `text` with `name` placed as the affix pattern says. */
export function place(pattern: Affix, text: string, name: string): string {
  return pattern.nameFirst
    ? pattern.head + name + pattern.tail + text + pattern.other
    : pattern.other + text + pattern.head + name + pattern.tail;
}

/**
 * The day marker, `+1 jour`, `+1 día`, `siku +1`, `+١ يوم`: Intl's unit format for days with
 * the sign always shown. Where the locale's long form drops the numeral (see DAY_WORDS), its
 * narrow form gives the sign and digits and the word comes from DAY_WORDS.
 */
export function dayMarker(style: LocaleStyle, days: number): string {
  let marker = style.markers.get(days);
  if (marker === undefined) {
    const options = { style: "unit", unit: "day", signDisplay: "always" } as const;
    const long = new Intl.NumberFormat(style.locale, { ...options, unitDisplay: "long" });
    const parts = long.formatToParts(days);
    const hasNumber = parts.some((p) => p.type === "integer");
    const word = DAY_WORDS[new Intl.Locale(style.locale).language];
    if (hasNumber || word === undefined) {
      marker = hasNumber
        ? parts.map((p) => p.value).join("")
        : new Intl.NumberFormat(style.locale, { ...options, unitDisplay: "narrow" }).format(days);
    } else {
      marker = new Intl.NumberFormat(style.locale, { ...options, unitDisplay: "narrow" })
        .formatToParts(days)
        .map((p) => (p.type === "unit" ? word : p.value))
        .join("");
    }
    style.markers.set(days, marker);
  }
  return marker;
}
