import { type ErrorPath, parseLocalDate } from "@convening/core";
// A holiday source's answers read as whole local day numbers, checked once per array it returns
// (a user's source may return anything), so the scans compare numbers.

import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import type { HolidayCalendar, PublicHoliday } from "./holiday-types.js";

/** A public holiday as whole local days: `first` is a day count since 1970-01-01. */
export interface HolidayDays {
  readonly first: number;
  readonly length: number;
  readonly name: string;
}

// Keyed by the source's own arrays: a source that caches (publicHolidays does, bounded) gets each
// list converted once, and the entries go when the source lets go of the array.
const converted = new WeakMap<readonly PublicHoliday[], readonly HolidayDays[]>();
const PATH: ErrorPath = ["holidays"];
const METHODS = ["hasCountry", "hasRegion", "holidaysIn"] as const;
const CALENDAR =
  "must be a holiday calendar { hasCountry, hasRegion, holidaysIn } (publicHolidays from @convening/time/holidays)";

/** `value` as a holiday source (its methods read once, bound to it), or undefined when absent. */
export function checkHolidayCalendar(value: unknown): HolidayCalendar | undefined {
  if (value === undefined) return undefined;
  const methods = guard.fields(value, PATH, METHODS, CALENDAR);
  for (const m of METHODS)
    if (typeof methods[m] !== "function")
      throw new InvalidTimeArgumentError([...PATH, m], methods[m], "must be a function");
  const call = (m: (typeof METHODS)[number]) =>
    (methods[m] as (...args: unknown[]) => unknown).bind(value);
  return {
    hasCountry: call("hasCountry") as HolidayCalendar["hasCountry"],
    hasRegion: call("hasRegion") as HolidayCalendar["hasRegion"],
    holidaysIn: call("holidaysIn") as HolidayCalendar["holidaysIn"],
  };
}

/** The holidays `calendar` lists for `country`/`region` beginning in `year`, as day numbers. */
export function holidayDays(
  calendar: HolidayCalendar,
  country: string,
  region: string | undefined,
  year: number,
): readonly HolidayDays[] {
  const list: unknown = calendar.holidaysIn(country, region, year);
  const at = [...PATH, country, year];
  const LIST = "holidaysIn must return an array of { date, days, name }";
  const known =
    typeof list === "object" && list !== null ? converted.get(list as PublicHoliday[]) : undefined;
  if (known) return known;
  const days = guard.array(list, at, LIST, 10_000).map((h, i) => {
    const {
      date,
      days: length,
      name,
    } = guard.fields(h, [...at, i], ["date", "days", "name"], LIST);
    const first = typeof date === "string" ? parseLocalDate(date) : undefined;
    if (first === undefined)
      throw new InvalidTimeArgumentError(
        [...at, i, "date"],
        date,
        'must be a local date "YYYY-MM-DD"',
      );
    if (typeof length !== "number" || !Number.isInteger(length) || length < 1 || length > 366)
      throw new InvalidTimeArgumentError(
        [...at, i, "days"],
        length,
        "must be a whole number of days, 1 to 366",
      );
    if (typeof name !== "string")
      throw new InvalidTimeArgumentError([...at, i, "name"], name, "must be a string");
    return { first, length, name };
  });
  converted.set(list as PublicHoliday[], days);
  return days;
}
