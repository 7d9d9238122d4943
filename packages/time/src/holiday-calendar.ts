import { BoundedCache, daysFromCivil, readDigits } from "@convening/core";
// Public holidays from date-holidays (ISC code, holiday data CC BY-SA 3.0: see NOTICE), read
// once per (country, region, year) and held in a bounded cache, as local day numbers.

import Holidays from "date-holidays";

/** A public holiday as whole local days: `first` is a day count since 1970-01-01. */
export interface HolidayDays {
  readonly first: number;
  /** How many days it lasts (moon-sighted feasts often span several). */
  readonly length: number;
  /** Its English name where the data has one (`"Jamhuri Day"`). */
  readonly name: string;
}

// One entry per country, region and year a caller asks about: a server answering for members in
// every country of the world over a few years stays within this.
const years = new BoundedCache<string, readonly HolidayDays[]>(1024);
// Region lists, one per country asked about; date-holidays knows about 200 countries.
const regionLists = new BoundedCache<string, Readonly<Record<string, string>>>(256);
let countryList: Readonly<Record<string, string>> | undefined;
let directory: Holidays | undefined;

/** The library's country and region lists come from one instance that holds no country. */
function lib(): Holidays {
  directory ??= new Holidays();
  return directory;
}

/** Whether date-holidays has data for this ISO 3166-1 alpha-2 code (upper case). */
export function hasHolidayData(country: string): boolean {
  countryList ??= lib().getCountries("en");
  return Object.hasOwn(countryList, country);
}

/** Whether `region` (a code as date-holidays lists it, `"ENG"`, `"NY"`) exists in `country`. */
export function hasHolidayRegion(country: string, region: string): boolean {
  let regions = regionLists.get(country);
  if (!regions) {
    regions = lib().getStates(country, "en") ?? {};
    regionLists.set(country, regions);
  }
  return Object.hasOwn(regions, region);
}

/** The public holidays of `country` (and `region`) that begin in `year`; both already checked. */
export function publicHolidays(
  country: string,
  region: string | undefined,
  year: number,
): readonly HolidayDays[] {
  const key = `${country}|${region ?? ""}|${year}`;
  const cached = years.get(key);
  if (cached) return cached;
  const options = { languages: ["en"], types: ["public" as const] };
  const calendar = region ? new Holidays(country, region, options) : new Holidays(country, options);
  const days: HolidayDays[] = [];
  for (const h of calendar.getHolidays(year, "en")) {
    if (h.type !== "public") continue;
    // `date` is the local date the holiday is known by ("2025-12-12 00:00:00", or
    // "2026-03-19 00:00:00 -0600" for a feast that begins the evening before); the days it
    // blocks are counted from there, whole days in the person's own zone.
    const first = daysFromCivil(
      readDigits(h.date, 0, 4),
      readDigits(h.date, 5, 2),
      readDigits(h.date, 8, 2),
    );
    const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    days.push({ first, length, name: h.name });
  }
  years.set(key, days);
  return days;
}
