import { type ZoneTransition, zoneTransitions } from "@convening/time";

// The transitions of a zone by whole UTC year, read once per process. Every calendar asks for a
// VTIMEZONE covering its events plus twenty years of rule samples (vtimezone.ts); a page that
// writes a one-session .ics for each of 2,000 sessions would otherwise ask @convening/time (and
// Intl, for the abbreviations) for the same twenty years 2,000 times.

const YEAR_CACHE_LIMIT = 20_000;
// Years 1 to 9999 are all @convening/time reads (ISO 8601, iCalendar and Intl agree on them): a
// VTIMEZONE's twenty-year rule sample past an event in 9990 stops at the end of 9999.
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;
const LAST_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

/** The first instant of a UTC year; `Date.UTC` would read years 0–99 as 1900–1999. */
function yearStart(year: number): number {
  return year > LAST_YEAR ? LAST_MS : new Date(0).setUTCFullYear(year, 0, 1);
}

/** The UTC years from `from`'s to `to`'s, within 1 to 9999. */
function yearsOf(from: number, to: number): [number, number] {
  return [
    Math.max(FIRST_YEAR, new Date(from).getUTCFullYear()),
    Math.min(LAST_YEAR, new Date(to).getUTCFullYear()),
  ];
}
/** A transition with its instant already read. */
interface Timed {
  readonly at: number;
  readonly t: ZoneTransition;
}

const byYear = new Map<string, readonly Timed[]>();

function yearOf(zone: string, year: number): readonly Timed[] {
  const key = `${zone}|${year}`;
  let list = byYear.get(key);
  if (list === undefined) {
    list = zoneTransitions(zone, {
      from: new Date(yearStart(year)),
      to: new Date(yearStart(year + 1)),
    }).map((t) => ({ at: Date.parse(t.at), t }));
    // Zone data is fixed for the life of the process; the bound keeps memory flat all the same.
    if (byYear.size >= YEAR_CACHE_LIMIT) byYear.clear();
    byYear.set(key, list);
  }
  return list;
}

/**
 * `zoneTransitions(zone, { from, to })` (the half-open range [from, to)), assembled from cached
 * years: the same transitions in the same order.
 */
export function transitionsBetween(zone: string, from: number, to: number): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  const [first, last] = yearsOf(from, to);
  for (let year = first; year <= last; year++) {
    for (const { at, t } of yearOf(zone, year)) if (at >= from && at < to) out.push(t);
  }
  return out;
}

/**
 * The last transition in [from, to), or undefined: the same answer as the last element of
 * `transitionsBetween(zone, from, to)`, read year by year from the end.
 */
export function lastTransitionBetween(
  zone: string,
  from: number,
  to: number,
): ZoneTransition | undefined {
  const [first, last] = yearsOf(from, to);
  for (let year = last; year >= first; year--) {
    const list = yearOf(zone, year);
    for (let i = list.length - 1; i >= 0; i--) {
      const { at, t } = list[i]!;
      if (at < to) return at >= from ? t : undefined;
    }
  }
  return undefined;
}
