// The shape of a public-holiday source. The finders take one as an option (`holidays`) instead
// of importing a data set themselves: date-holidays with its rules, moment-timezone and
// astronomia is some 230 KB min+gzip, which every user of this entry (toICS included) would
// otherwise load at import. `@convening/time/holidays` exports one built on date-holidays.

/**
 * One public holiday as a source reports it, in the local dates of the place it belongs to.
 *
 * @example
 * ```ts
 * const day: PublicHoliday = { date: "2025-12-12", days: 1, name: "Jamhuri Day" };
 * ```
 */
export interface PublicHoliday {
  /** The first local date it blocks, `"YYYY-MM-DD"`. */
  readonly date: string;
  /** How many whole local days it lasts (at least 1; moon-sighted feasts often span several). */
  readonly days: number;
  /** The name reasons show (`"Jamhuri Day"`). */
  readonly name: string;
}

/**
 * A source of public holidays by country and region: pass one to `findMeetingTimes`,
 * `planRotation` or `tallyPoll` as `holidays`. Country codes reach it upper case (ISO 3166-1
 * alpha-2), regions upper case as the source codes them. Return the same array for the same
 * question where you can: converted dates are kept per array.
 *
 * @example
 * ```ts
 * const office: HolidayCalendar = {
 *   hasCountry: (country) => country === "KE",
 *   hasRegion: () => false,
 *   holidaysIn: (_country, _region, year) => [{ date: `${year}-12-12`, days: 1, name: "Jamhuri Day" }],
 * };
 * findMeetingTimes({ participants, duration: 30, from, to, holidays: office });
 * ```
 */
export interface HolidayCalendar {
  /** Whether the source has data for this country. */
  hasCountry(country: string): boolean;
  /** Whether `region` is one of `country`'s regions in this source. */
  hasRegion(country: string, region: string): boolean;
  /** The public holidays of `country` (and `region`, when given) that begin in `year`. */
  holidaysIn(country: string, region: string | undefined, year: number): readonly PublicHoliday[];
}
