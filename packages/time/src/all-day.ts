import { BoundedCache, DAY_MS, parseLocalDate } from "@convening/core";
import { InvalidTimeArgumentError } from "./errors.js";
import { type DisplayZoneInput, resolveZones } from "./format-in-zones.js";
import { type FormatRangeOptions, type ResolvedFormat, resolveFormat } from "./format-range.js";
import { guard } from "./guards.js";

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

// One formatter per locale (ICU data outside the JS heap); locales come from callers, so bounded.
const dateFormats = new BoundedCache<string, Intl.DateTimeFormat>(64);

function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    // UTC reads the day number's own date: a date has no zone to convert from.
    f = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      weekday: "short",
      month: "short",
      day: "numeric",
    });
    dateFormats.set(locale, f);
  }
  return f;
}

/** `Sun, Mar 10, all day` or `Sun, Mar 10 — Mon, Mar 11, all day`: the same in every zone. */
export function allDayLine(days: AllDayDays, format: ResolvedFormat): string {
  const f = dateFormat(format.locale);
  const noon = (day: number) => day * DAY_MS + 12 * 3_600_000;
  const first = f.format(noon(days.first));
  const range =
    days.last === days.first ? first : `${first}${format.dash}${f.format(noon(days.last))}`;
  return `${range}, all day`;
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
