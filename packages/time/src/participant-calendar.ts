import {
  DAY_MS,
  type ErrorPath,
  isLocalTime,
  isSingleLineText,
  parseLocalDate,
  parseLocalTime,
} from "@convening/core";
// The calendar fields of a meeting participant, checked by hand (no zod: these functions take
// plain data): per-weekday working hours, out-of-office periods, and where their public
// holidays come from. Each error names the leaf field and its value.

import type { AvailabilityWindow, Weekday } from "@convening/schema";
import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import type { HolidayCalendar } from "./holiday-types.js";

/**
 * Working hours per weekday in the person's zone: `{ mo: [["09:00", "17:00"]], fr: [["09:00",
 * "13:00"]] }`. A day left out is not a working day; an end at or before the start runs past
 * midnight, as availability windows do.
 */
export type WorkingHours = Readonly<
  Partial<Record<Weekday, readonly (readonly [start: string, end: string])[]>>
>;

/**
 * A time away in the person's own zone (out of office). `start` and `end` are local dates
 * (`"2025-12-10"`, the end date included: the whole day) or local date-times
 * (`"2025-12-10T13:00"`, the end excluded).
 */
export interface UnavailablePeriod {
  /** First local date (`"2025-12-10"`) or local date-time (`"2025-12-10T13:00"`). */
  readonly start: string;
  /** Last local date (included) or the local date-time it ends (excluded); the same form as `start`. */
  readonly end: string;
  /** Shown in the slot's reason (`"Berlin: Conference"`); default "out of office". */
  readonly label?: string;
}

/** An out-of-office period as local wall-clock milliseconds since 1970-01-01, end excluded. */
export interface LocalPeriod {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const DAYS: readonly Weekday[] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
const HOURS = 'must be an array of ["HH:mm", "HH:mm"] pairs';

/** `workingHours` as availability windows (plain copies), or undefined when absent. */
export function checkWorkingHours(
  value: unknown,
  path: ErrorPath,
): AvailabilityWindow[] | undefined {
  if (value === undefined) return undefined;
  const record = guard.record(value, path, "must be { mo?: [[start, end]], … su?: … }");
  const windows: AvailabilityWindow[] = [];
  for (const key of guard.keys(record, path)) {
    if (!DAYS.includes(key as Weekday))
      throw new InvalidTimeArgumentError([...path, key], record[key], "is not a weekday 'mo'…'su'");
    const day = key as Weekday;
    const pairs = guard.array(guard.field(record, key, path), [...path, key], HOURS);
    pairs.forEach((pair, j) => {
      const at = [...path, key, j];
      const [start, end] = guard.array(pair, at, HOURS);
      if (!Array.isArray(pair) || pair.length !== 2)
        throw new InvalidTimeArgumentError(at, pair, HOURS);
      if (!isLocalTime(start))
        throw new InvalidTimeArgumentError([...at, 0], start, "must be HH:mm");
      if (!isLocalTime(end)) throw new InvalidTimeArgumentError([...at, 1], end, "must be HH:mm");
      windows.push({ day, start, end });
    });
  }
  return windows;
}

/** `extraUnavailable` as local periods, or an empty list when absent. */
export function checkUnavailable(value: unknown, path: ErrorPath): LocalPeriod[] {
  if (value === undefined) return [];
  return guard.array(value, path, "must be an array of { start, end, label? }").map((p, j) => {
    const at = [...path, j];
    const period = guard.fields(p, at, ["start", "end", "label"], "must be { start, end, label? }");
    const start = localMs(period.start, [...at, "start"], false);
    const end = localMs(period.end, [...at, "end"], true);
    if (end <= start)
      throw new InvalidTimeArgumentError([...at, "end"], period.end, "must come after start");
    const label = period.label ?? "out of office";
    if (typeof label !== "string" || label === "" || !isSingleLineText(label))
      throw new InvalidTimeArgumentError([...at, "label"], label, "must be single-line text");
    return { start, end, name: label };
  });
}

const LOCAL = 'must be a local date "YYYY-MM-DD" or date-time "YYYY-MM-DDTHH:mm"';

/** A local date (its midnight, or the next midnight for an end) or date-time, as local ms. */
function localMs(value: unknown, path: ErrorPath, isEnd: boolean): number {
  if (typeof value !== "string") throw new InvalidTimeArgumentError(path, value, LOCAL);
  const days = parseLocalDate(value.slice(0, 10));
  if (days === undefined) throw new InvalidTimeArgumentError(path, value, LOCAL);
  if (value.length === 10) return (days + (isEnd ? 1 : 0)) * DAY_MS;
  const time = value[10] === "T" ? parseLocalTime(value.slice(11)) : undefined;
  if (time === undefined || !isLocalTime(value.slice(11)))
    throw new InvalidTimeArgumentError(path, value, LOCAL);
  return days * DAY_MS + time;
}

/** Where a person's public holidays come from; `country` is undefined for none. */
export interface HolidayPlace {
  readonly country: string | undefined;
  readonly region: string | undefined;
  /** The source asked for them: set whenever `country` is. */
  readonly calendar?: HolidayCalendar;
}

/**
 * The country (upper case) and region whose public holidays block the person's time. With
 * `holidays` left out, a country the calendar has no data for means no holidays; with
 * `holidays: true` it is an error, as is a region the country does not have. Without a calendar
 * (the caller passed no `holidays` option) nobody has holidays, and `holidays: true` is an error.
 */
export function checkHolidayPlace(
  country: string | undefined,
  countryPath: ErrorPath,
  region: unknown,
  holidays: unknown,
  path: ErrorPath,
  calendar: HolidayCalendar | undefined,
): HolidayPlace {
  if (holidays !== undefined && typeof holidays !== "boolean")
    throw new InvalidTimeArgumentError([...path, "holidays"], holidays, "must be true or false");
  if (region !== undefined && (typeof region !== "string" || region === ""))
    throw new InvalidTimeArgumentError(
      [...path, "region"],
      region,
      "must be a region code such as ENG",
    );
  if (region !== undefined && country === undefined)
    throw new InvalidTimeArgumentError([...path, "region"], region, "needs a country");
  if (holidays === true && country === undefined)
    throw new InvalidTimeArgumentError([...path, "holidays"], holidays, "needs a country");
  if (holidays === true && calendar === undefined)
    throw new InvalidTimeArgumentError(
      [...path, "holidays"],
      holidays,
      "needs a holiday calendar: pass options.holidays (publicHolidays from @convening/time/holidays)",
    );
  if (holidays === false || country === undefined || calendar === undefined)
    return { country: undefined, region: undefined };
  const code = country.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !calendar.hasCountry(code)) {
    if (holidays === true)
      throw new InvalidTimeArgumentError(countryPath, country, "has no public-holiday data");
    return { country: undefined, region: undefined };
  }
  const area = region === undefined ? undefined : (region as string).toUpperCase();
  if (area !== undefined && !calendar.hasRegion(code, area))
    throw new InvalidTimeArgumentError([...path, "region"], region, `is not a region of ${code}`);
  return { country: code, region: area, calendar };
}
