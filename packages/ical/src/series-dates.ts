import type { Series } from "@convening/schema";
import { type SeriesOccurrence, toRRule, wallTimeInstant } from "@convening/time";
import { instantIn } from "./build-context.js";
import { contentLine } from "./content-line.js";
import type { SeriesExpansion } from "./series-occurrences.js";

// The recurrence set of a series as RFC 5545 §3.8.5 writes it: DTSTART, RRULE, RDATE, EXDATE.

// The DST policy RFC 5545 §3.3.5 gives clients for recurrence instances, and expandSeries' default.
const POLICY = { gap: "forward", overlap: "earlier" } as const;

const ONLY_DTSTART = "FREQ=DAILY;COUNT=1";

/** A start to list in RDATE or EXDATE: the instant, and the wall time the rule gives for it, if it comes from the rule. */
export interface ListedStart {
  readonly iso: string;
  readonly ruleWall: string | undefined;
}

/** DTSTART, RRULE and RDATE of a series that meets. */
export interface RuleDates {
  /** The occurrence DTSTART names: the rule's first, else the earliest listed date. */
  readonly first: SeriesOccurrence;
  readonly firstStart: string;
  /** @convening/time's RRULE for the series' own rule, if it gives any date. */
  readonly ruleText: string | undefined;
  /** The RRULE written: the series' rule, or one yielding DTSTART alone for listed dates. */
  readonly rrule: string | undefined;
  /** Listed dates the rule does not give, as instants. */
  readonly rdates: readonly string[];
}

/**
 * The local wall time (`yyyyMMddTHHmmss`) the series' rule gives on `date`. In a spring-forward
 * gap it does not exist, and RFC 5545 §3.3.5 reads it with the offset before the gap: the same
 * instant as the hour after it, but a recurrence rule keeps the nominal wall time, and readers
 * match EXDATE and RECURRENCE-ID against the rule's own values.
 */
export function ruleWallTime(date: string, startTime: string): string {
  return `${date.replace(/-/g, "")}T${startTime.replace(":", "")}00`;
}

/** The wall time the rule gives for an occurrence, when it comes from the rule. */
export function ruleWallOf(series: Series, o: SeriesOccurrence): string | undefined {
  return o.source === "rule" ? ruleWallTime(o.originalDate, series.startTime) : undefined;
}

/**
 * DTSTART on the rule's first date; without a rule, the earliest date the series meets on.
 * Undefined when the series never meets (every date excepted and no rule).
 */
export function ruleDates(series: Series, expansion: SeriesExpansion): RuleDates | undefined {
  const rule = expansion.firstRule;
  const extras = expansion.occurrences.filter((o) => o.source === "extra");
  const first =
    rule ??
    [...extras].sort((a, b) => Date.parse(a.originalStart) - Date.parse(b.originalStart))[0];
  if (first === undefined) return undefined;
  const firstStart = first.originalStart;
  const ruleText = rule === undefined ? undefined : toRRule(series);
  // RDATE only for dates the rule does not give: ical.js yields an instant twice when RRULE and
  // RDATE coincide (kewisch/ical.js#1026).
  const rdates = extras.map((o) => o.originalStart).filter((iso) => iso !== firstStart);
  // A series of dates without a rule gets a rule that yields DTSTART alone: ical.js's iterator
  // skips DTSTART when a VEVENT has RDATE but no RRULE (kewisch/ical.js#534), while listing
  // DTSTART as an RDATE too makes libical count it twice.
  const rrule = ruleText ?? (rdates.length > 0 ? ONLY_DTSTART : undefined);
  return { first, firstStart, ruleText, rrule, rdates };
}

/**
 * EXDATE: the series' exceptions, named by the rule's wall time; in a REQUEST also the cancelled
 * occurrences, since a REQUEST cannot carry a cancelled component (RFC 5546 §3.2.2).
 */
export function exceptionStarts(
  series: Series,
  tzid: string | undefined,
  overridden: readonly SeriesOccurrence[],
  request: boolean,
): ListedStart[] {
  const zone = tzid ?? "UTC";
  const exdates: ListedStart[] = series.exceptions.map((date) => ({
    iso: wallTimeInstant({ date, time: series.startTime, zone }, POLICY),
    ruleWall: ruleWallTime(date, series.startTime),
  }));
  if (request) {
    for (const o of overridden)
      if (o.status === "cancelled")
        exdates.push({ iso: o.originalStart, ruleWall: ruleWallOf(series, o) });
  }
  return exdates;
}

/**
 * RDATE as UTC times and EXDATE as local times with the series' TZID. EXDATE must name the
 * instances exactly as the rule yields them; RDATE is an instant, and libical 3's recurrence
 * expansion reads an RDATE with a TZID as UTC, so UTC is the form every reader agrees on.
 */
export function dateListLine(
  name: "RDATE" | "EXDATE",
  starts: readonly ListedStart[],
  tzid: string | undefined,
): string[] {
  if (starts.length === 0) return [];
  const local = name === "EXDATE" && tzid !== undefined;
  const values = starts.map(({ iso, ruleWall }) =>
    local ? (ruleWall ?? instantIn(iso, tzid).wall) : `${instantIn(iso, undefined).wall}Z`,
  );
  return [contentLine(name, values.join(","), local ? [`TZID=${tzid}`] : [])];
}
