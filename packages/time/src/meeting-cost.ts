import { BoundedCache, parseLocalTime } from "@convening/core";
// The cost model of findMeetingTimes and planRotation (docs/time-zones.md explains it with
// numbers). Each person gets a penalty for every minute of a meeting by their local clock; a
// week of penalties is turned into prefix sums once per distinct profile, so the cost of any
// meeting is two array reads.

import type { AvailabilityWindow, Weekday } from "@convening/schema";

/**
 * Penalty per local minute of a meeting, by band of the person's clock: the cost model of
 * `findMeetingTimes` and `planRotation` (docs/time-zones.md). Changing one is a breaking change.
 *
 * @example
 * ```ts
 * PENALTY.evening; // 3: each minute between 19:00 and 22:00 local
 * ```
 */
export const PENALTY = {
  /** Inside the person's availability (default: 09:00–17:00 on their workdays). */
  available: 0,
  /** 07:00–09:00 and 17:00–19:00. */
  shoulder: 1,
  /** 19:00–22:00. */
  evening: 3,
  /** 06:00–07:00 and 22:00–24:00. */
  lateOrEarly: 6,
  /** 00:00–06:00, whatever the day: the sleep hours (unless the person declares availability then). */
  sleep: 20,
  /** Added to every band but sleep on the person's weekend. */
  weekend: 4,
  /** The least a minute outside declared availability costs. */
  outsideAvailability: 1,
  /**
   * A minute on one of the person's public holidays or out-of-office periods, unless it falls in
   * their sleep hours (then `sleep`): above every waking band, weekend included.
   */
  unavailable: 15,
} as const;

/**
 * Required people's costs count this many times an optional person's in a slot's cost.
 *
 * @example
 * ```ts
 * REQUIRED_FACTOR; // 10
 * ```
 */
export const REQUIRED_FACTOR = 10;

export const WEEK_MINUTES = 7 * 1440;
const SLEEP_END = 6 * 60;
const DAY_INDEX: Record<Weekday, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };

/** The band penalty of a minute of the day on a workday. */
function band(minuteOfDay: number): number {
  if (minuteOfDay < SLEEP_END) return PENALTY.sleep;
  if (minuteOfDay < 7 * 60) return PENALTY.lateOrEarly;
  if (minuteOfDay < 9 * 60) return PENALTY.shoulder;
  if (minuteOfDay < 17 * 60) return PENALTY.available;
  if (minuteOfDay < 19 * 60) return PENALTY.shoulder;
  if (minuteOfDay < 22 * 60) return PENALTY.evening;
  return PENALTY.lateOrEarly;
}

/** A week of penalties as prefix sums: `cost[m]` is the penalty of minutes [0, m) from Monday 00:00. */
export interface CostProfile {
  readonly cost: Float64Array;
  readonly sleep: Int32Array;
}

// A profile is two prefix-sum arrays over a week of minutes, some 120 KB outside the JS heap:
// 64 of them are 7.7 MB. A call groups its people once and holds its own profiles, so a call
// with more distinct patterns than this only recomputes, and memory stays flat across calls
// (3,000 patterns used to keep 360 MB).
const profiles = new BoundedCache<string, CostProfile>(64);

/** The profile of a weekend and an optional list of availability windows (in the person's zone). */
export function costProfile(
  weekend: readonly Weekday[],
  availability: readonly AvailabilityWindow[] | undefined,
): CostProfile {
  const key = `${[...weekend].sort().join(",")}|${availability ? JSON.stringify(availability.map((w) => [w.day, w.start, w.end])) : "default"}`;
  const cached = profiles.get(key);
  if (cached) return cached;
  const off = new Set(weekend.map((d) => DAY_INDEX[d]));
  const inWindow = new Uint8Array(WEEK_MINUTES);
  if (availability) {
    for (const w of availability) {
      const start = DAY_INDEX[w.day] * 1440 + parseLocalTime(w.start)! / 60_000;
      let end = DAY_INDEX[w.day] * 1440 + parseLocalTime(w.end)! / 60_000;
      // An end at or before the start runs past midnight (00:00 is the end of the day).
      if (end <= start) end += 1440;
      for (let m = start; m < end; m++) inWindow[m % WEEK_MINUTES] = 1;
    }
  }
  const cost = new Float64Array(WEEK_MINUTES + 1);
  const sleep = new Int32Array(WEEK_MINUTES + 1);
  for (let m = 0; m < WEEK_MINUTES; m++) {
    const day = Math.floor(m / 1440);
    const minute = m % 1440;
    let penalty: number;
    if (minute < SLEEP_END && !inWindow[m]) penalty = PENALTY.sleep;
    else if (availability)
      penalty = inWindow[m]
        ? PENALTY.available
        : Math.max(
            PENALTY.outsideAvailability,
            band(minute) + (off.has(day) ? PENALTY.weekend : 0),
          );
    else penalty = band(minute) + (off.has(day) ? PENALTY.weekend : 0);
    cost[m + 1] = cost[m]! + penalty;
    sleep[m + 1] = sleep[m]! + (minute < SLEEP_END && !inWindow[m] ? 1 : 0);
  }
  const profile = { cost, sleep };
  profiles.set(key, profile);
  return profile;
}

/** Penalty and sleep minutes of `length` local minutes from minute-of-week `start`, wrapping. */
export function intervalCost(
  profile: CostProfile,
  start: number,
  length: number,
): { cost: number; sleep: number } {
  const weeks = Math.floor(length / WEEK_MINUTES);
  let rest = length - weeks * WEEK_MINUTES;
  let cost = weeks * profile.cost[WEEK_MINUTES]!;
  let sleep = weeks * profile.sleep[WEEK_MINUTES]!;
  let s = start;
  while (rest > 0) {
    const take = Math.min(rest, WEEK_MINUTES - s);
    cost += profile.cost[s + take]! - profile.cost[s]!;
    sleep += profile.sleep[s + take]! - profile.sleep[s]!;
    rest -= take;
    s = 0;
  }
  return { cost, sleep };
}
