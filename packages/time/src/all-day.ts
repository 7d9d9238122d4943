import { BoundedCache, DAY_MS, parseLocalDate } from "@convening/core";
import { InvalidTimeArgumentError } from "./errors.js";
import { type DisplayZoneInput, resolveZones } from "./format-in-zones.js";
import { type FormatRangeOptions, type ResolvedFormat, resolveFormat } from "./format-range.js";
import { guard } from "./guards.js";
import { rtlLine } from "./localised-line.js";

/**
 * The days of an all-day session, as `parseConvening` gives them in `session.allDay`: local
 * dates, `endDate` the last day, inclusive (absent: one day).
 *
 * @example
 * ```ts
 * const rest: AllDayDates = { startDate: "2021-03-25", endDate: "2021-03-25" };
 * ```
 */
export interface AllDayDates {
  /** The first day, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** The last day, inclusive; absent, the first day. */
  readonly endDate?: string | undefined;
}

/** An all-day span as day numbers (days since 1970-01-01), the last day inclusive. */
export interface AllDayDays {
  readonly first: number;
  readonly last: number;
}

/** The days of `allDay`, checked: two local dates, the last not before the first. */
export function allDayDays(allDay: unknown, path: (string | number)[]): AllDayDays {
  const own = guard.fields(allDay, path, ["startDate", "endDate"]);
  const first = parseLocalDate(own.startDate);
  if (first === undefined)
    throw new InvalidTimeArgumentError(
      [...path, "startDate"],
      own.startDate,
      "is not a date written YYYY-MM-DD",
    );
  const last = own.endDate === undefined ? first : parseLocalDate(own.endDate);
  if (last === undefined || last < first)
    throw new InvalidTimeArgumentError(
      [...path, "endDate"],
      own.endDate,
      last === undefined
        ? "is not a date written YYYY-MM-DD"
        : `is before startDate ${own.startDate as string}`,
    );
  return { first, last };
}

// "All day" as calendar apps write it in each language (Intl and CLDR have no such phrase), with
// the text that joins it to the dates. A language not listed gets its dates alone: a line with
// dates and no time already reads as a whole day.
const ALL_DAY: Readonly<Record<string, string>> = {
  en: ", all day",
  ar: "، طوال اليوم",
  de: ", ganztägig",
  es: ", todo el día",
  fr: ", toute la journée",
  hi: ", पूरे दिन",
  id: ", sepanjang hari",
  it: ", tutto il giorno",
  ja: " 終日",
  ko: ", 종일",
  nl: ", hele dag",
  pl: ", cały dzień",
  pt: ", dia inteiro",
  ru: ", весь день",
  sw: ", siku nzima",
  tr: ", tüm gün",
  vi: ", cả ngày",
  zh: " 全天",
};

// One date formatter per locale (ICU data outside the JS heap) with the locale's phrase; locales
// come from callers, so bounded.
const dateFormats = new BoundedCache<string, { dates: Intl.DateTimeFormat; allDay: string }>(64);

function dateFormat(locale: string): { dates: Intl.DateTimeFormat; allDay: string } {
  let f = dateFormats.get(locale);
  if (!f) {
    // UTC reads the day number's own date: a date has no zone to convert from.
    const dates = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      weekday: "short",
      month: "short",
      day: "numeric",
    });
    f = { dates, allDay: ALL_DAY[new Intl.Locale(locale).language] ?? "" };
    dateFormats.set(locale, f);
  }
  return f;
}

/**
 * `Sun, Mar 10, all day` or `Sun, Mar 10 — Mon, Mar 11, all day`: the same in every zone. English
 * lines keep that form; other locales write the days as the locale writes a date range
 * (`dim. 10 – lun. 11 mars, toute la journée`), or with the caller's dash when one is chosen.
 */
export function allDayLine(days: AllDayDays, format: ResolvedFormat): string {
  const { dates: f, allDay } = dateFormat(format.locale);
  const noon = (day: number) => day * DAY_MS + 12 * 3_600_000;
  const first = f.format(noon(days.first));
  const localised = format.localised;
  let range: string;
  if (days.last === days.first) range = first;
  // `dash` is the caller's when one was chosen, the em dash otherwise.
  else if (localised === undefined || format.chosenDash !== undefined)
    range = `${first}${format.dash}${f.format(noon(days.last))}`;
  else range = f.formatRange(noon(days.first), noon(days.last));
  const body = `${range}${allDay}`;
  return localised?.rtl ? rtlLine(body) : body;
}

/**
 * The lines of an all-day session, one per zone, as {@link formatInZones} gives a timed one's.
 * Every line is the same: an all-day item is on the same calendar days for everyone (RFC 5545
 * §3.3.4 DATE values, Rallly #2467), so a reader in Honolulu and one in Kiritimati, a day apart,
 * both see it on its own dates. The zones are still checked, so a caller can pass the list it
 * passes for timed sessions.
 *
 * @param allDay - `{ startDate, endDate? }`, a session's `allDay`.
 * @param zones - The display zones (ids or `{ zone, label }`), as for `formatInZones`.
 * @param options - `locale` for the dates (default `en-US`), `dash` between them.
 * @throws {InvalidTimeArgumentError} for dates that are not `YYYY-MM-DD`, an end before the
 *   start, or a bad zone or option.
 * @example
 * ```ts
 * formatAllDay({ startDate: "2024-03-10", endDate: "2024-03-11" }, ["Pacific/Honolulu", "Pacific/Kiritimati"]);
 * // [ "Sun, Mar 10 — Mon, Mar 11, all day", "Sun, Mar 10 — Mon, Mar 11, all day" ]
 * ```
 */
export function formatAllDay(
  allDay: AllDayDates,
  zones: readonly DisplayZoneInput[],
  options?: FormatRangeOptions,
): string[] {
  const days = allDayDays(allDay, ["allDay"]);
  const resolved = resolveZones(zones);
  const line = allDayLine(days, resolveFormat(options));
  return resolved.map(() => line);
}
