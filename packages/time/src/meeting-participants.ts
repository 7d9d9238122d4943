import { durationMinutes, type ErrorPath, isLocalTime } from "@convening/core";
import type { AvailabilityWindow, Weekday } from "@convening/schema";
import { canonicalZone } from "./canonical-zone.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import type { HolidayCalendar } from "./holiday-types.js";
import { type CostProfile, costProfile, REQUIRED_FACTOR } from "./meeting-cost.js";
import {
  checkHolidayPlace,
  checkUnavailable,
  checkWorkingHours,
  type HolidayPlace,
  type LocalPeriod,
  type UnavailablePeriod,
  type WorkingHours,
} from "./participant-calendar.js";
import { placeName } from "./place-name.js";
import { weekendOf } from "./weekend.js";

/** A person to schedule for. A `Member` with a `timeZone` fits. */
export interface MeetingParticipant {
  /** Who they are (a `Member`'s id); unique among the participants, and echoed in each `LocalSlot` and `RotationTotal`. */
  readonly id: string;
  /** Their IANA zone. */
  readonly timeZone?: string;
  /** Weekly windows in their zone; absent means 09:00–17:00 on their workdays. */
  readonly availability?: readonly AvailabilityWindow[];
  /** Whether the meeting needs them. Default true. Required people's costs count ten times. */
  readonly required?: boolean;
  /**
   * How much their inconvenience counts: a number above 0 and at most 1,000 (`MAX_WEIGHT`),
   * default 1.
   */
  readonly weight?: number;
  /** Their weekend days; default by country (`country`, else `location.country`, else the zone's). */
  readonly weekend?: readonly Weekday[];
  /**
   * ISO 3166-1 alpha-2, for the weekend table and public holidays: with a holiday calendar
   * passed as the `holidays` option, a holiday counts as unavailable time unless `holidays` is
   * false. Without one, no holidays are counted.
   */
  readonly country?: string;
  /** A region of `country` as the holiday calendar codes it (date-holidays: `"ENG"`, `"NY"`, `"BY"`). */
  readonly region?: string;
  /**
   * Whether public holidays of `country` block their time. Default: yes when a holiday calendar
   * is passed and knows the country; `true` makes an unknown country, or no calendar, an error.
   */
  readonly holidays?: boolean;
  /** Out-of-office periods in their zone; each counts as unavailable time. */
  readonly extraUnavailable?: readonly UnavailablePeriod[];
  /**
   * Working hours per weekday in their zone (`{ mo: [["09:00", "17:00"]] }`), added to
   * `availability`; a day left out is not a working day.
   */
  readonly workingHours?: WorkingHours;
  /** A `Member`'s location; its country is used for the weekend when `country` is absent. */
  readonly location?: {
    /** ISO 3166-1 alpha-2 code of the country they are in (`"KE"`). */
    readonly country?: string;
  };
}

/**
 * The largest `weight` a participant may have. Costs are sums of weight × penalty × 10 and
 * sleep tiers that multiply the weights' total by the number of people: with weights this size
 * they stay exact integers in a double for thousands of people, where `weight: 1e308` made every
 * cost `Infinity − Infinity`, NaN, and the ranking arbitrary.
 *
 * @example
 * ```ts
 * MAX_WEIGHT; // 1000
 * ```
 */
export const MAX_WEIGHT = 1_000;

/** People who share a zone and a cost profile: their costs are computed once per slot. */
export interface ParticipantGroup {
  readonly zone: string;
  readonly profile: CostProfile;
  /** Σ weight × (REQUIRED_FACTOR if required else 1): the group's multiplier in a slot's cost. */
  readonly factor: number;
  readonly required: number;
  readonly optional: number;
  /** The largest weight in the group (its worst-off person in a rotation). */
  readonly maxWeight: number;
  /** Σ weight. */
  readonly weight: number;
  /** The place reasons name (`"Nairobi"`), from the zone. */
  readonly place: string;
  /** Their weekend as ISO weekdays (1 = Monday). */
  readonly weekend: ReadonlySet<number>;
  /** Whose public holidays block their time. */
  readonly holidays: HolidayPlace;
  /** Out-of-office periods, local ms. */
  readonly away: readonly LocalPeriod[];
}

/** A participant checked: index into groups, weight, requiredness. */
export interface ResolvedParticipant {
  readonly id: string;
  readonly zone: string;
  readonly group: number;
  readonly weight: number;
  readonly required: boolean;
}

/** A participant checked, before grouping. */
interface CheckedParticipant {
  readonly id: string;
  readonly zone: string;
  readonly weight: number;
  readonly required: boolean;
  readonly weekend: readonly Weekday[];
  readonly availability: readonly AvailabilityWindow[] | undefined;
  readonly holidays: HolidayPlace;
  readonly away: readonly LocalPeriod[];
}

/** A group while people join it. */
type GroupTally = { -readonly [K in keyof ParticipantGroup]: ParticipantGroup[K] };

/**
 * Checks the participants (the first problem is the error, in the order given) and puts people
 * who share a zone, a weekend and availability in one group, so slots are scored once per group.
 */
export function resolveParticipants(
  participants: readonly MeetingParticipant[],
  root: ErrorPath = ["participants"],
  pathOf: (i: number) => ErrorPath = (i) => [...root, i],
  calendar?: HolidayCalendar,
): {
  people: ResolvedParticipant[];
  groups: ParticipantGroup[];
} {
  const NON_EMPTY = "must be a non-empty array of people";
  // Each person read once; a hole is a person to refuse, not one `map` would skip.
  const list = guard.array(participants, root, NON_EMPTY);
  if (list.length === 0) throw new InvalidTimeArgumentError(root, participants, NON_EMPTY);
  const ids = new Set<string>();
  const groupIndex = new Map<string, number>();
  const groups: GroupTally[] = [];
  const people = list.map((p, i) => {
    const person = checkParticipant(p as MeetingParticipant, pathOf(i), ids, calendar);
    const group = joinGroup(groups, groupIndex, person);
    const { id, zone, weight, required } = person;
    return { id, zone, group, weight, required };
  });
  return { people, groups };
}

/** One participant checked; `ids` holds the ids seen so far and gains this one. */
function checkParticipant(
  p: MeetingParticipant,
  path: ErrorPath,
  ids: Set<string>,
  calendar: HolidayCalendar | undefined,
): CheckedParticipant {
  // Each field read once: a getter that throws is named, and nothing changes after its check.
  p = guard.fields(p, path, FIELDS, "must be a person with an id") as MeetingParticipant;
  if (typeof p.id !== "string" || p.id === "")
    throw new InvalidTimeArgumentError([...path, "id"], p.id, "must be a non-empty string");
  if (ids.has(p.id)) throw new InvalidTimeArgumentError([...path, "id"], p.id, "appears twice");
  ids.add(p.id);
  const zone = canonicalZone(p.timeZone, [...path, "timeZone"]);
  const weight = p.weight ?? 1;
  // `!(weight > 0)` also refuses NaN.
  if (typeof weight !== "number" || !(weight > 0) || weight > MAX_WEIGHT) {
    throw new InvalidTimeArgumentError(
      [...path, "weight"],
      weight,
      `must be a number above 0 and at most ${MAX_WEIGHT}`,
    );
  }
  const required = p.required ?? true;
  if (typeof required !== "boolean")
    throw new InvalidTimeArgumentError([...path, "required"], required, "must be true or false");
  const declared = checkAvailability(p.availability, [...path, "availability"]);
  const working = checkWorkingHours(p.workingHours, [...path, "workingHours"]);
  const availability = working ? [...(declared ?? []), ...working] : declared;
  const own = checkWeekend(p.weekend, [...path, "weekend"]);
  const { country, at } = countryOf(p, path);
  const weekend = weekendOf(own, country, zone);
  const holidays = checkHolidayPlace(country, at, p.region, p.holidays, path, calendar);
  const away = checkUnavailable(p.extraUnavailable, [...path, "extraUnavailable"]);
  return { id: p.id, zone, weight, required, weekend, availability, holidays, away };
}

const FIELDS = [
  "id",
  "timeZone",
  "availability",
  "required",
  "weight",
  "weekend",
  "country",
  "location",
  "region",
  "holidays",
  "extraUnavailable",
  "workingHours",
] as const;

/** `country`, else `location.country`: a string or nothing, read once. */
function countryOf(
  p: MeetingParticipant,
  path: ErrorPath,
): { country: string | undefined; at: ErrorPath } {
  let country: unknown = p.country;
  let at = [...path, "country"];
  if (country === undefined && p.location !== undefined) {
    at = [...path, "location", "country"];
    country = guard.fields(p.location, [...path, "location"], ["country"]).country;
  }
  if (country !== undefined && typeof country !== "string")
    throw new InvalidTimeArgumentError(at, country, "must be an ISO 3166-1 alpha-2 code");
  return { country, at };
}

/** The windows as plain copies, each read once; a hole or a wrong window is named by index. */
function checkAvailability(
  availability: unknown,
  path: ErrorPath,
): readonly AvailabilityWindow[] | undefined {
  if (availability === undefined) return undefined;
  return guard.array(availability, path, "must be an array of windows").map((w, j) => {
    const window = typeof w === "object" && w !== null ? copyWindow(w, [...path, j]) : undefined;
    if (!isAvailabilityWindow(window)) {
      throw new InvalidTimeArgumentError(
        [...path, j],
        w,
        "must be { day: 'mo'…'su', start: 'HH:mm', end: 'HH:mm' }",
      );
    }
    return window;
  });
}

/** A window's own fields, copied (unknown keys kept by name, so a strict check still sees them). */
function copyWindow(w: object, path: ErrorPath): Record<string, unknown> {
  const keys = guard.keys(w, path);
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = guard.field(w, key, path);
  return out;
}

const WEEKDAYS: readonly unknown[] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

function isWeekday(value: unknown): value is Weekday {
  return WEEKDAYS.includes(value);
}

// The schema's AvailabilityWindow checked by hand: its zod schema would load zod for a function
// that takes plain data. Exactly `{ day, start, end }`, as the schema's strict object has it.
function isAvailabilityWindow(value: unknown): value is AvailabilityWindow {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const w = value as Record<string, unknown>;
  return (
    Object.keys(w).every((key) => key === "day" || key === "start" || key === "end") &&
    isWeekday(w.day) &&
    isLocalTime(w.start) &&
    isLocalTime(w.end)
  );
}

function checkWeekend(weekend: unknown, path: ErrorPath): readonly Weekday[] | undefined {
  if (weekend === undefined) return undefined;
  const WEEKDAY_LIST = "must be an array of weekdays 'mo'…'su'";
  const days = guard.array(weekend, path, WEEKDAY_LIST);
  if (!days.every(isWeekday)) throw new InvalidTimeArgumentError(path, weekend, WEEKDAY_LIST);
  return days as Weekday[];
}

/** Adds the person to the group of their zone, weekend and availability; returns its index. */
function joinGroup(
  groups: GroupTally[],
  groupIndex: Map<string, number>,
  person: CheckedParticipant,
): number {
  const { zone, weekend, availability, weight, required, holidays, away } = person;
  const profile = costProfile(weekend, availability);
  const key = JSON.stringify([zone, weekend, availability ?? null, holidays, away]);
  let group = groupIndex.get(key);
  if (group === undefined) {
    group = groups.length;
    groupIndex.set(key, group);
    groups.push({
      zone,
      profile,
      factor: 0,
      required: 0,
      optional: 0,
      maxWeight: 0,
      weight: 0,
      place: placeName(zone),
      weekend: new Set(weekend.map((d) => WEEKDAYS.indexOf(d) + 1)),
      holidays,
      away,
    });
  }
  const g = groups[group]!;
  g.factor += weight * (required ? REQUIRED_FACTOR : 1);
  if (required) g.required++;
  else g.optional++;
  g.maxWeight = Math.max(g.maxWeight, weight);
  g.weight += weight;
  return group;
}

/** Minutes in `value`: a positive number of minutes or an ISO 8601 duration (`PT1H`). */
export function minutesOf(value: unknown, path: ErrorPath, max: number): number {
  const minutes = typeof value === "number" ? value : durationMinutes(value);
  if (
    minutes === undefined ||
    !Number.isFinite(minutes) ||
    minutes <= 0 ||
    !Number.isInteger(minutes) ||
    minutes > max
  ) {
    throw new InvalidTimeArgumentError(
      path,
      value,
      `must be a whole number of minutes from 1 to ${max}, or an ISO 8601 duration such as PT1H`,
    );
  }
  return minutes;
}
