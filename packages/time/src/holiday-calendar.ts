import { BoundedCache } from "@convening/core";
// Public holidays from date-holidays (ISC code, holiday data CC BY-SA 3.0: see NOTICE), read
// once per (country, region, year) and held in a bounded cache. Only `@convening/time/holidays`
// reaches this module: the main entry never loads date-holidays (see holiday-types.ts).

import Holidays from "date-holidays";
import type { HolidayCalendar, PublicHoliday } from "./holiday-types.js";

// One entry per country, region and year a caller asks about: a server answering for members in
// every country of the world over a few years stays within this.
const years = new BoundedCache<string, readonly PublicHoliday[]>(1024);
// Region lists, one per country asked about; date-holidays knows about 200 countries.
const regionLists = new BoundedCache<string, Readonly<Record<string, string>>>(256);
let countryList: Readonly<Record<string, string>> | undefined;
let directory: Holidays | undefined;

/** The library's country and region lists come from one instance that holds no country. */
function lib(): Holidays {
  directory ??= new Holidays();
  return directory;
}

function hasCountry(country: string): boolean {
  if (typeof country !== "string") return false;
  countryList ??= lib().getCountries("en");
  return Object.hasOwn(countryList, country);
}

function hasRegion(country: string, region: string): boolean {
  if (!hasCountry(country) || typeof region !== "string") return false;
  let regions = regionLists.get(country);
  if (!regions) {
    regions = lib().getStates(country, "en") ?? {};
    regionLists.set(country, regions);
  }
  return Object.hasOwn(regions, region);
}

function holidaysIn(
  country: string,
  region: string | undefined,
  year: number,
): readonly PublicHoliday[] {
  if (!hasCountry(country) || !Number.isInteger(year)) return [];
  if (region !== undefined && !hasRegion(country, region)) return [];
  if (year < 1000 || year > 9999) return [];
  const key = `${country}|${region ?? ""}|${year}`;
  const cached = years.get(key);
  if (cached) return cached;
  const options = { languages: ["en"], types: ["public" as const] };
  const calendar = region ? new Holidays(country, region, options) : new Holidays(country, options);
  const list: PublicHoliday[] = [];
  for (const h of calendar.getHolidays(year, "en")) {
    if (h.type !== "public") continue;
    // `date` is the local date the holiday is known by ("2025-12-12 00:00:00", or
    // "2026-03-19 00:00:00 -0600" for a feast that begins the evening before); the days it
    // blocks are counted from there, whole days in the person's own zone.
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    list.push({ date: h.date.slice(0, 10), days, name: h.name });
  }
  years.set(key, list);
  return list;
}

/**
 * Public holidays of about 200 countries and their regions, from date-holidays (English names,
 * type "public" only), cached per country, region and year. Pass it as `holidays` to
 * `findMeetingTimes`, `planRotation` or `tallyPoll`; it weighs some 230 KB min+gzip, which is
 * why it lives at its own import.
 *
 * @example
 * ```ts
 * import { findMeetingTimes } from "@convening/time";
 * import { publicHolidays } from "@convening/time/holidays";
 *
 * publicHolidays.holidaysIn("KE", undefined, 2025).find((h) => h.date === "2025-12-12");
 * // { date: "2025-12-12", days: 1, name: "Jamhuri Day" }
 * findMeetingTimes({ participants, duration: 30, from, to, holidays: publicHolidays });
 * ```
 */
export const publicHolidays: HolidayCalendar = Object.freeze({ hasCountry, hasRegion, holidaysIn });
