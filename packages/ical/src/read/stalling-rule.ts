import type ICAL from "ical.js";

type Recur = InstanceType<typeof ICAL.Recur>;

// The most days each month can have (February: 29, in leap years).
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Why ical.js's iterator would never return for this rule, or undefined when it is safe to walk.
 * RecurIterator#next loops for ever on a rule below MONTHLY whose BYMONTHDAY no day it visits
 * matches: it reads no negative BYMONTHDAY there, and a day no month in BYMONTH has (30 February)
 * never comes (kewisch/ical.js#1038). Such a rule is refused rather than hang the whole import.
 */
export function stallingRule(recur: Recur): string | undefined {
  if (recur.freq === "MONTHLY" || recur.freq === "YEARLY") return undefined;
  const days = recur.parts.BYMONTHDAY as readonly number[] | undefined;
  if (days === undefined || days.length === 0) return undefined;
  const months = (recur.parts.BYMONTH as readonly number[] | undefined) ?? [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
  ];
  const reachable = days.some((d) => d > 0 && months.some((m) => d <= (MONTH_DAYS[m - 1] ?? 0)));
  return reachable
    ? undefined
    : `RRULE:${recur.toString()} cannot be expanded safely (no BYMONTHDAY a ${recur.freq} rule reaches)`;
}
