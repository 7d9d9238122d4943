import { formatBasicDateTime } from "@convening/core";
import { type ZoneTransition, zoneTransitions } from "@convening/time";

// Each zone's offset changes as one sorted list of onsets, read from @convening/time a year at a
// time and only once per process, then searched by bisection. Every calendar asks for a VTIMEZONE
// covering its events plus twenty years of rule samples (vtimezone.ts); a page that writes a
// one-session .ics for each of 2,000 sessions then costs a few bisections per calendar, not a
// walk over twenty years of transitions.

/** One change of offset, as a STANDARD or DAYLIGHT observance (RFC 5545 §3.6.5) needs it. */
export interface Onset {
  readonly at: number;
  readonly kind: "DAYLIGHT" | "STANDARD";
  readonly fromSeconds: number;
  readonly toSeconds: number;
  readonly name: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly daysInMonth: number;
  /** Local wall time at the onset, in the offset before it (RFC 5545 §3.6.5 DTSTART). */
  readonly local: string;
  readonly timeOfDay: string;
}

function onsetOf(t: ZoneTransition): Onset {
  const at = Date.parse(t.at);
  const wall = new Date(at + t.offsetBeforeSeconds * 1000);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  const local = formatBasicDateTime(at, t.offsetBeforeSeconds);
  return {
    at,
    kind: t.isDst ? "DAYLIGHT" : "STANDARD",
    fromSeconds: t.offsetBeforeSeconds,
    toSeconds: t.offsetAfterSeconds,
    name: t.abbreviationAfter,
    year,
    month,
    day: wall.getUTCDate(),
    weekday: wall.getUTCDay(),
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
    local,
    timeOfDay: local.slice(9),
  };
}

/** The onsets of whole UTC years [firstYear, endYear), in order. */
interface History {
  readonly firstYear: number;
  readonly endYear: number;
  readonly onsets: readonly Onset[];
}

// Bounds, so a server that writes calendars for every zone and era keeps flat memory: a zone's
// list spans at most this many years (a VTIMEZONE needs 125 years back and 20 ahead of its events),
// and this many zones are kept.
const MAX_YEARS = 1_000;
const MAX_ZONES = 200;
const histories = new Map<string, History>();

/** How many zones' onset lists are kept, and how many years the longest spans (for tests). */
export function historyStats(): { zones: number; longestYears: number } {
  let longestYears = 0;
  for (const h of histories.values())
    longestYears = Math.max(longestYears, h.endYear - h.firstYear);
  return { zones: histories.size, longestYears };
}

// Years 1 to 9999 are all @convening/time reads (ISO 8601, iCalendar and Intl agree on them): a
// VTIMEZONE's twenty-year rule sample past an event in 9990 stops at the end of 9999, and a
// look-back from year 50 stops at year 1.
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;
const LAST_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

/** The first instant of a UTC year; `Date.UTC` would read years 0–99 as 1900–1999. */
function yearStart(year: number): number {
  return year > LAST_YEAR ? LAST_MS : new Date(0).setUTCFullYear(year, 0, 1);
}

// zoneTransitions answers at most MAX_TRANSITION_SPAN_DAYS (400 years) per call; a history may
// span MAX_YEARS, so it is read in chunks.
const CHUNK_YEARS = 300;

function yearsOf(zone: string, first: number, end: number): Onset[] {
  const out: Onset[] = [];
  for (let from = first; from < end; from += CHUNK_YEARS) {
    const to = Math.min(end, from + CHUNK_YEARS);
    for (const t of zoneTransitions(zone, {
      from: new Date(yearStart(from)),
      to: new Date(yearStart(to)),
    }))
      out.push(onsetOf(t));
  }
  return out;
}

function yearOf(ms: number): number {
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, new Date(ms).getUTCFullYear()));
}

/**
 * Every onset of `zone` in the UTC years of [fromMs, toMs], and possibly more: the zone's cached
 * list, in order, grown to cover that range. The list is never changed, only replaced.
 */
export function zoneOnsets(zone: string, fromMs: number, toMs: number): readonly Onset[] {
  const first = yearOf(fromMs);
  const end = yearOf(toMs) + 1;
  const known = histories.get(zone);
  if (known !== undefined && known.firstYear <= first && known.endYear >= end) return known.onsets;
  let history: History;
  if (
    known !== undefined &&
    Math.max(end, known.endYear) - Math.min(first, known.firstYear) <= MAX_YEARS
  ) {
    const firstYear = Math.min(first, known.firstYear);
    const endYear = Math.max(end, known.endYear);
    history = {
      firstYear,
      endYear,
      onsets: [
        ...yearsOf(zone, firstYear, known.firstYear),
        ...known.onsets,
        ...yearsOf(zone, known.endYear, endYear),
      ],
    };
  } else {
    history = { firstYear: first, endYear: end, onsets: yearsOf(zone, first, end) };
    if (known === undefined && histories.size >= MAX_ZONES) histories.clear();
  }
  histories.set(zone, history);
  return history.onsets;
}

/** The index of the first onset at or after `ms` (the list's length when there is none). */
export function firstAtOrAfter(onsets: readonly Onset[], ms: number): number {
  let low = 0;
  let high = onsets.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (onsets[mid]!.at < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The zone's onsets, covering [`startMs`, `endMs`] and reaching back from `pivotMs` (not before
 * `startMs`) until one onset at or before it, or to `lookbackMs`; with `before`, the index of the
 * last onset at or before `pivotMs` and no earlier than `lookbackMs`, or -1.
 */
export function onsetsAround(
  zone: string,
  startMs: number,
  endMs: number,
  pivotMs: number,
  lookbackMs: number,
): { onsets: readonly Onset[]; before: number } {
  let onsets = zoneOnsets(zone, startMs, endMs);
  let reach = startMs;
  for (;;) {
    const index = firstAtOrAfter(onsets, pivotMs + 1) - 1;
    if (index >= 0) return { onsets, before: onsets[index]!.at >= lookbackMs ? index : -1 };
    if (reach <= lookbackMs) return { onsets, before: -1 };
    // Step back a decade at a time: most zones changed within one, a few not for a century.
    reach = Math.max(lookbackMs, reach - DECADE_MS);
    onsets = zoneOnsets(zone, reach, endMs);
  }
}

const DECADE_MS = 10 * 365.2425 * 86_400_000;

/**
 * The zone's onsets reaching back from `onsets[index]` until a STANDARD onset before it, or to
 * `lookbackMs`, and the index of that STANDARD onset (-1 when there is none since `lookbackMs`).
 * `onsets` must be the zone's list from `zoneOnsets`, covering up to `endMs`.
 */
export function standardBefore(
  zone: string,
  onsets: readonly Onset[],
  index: number,
  endMs: number,
  lookbackMs: number,
): { onsets: readonly Onset[]; index: number } {
  const at = onsets[index]!.at;
  let list = onsets;
  let reach = at;
  for (;;) {
    for (let i = firstAtOrAfter(list, at) - 1; i >= 0 && list[i]!.at >= lookbackMs; i--) {
      if (list[i]!.kind === "STANDARD") return { onsets: list, index: i };
    }
    if (reach <= lookbackMs || (list.length > 0 && list[0]!.at < lookbackMs))
      return { onsets: list, index: -1 };
    reach = Math.max(lookbackMs, Math.min(reach, list[0]?.at ?? reach) - DECADE_MS);
    list = zoneOnsets(zone, reach, endMs);
  }
}
