import { formatBasicDateTime } from "@convening/core";
import { type ZoneTransition, zoneOffset } from "@convening/time";
import { contentLine, textValue } from "./content-line.js";
import type { ZoneSpan } from "./convening-event.js";
import { lastTransitionBetween, transitionsBetween } from "./transition-cache.js";

// VTIMEZONE components (RFC 5545 §3.6.5) built from the runtime's own zone data through
// @convening/time's zoneTransitions, so the offsets a client reads are the ones the instants were
// computed with. ical-generator has no zone database; it calls this through
// `timezone({ name: null, generator })`.

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;
// Far enough past the last dated instant to see every weekday alignment of a yearly rule (the
// weekday of a date repeats its pattern within 11 years), so "Sun>=8" is told from "Sun>=9".
const RULE_SAMPLE_YEARS = 20;
// A yearly rule is trusted only when it held this many years in a row.
const RULE_MIN_YEARS = 8;
const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

interface Onset {
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

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
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

/** `+0530`, `-0400`, or `-001556` when the offset has seconds (local mean time). */
export function utcOffsetValue(seconds: number): string {
  const sign = seconds < 0 ? "-" : "+";
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${pad(h)}${pad(m)}${s === 0 ? "" : pad(s)}`;
}

/**
 * The last change of offset before `ms`, looking back up to 125 years (to about 1900, when most
 * zones left local mean time); a zone unchanged since then is treated as never changing.
 */
function transitionBefore(zone: string, ms: number): ZoneTransition | undefined {
  // The original windows (2, 20, then 125 years) give the last change in the widest one.
  return lastTransitionBetween(zone, ms - 125 * YEAR_MS, ms + 1);
}

/** The BYxxx parts of a yearly rule that yields exactly these onsets' dates, if one does. */
function yearlyRule(onsets: readonly Onset[]): string | undefined {
  const first = onsets[0]!;
  const days = new Set(onsets.map((o) => o.day));
  if (days.size === 1 && onsets.some((o) => o.weekday !== first.weekday))
    return `BYMONTH=${first.month};BYMONTHDAY=${first.day}`;
  if (onsets.some((o) => o.weekday !== first.weekday)) return undefined;
  // Only a rule seen at every weekday alignment is certain; fewer samples could fit two rules.
  if (days.size < 7) return undefined;
  const weekday = WEEKDAYS[first.weekday]!;
  if (onsets.every((o) => o.daysInMonth - o.day < 7))
    return `BYMONTH=${first.month};BYDAY=-1${weekday}`;
  const min = Math.min(...days);
  if (Math.max(...days) - min > 6) return undefined;
  if ((min - 1) % 7 === 0) return `BYMONTH=${first.month};BYDAY=${(min - 1) / 7 + 1}${weekday}`;
  const monthDays = Array.from({ length: 7 }, (_, i) => min + i).join(",");
  return `BYMONTH=${first.month};BYMONTHDAY=${monthDays};BYDAY=${weekday}`;
}

function sameObservance(a: Onset, b: Onset): boolean {
  return (
    a.kind === b.kind &&
    a.fromSeconds === b.fromSeconds &&
    a.toSeconds === b.toSeconds &&
    a.name === b.name &&
    a.month === b.month &&
    a.timeOfDay === b.timeOfDay
  );
}

/** The longest run of yearly onsets at the end of `onsets` that one RRULE describes. */
function ruleTail(
  onsets: readonly Onset[],
  sampleEnd: number,
): { start: number; rule: string } | undefined {
  const last = onsets[onsets.length - 1];
  // A rule still in force has an onset in the sample's last two years (a yearly date can fall just
  // after the sample's end one year and just before it the next).
  if (last === undefined || last.at < sampleEnd - 2 * YEAR_MS) return undefined;
  let start = onsets.length - 1;
  while (start > 0) {
    const earlier = onsets[start - 1]!;
    const next = onsets[start]!;
    if (!sameObservance(earlier, last) || earlier.year !== next.year - 1) break;
    start--;
  }
  // Shorten the run from its old end until one rule fits it all.
  for (; onsets.length - start >= RULE_MIN_YEARS; start++) {
    const rule = yearlyRule(onsets.slice(start));
    if (rule !== undefined) return { start, rule };
  }
  return undefined;
}

function observance(onset: Onset, rule?: string): string {
  return [
    `BEGIN:${onset.kind}\r\n`,
    contentLine("DTSTART", onset.local),
    ...(rule ? [contentLine("RRULE", `FREQ=YEARLY;${rule}`)] : []),
    contentLine("TZOFFSETFROM", utcOffsetValue(onset.fromSeconds)),
    contentLine("TZOFFSETTO", utcOffsetValue(onset.toSeconds)),
    contentLine("TZNAME", textValue(onset.name)),
    `END:${onset.kind}\r\n`,
  ].join("");
}

/**
 * A VTIMEZONE for `zone` (canonical, not UTC) valid for every instant in `span`: the observance in
 * force at its start, every change up to its end, and, where the zone follows a yearly rule, that
 * rule as an open RRULE, so a feed with an open-ended series stays correct (Outlook also needs the
 * rule form to map the zone). Each change is its own STANDARD or DAYLIGHT component rather than an
 * RDATE list: ical.js ignores DTSTART in a component that has RDATEs.
 */
export function buildVtimezone(zone: string, span: ZoneSpan): string {
  const from = span.fromMs;
  const anchor = Math.max(span.toMs, from);
  const sampleEnd = anchor + RULE_SAMPLE_YEARS * YEAR_MS;
  const before = transitionBefore(zone, from);
  const changes = transitionsBetween(zone, from, sampleEnd);
  const onsets = [...(before ? [before] : []), ...changes].map(onsetFor);
  if (onsets.length === 0) return composeVtimezone(zone, span, onsets, sampleEnd);
  // The text depends only on these onsets, how many of them are within the span, and whether each
  // kind's last onset is too old for a rule (ruleTail): calendars of one session each, across a
  // programme, share a handful of keys.
  const limit = span.open ? sampleEnd : span.toMs;
  const stale = (kind: Onset["kind"]) => {
    let last = Number.NEGATIVE_INFINITY;
    for (const o of onsets) if (o.kind === kind) last = o.at;
    return last < sampleEnd - 2 * YEAR_MS;
  };
  const key = `${zone}|${onsets.map((o) => o.at).join(",")}|${onsets.filter((o) => o.at <= limit).length}|${stale("STANDARD")}|${stale("DAYLIGHT")}`;
  let text = composed.get(key);
  if (text === undefined) {
    text = composeVtimezone(zone, span, onsets, sampleEnd);
    if (composed.size >= 1_000) composed.clear();
    composed.set(key, text);
  }
  return text;
}

const composed = new Map<string, string>();
const onsetCache = new WeakMap<ZoneTransition, Onset>();

/** onsetOf, once per transition (transition-cache.ts hands out the same objects every time). */
function onsetFor(t: ZoneTransition): Onset {
  let onset = onsetCache.get(t);
  if (onset === undefined) {
    onset = onsetOf(t);
    onsetCache.set(t, onset);
  }
  return onset;
}

function composeVtimezone(
  zone: string,
  span: ZoneSpan,
  onsets: readonly Onset[],
  sampleEnd: number,
): string {
  const from = span.fromMs;
  const parts: string[] = [];
  if (onsets.length === 0) {
    // A zone that never changed offset: one observance from the epoch on.
    const offset = zoneOffset(zone, new Date(from));
    parts.push(
      observance({
        at: 0,
        kind: offset.isDst ? "DAYLIGHT" : "STANDARD",
        fromSeconds: offset.offsetSeconds,
        toSeconds: offset.offsetSeconds,
        name: offset.abbreviation,
        year: 1970,
        month: 1,
        day: 1,
        weekday: 4,
        daysInMonth: 31,
        local: "19700101T000000",
        timeOfDay: "000000",
      }),
    );
  } else {
    const limit = span.open ? sampleEnd : span.toMs;
    for (const kind of ["STANDARD", "DAYLIGHT"] as const) {
      const ofKind = onsets.filter((o) => o.kind === kind);
      const tail = ruleTail(ofKind, sampleEnd);
      const explicit = tail ? ofKind.slice(0, tail.start) : ofKind;
      // The observance in force at the start is always written, whatever its date.
      for (const onset of explicit)
        if (onset === onsets[0] || onset.at <= limit) parts.push(observance(onset));
      if (tail) parts.push(observance(ofKind[tail.start]!, tail.rule));
    }
  }
  parts.sort((a, b) => dtstartOf(a).localeCompare(dtstartOf(b)));
  return `BEGIN:VTIMEZONE\r\n${contentLine("TZID", zone)}${parts.join("")}END:VTIMEZONE\r\n`;
}

function dtstartOf(component: string): string {
  return /DTSTART:(\d{8}T\d{6})/.exec(component)?.[1] ?? "";
}
