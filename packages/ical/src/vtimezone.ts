import { zoneOffset } from "@convening/time";
import { contentLine, textValue } from "./content-line.js";
import type { ZoneSpan } from "./convening-event.js";
import { settledSpan } from "./settled-span.js";
import { firstAtOrAfter, type Onset, onsetsAround, standardBefore } from "./transition-cache.js";

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

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
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
function ruleTail(onsets: readonly Onset[]): { start: number; rule: string } | undefined {
  const last = onsets[onsets.length - 1];
  if (last === undefined) return undefined;
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

/** One STANDARD or DAYLIGHT component. */
interface Observance {
  readonly kind: Onset["kind"];
  /** DTSTART: the first onset, local time in `fromSeconds`. */
  readonly local: string;
  readonly fromSeconds: number;
  readonly toSeconds: number;
  readonly name: string;
  /** The BYxxx parts of a yearly RRULE. */
  readonly rule?: string | undefined;
  /** Every onset, DTSTART's included, when there are several that no rule gives. */
  readonly rdates?: readonly string[] | undefined;
}

function observance(o: Observance): string {
  return [
    `BEGIN:${o.kind}\r\n`,
    contentLine("DTSTART", o.local),
    ...(o.rule ? [contentLine("RRULE", `FREQ=YEARLY;${o.rule}`)] : []),
    // One RDATE property per date: ical.js reads only the first value of each.
    ...(o.rdates ?? []).map((local) => contentLine("RDATE", local)),
    contentLine("TZOFFSETFROM", utcOffsetValue(o.fromSeconds)),
    contentLine("TZOFFSETTO", utcOffsetValue(o.toSeconds)),
    contentLine("TZNAME", textValue(o.name)),
    `END:${o.kind}\r\n`,
  ].join("");
}

// How far before the first event each observance should start (RFC 5545 lets a VTIMEZONE cover
// only what its events need, but readers differ on what they make of an event before an
// observance's first onset): a year and a week, so every yearly onset of a rule in force has one
// at or before the event (a weekday rule's onsets are 364 or 371 days apart).
const LEAD_MS = 372 * DAY_MS;
// How far back the offset in force at the first event is looked for: to about 1900, when most
// zones left local mean time. A zone unchanged that long is treated as never having changed.
const LOOKBACK_MS = 125 * YEAR_MS;
// DTSTART of an observance that holds since before anything this package looked at: 1970, or for
// older events the first year Outlook and Windows time zones know.
const EPOCH_LOCAL = "19700101T000000";
const EARLY_LOCAL = "16010101T000000";
// The last DTSTART python-icalendar 4.0.3 expands an RRULE without UNTIL or COUNT to (local time;
// dateutil's `until` is inclusive).
const PYTHON_RULE_HORIZON = "20381231T000000";

/**
 * A VTIMEZONE for `zone` (canonical, not UTC) valid for every instant in `span`, whose every
 * observance starts at or before the span (except changes of rule inside it), so each reader
 * finds an onset before each event:
 *
 * - a zone whose offset no longer changes (after the last change before the span, or ever) gets a
 *   single STANDARD observance with today's offset and abbreviation, never a lone DAYLIGHT with a
 *   stale name (python-icalendar's `to_tz()` asserts on a zone with no STANDARD);
 * - otherwise, where the zone follows a yearly rule, each kind's rule as an open RRULE from its
 *   onset in the year before the span (Outlook maps zones by their rules and prefers them starting
 *   early, iCalcreator#86; ruby-icalendar 2.8 fails on an observance whose first onset comes after
 *   the event), so an open-ended series stays correct; changes no rule gives are grouped by offsets
 *   and name into one observance with an RDATE per onset; and a zone whose history begins inside
 *   the span (Antarctica/Troll before 2005) gets a STANDARD observance for the offset it had before.
 *
 * The text is cached by a key of a few bisections in the zone's sorted onsets, so the VTIMEZONE of
 * a one-session calendar in a zone seen before costs almost nothing.
 */
export function buildVtimezone(zone: string, whole: ZoneSpan): string {
  const span = settledSpan(whole);
  const from = span.fromMs;
  const anchor = Math.max(span.toMs, from);
  const sampleEnd = anchor + RULE_SAMPLE_YEARS * YEAR_MS;
  const around = onsetsAround(zone, from - LEAD_MS, sampleEnd, from, from - LOOKBACK_MS);
  let onsets = around.onsets;
  const before = around.before;
  const next = firstAtOrAfter(onsets, from + 1);

  let key: string;
  let compose: () => string;
  if (next >= firstAtOrAfter(onsets, sampleEnd)) {
    // No change from the span's start to the end of the sample: one observance, today's offset.
    const now = zoneOffset(zone, new Date(anchor));
    const since = onsets[before];
    const fixed: Observance = {
      kind: "STANDARD",
      local: since?.local ?? (from >= Date.UTC(1970, 0, 2) ? EPOCH_LOCAL : EARLY_LOCAL),
      fromSeconds: since?.fromSeconds ?? now.offsetSeconds,
      toSeconds: now.offsetSeconds,
      name: now.abbreviation,
    };
    key = `${zone}|${fixed.local}|${fixed.fromSeconds}|${fixed.toSeconds}|${fixed.name}`;
    compose = () => vtimezone(zone, [observance(fixed)]);
  } else {
    let lo = before >= 0 ? Math.min(before, firstAtOrAfter(onsets, from - LEAD_MS)) : next;
    // RFC 5545 §3.6.5 lets a VTIMEZONE start on a DAYLIGHT onset, but python-icalendar 4.0.3's
    // `to_tz()` asserts unless every DAYLIGHT transition it reads has a STANDARD one to measure
    // its DST amount against (icalendar/cal.py, `assert dst_offset is not False`): start from the
    // STANDARD onset in force before the first DAYLIGHT one, or an initial standard observance.
    let standardFound = true;
    if (onsets[lo]!.kind === "DAYLIGHT") {
      const grown = standardBefore(zone, onsets, lo, sampleEnd, from - LOOKBACK_MS);
      const firstAt = onsets[lo]!.at;
      onsets = grown.onsets;
      lo = grown.index >= 0 ? grown.index : firstAtOrAfter(onsets, firstAt);
      standardFound = grown.index >= 0;
    }
    const end = firstAtOrAfter(onsets, sampleEnd);
    const first = onsets[lo]!;
    const spanned = firstAtOrAfter(onsets, span.toMs + 1) - lo;
    const written = span.open ? firstAtOrAfter(onsets, sampleEnd + 1) - lo : spanned;
    // How many onsets python-icalendar needs as dates (see composeObservances): those within
    // the span when it reaches past 2038, else none, so earlier calendars share their keys.
    const dated =
      spanned > 0 && onsets[lo + spanned - 1]!.local > PYTHON_RULE_HORIZON ? spanned : 0;
    // A rule still in force has an onset in the sample's last two years (a yearly date can fall
    // just after the sample's end one year and just before it the next).
    const live = { STANDARD: false, DAYLIGHT: false };
    for (let i = end - 1; i >= lo && !(live.STANDARD && live.DAYLIGHT); i--) {
      const o = onsets[i]!;
      if (o.at < sampleEnd - 2 * YEAR_MS) break;
      live[o.kind] = true;
    }
    // Before the zone's first change in 125 years (or its first DAYLIGHT onset with no STANDARD
    // one before it), the offset it had then, as standard time.
    const initialAt = Math.min(from, first.at - 1);
    const initial =
      before >= 0 && standardFound
        ? undefined
        : {
            kind: "STANDARD" as const,
            local: initialAt >= Date.UTC(1970, 0, 2) ? EPOCH_LOCAL : EARLY_LOCAL,
            fromSeconds: first.fromSeconds,
            toSeconds: first.fromSeconds,
            name: zoneOffset(zone, new Date(initialAt)).abbreviation,
          };
    // The text depends only on these onsets, how many of them are written explicitly, which
    // kinds still follow a rule, and the initial observance: calendars of one session each,
    // across a programme, share a handful of keys.
    key = `${zone}|${onsets[lo]!.at}|${end - lo}|${written}|${dated}|${live.STANDARD}|${live.DAYLIGHT}|${initial ? `${initial.local}|${initial.name}` : ""}`;
    compose = () =>
      vtimezone(zone, composeObservances(onsets.slice(lo, end), written, dated, live, initial));
  }
  let text = composed.get(key);
  if (text === undefined) {
    vtimezoneStats.composed++;
    text = compose();
    if (composed.size >= COMPOSED_LIMIT) composed.clear();
    composed.set(key, text);
  }
  return text;
}

// A programme uses a few zones and a few keys per zone; the bound keeps a long-running server that
// writes calendars for every zone and era flat.
const COMPOSED_LIMIT = 1_000;
const composed = new Map<string, string>();

/**
 * How many VTIMEZONE texts were composed (cache misses) and are cached. Internal (not exported
 * from the package): tests read it to prove calendars share the text and the cache stays bounded.
 */
export const vtimezoneStats = {
  composed: 0,
  get cached(): number {
    return composed.size;
  },
};

function vtimezone(zone: string, components: readonly string[]): string {
  return `BEGIN:VTIMEZONE\r\n${contentLine("TZID", zone)}${components.join("")}END:VTIMEZONE\r\n`;
}

/**
 * The observances for `onsets` (from the one in force at the span's start, or a year before it,
 * to the end of the rule sample), of which the first `written` are within the span: per kind, its
 * live rule as an RRULE from the rule's first onset here unless that comes after the span, and the
 * onsets within the span no rule gives, one observance per offsets and name. The rule's onsets
 * among the first `dated` are repeated as dates when they reach past python-icalendar's horizon.
 */
function composeObservances(
  onsets: readonly Onset[],
  written: number,
  dated: number,
  live: { readonly STANDARD: boolean; readonly DAYLIGHT: boolean },
  initial: Observance | undefined,
): string[] {
  const list: Observance[] = initial ? [initial] : [];
  const explicitlyWritten = new Set(onsets.slice(0, written));
  const datedOnsets = new Set(onsets.slice(0, dated));
  for (const kind of ["STANDARD", "DAYLIGHT"] as const) {
    const ofKind = onsets.filter((o) => o.kind === kind);
    const tail = live[kind] ? ruleTail(ofKind) : undefined;
    const explicit = (tail ? ofKind.slice(0, tail.start) : ofKind).filter((o) =>
      explicitlyWritten.has(o),
    );
    const groups = new Map<string, Onset[]>();
    for (const o of explicit) {
      const group = `${o.fromSeconds}|${o.toSeconds}|${o.name}`;
      const members = groups.get(group);
      if (members === undefined) groups.set(group, [o]);
      else members.push(o);
    }
    for (const [first, ...rest] of groups.values()) {
      list.push({
        ...first!,
        rdates: rest.length === 0 ? undefined : [first!, ...rest].map((o) => o.local),
      });
    }
    // A rule that only begins after a closed span's last instant tells its readers nothing.
    const ruleStart = tail && ofKind[tail.start]!;
    if (ruleStart && explicitlyWritten.has(ruleStart)) {
      list.push({ ...ruleStart, rule: tail.rule });
      // python-icalendar 4.0.3 expands an open RRULE only to 2038-12-31 ("pytz.timezones don't
      // know any transition dates after 2038", icalendar/cal.py `_extract_offsets`): a rule that
      // starts later gives it no transition at all, so `to_tz()` fails (IndexError, or the DST
      // assertion above), and one that starts before misplaces the events after 2038. The rule's
      // onsets within the span, repeated as dates, give it the exact ones; every other reader
      // sees those onsets twice, with the same offsets.
      const ruleDates = ofKind.slice(tail.start).filter((o) => datedOnsets.has(o));
      if (ruleDates.length > 0 && ruleDates[ruleDates.length - 1]!.local > PYTHON_RULE_HORIZON) {
        list.push({
          ...ruleStart,
          rdates: ruleDates.length > 1 ? ruleDates.map((o) => o.local) : undefined,
        });
      }
    }
  }
  // python-icalendar 4.0.3 files each observance's kind under its TZNAME (`dst[tzname]` in
  // `to_tz()`), so a DAYLIGHT observance named like a STANDARD one (two local mean times that
  // round to the same minute, "UTC-4:28") turns that STANDARD into daylight time and the DST
  // assertion fails: such a daylight name is marked.
  const standardNames = new Set(list.filter((o) => o.kind === "STANDARD").map((o) => o.name));
  return list
    .map((o) =>
      o.kind === "DAYLIGHT" && standardNames.has(o.name) ? { ...o, name: `${o.name} (DST)` } : o,
    )
    .sort((a, b) => a.local.localeCompare(b.local))
    .map(observance);
}
