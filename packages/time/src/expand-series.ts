import {
  DAY_MS,
  formatLocalDate,
  parseLocalDate,
  parseLocalTime,
  requireParsed,
  zoneOffsetTable,
} from "@convening/core";
import type { LocalizedText, Series, VenueId } from "@convening/schema";
import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import { type InstantInput, isoInZone, toEpochMs } from "./instant.js";
import { ruleDays } from "./rule-dates.js";
import {
  durationMs as durationMsOf,
  type NormalizedSeries,
  normalizeSeries,
} from "./series-input.js";
import { checkPolicy, resolveWallTime, type WallTimePolicy } from "./wall-time-policy.js";

/** One occurrence of a series. */
export interface SeriesOccurrence {
  /** The local date it happens on, in the series' zone (the override's `newDate` when moved). */
  readonly date: string;
  /** When it starts, ISO 8601 with the series zone's offset (`2023-10-17T15:00:00Z` style offsets: `+00:00`). */
  readonly start: string;
  /** When it ends: start plus the duration (the override's, when it has one), same zone. */
  readonly end: string;
  /**
   * `'scheduled'`, or `'cancelled'` when an override calls it off or the whole series is
   * cancelled. Cancelled occurrences are returned (a calendar writes them as RECURRENCE-ID
   * instances with STATUS:CANCELLED); `exceptions` dates are not returned at all (EXDATE).
   */
  readonly status: "scheduled" | "cancelled";
  /** The date the rule or `extraDates` gave, before any move: the RECURRENCE-ID date. */
  readonly originalDate: string;
  /** The start the rule gave, before any move, ISO with offset: the RECURRENCE-ID value (RFC 5545 §3.8.4.4). */
  readonly originalStart: string;
  /** Where it comes from: the rule (and DTSTART), or `extraDates` (RDATE). A `firstDate` the rule does not give counts as `'extra'`. */
  readonly source: "rule" | "extra";
  /** True when an override changes anything about this occurrence (title, time, status, venue). */
  readonly overridden: boolean;
  /** True when an override changes its date, start time or duration. */
  readonly moved: boolean;
  /** The override's theme for this occurrence; absent means the series' title. */
  readonly title?: LocalizedText;
  /** The override's description; absent means the series' description. */
  readonly description?: LocalizedText;
  /** The override's venue; absent means the series' venue. */
  readonly venueId?: VenueId;
  /** Set on a date listed in `exceptions`, returned only with `keepExceptions: true`. */
  readonly excepted?: true;
}

/** The window to expand in (`to` exclusive) and the DST policies for each occurrence's start. */
export interface ExpandSeriesOptions extends WallTimePolicy {
  /** Start of the window: occurrences that end after it are returned (one already running counts). */
  readonly from: InstantInput;
  /** End of the window, exclusive: occurrences that start at or after it are left out. Not before `from`. */
  readonly to: InstantInput;
  /**
   * Also return the dates listed in `exceptions`, each marked `excepted: true` (default `false`:
   * they are left out, as EXDATE leaves them out). A calendar writer needs them: DTSTART must be
   * the rule's first date even when that date is excepted (RFC 5545 §3.8.5.1), and this way one
   * expansion serves both the rule and its exceptions.
   */
  readonly keepExceptions?: boolean;
}

// Ranges that would produce more occurrences than any calendar needs are refused, not truncated.
const MAX_OCCURRENCES = 100_000;

/**
 * The occurrences of a series that overlap `[from, to)`, in start order, each at the series'
 * wall time in its zone across DST changes. The set is RFC 5545's: the rule's dates from
 * `firstDate` (COUNT and UNTIL applied first), plus `firstDate` itself and `extraDates` (RDATE),
 * minus `exceptions` (EXDATE); then overrides apply per original date.
 *
 * Overrides: a cancelled occurrence is returned with `status: 'cancelled'`; a moved one carries
 * its new `date`/`start`/`end` and keeps `originalDate`/`originalStart` for RECURRENCE-ID; an
 * override's `title`, `description` and `venueId` are passed on. An override whose date is not
 * an occurrence is an error. A start in a spring-forward gap moves forward by the gap's length
 * and an ambiguous one takes the earlier instant, as RFC 5545 §3.3.5 says calendar clients do;
 * pass `gap: 'reject'` or `overlap: 'later'`/`'reject'` to change that.
 *
 * @param series - A parsed `Series`: what `parseSeries` returns, or a series of a parsed
 *   convening or directory. It is not validated again.
 * @throws {NotParsedError} for anything else (raw JSON, a copy, a hand-built object).
 * @example
 * ```ts
 * const convergence = parseSeries({
 *   id: "convergence", title: "Capacity Builders Convergence", timeZone: "UTC",
 *   firstDate: "2023-10-17", startTime: "15:00", duration: "PT2H",
 *   rule: { freq: "monthly", interval: 3, byWeekday: [{ day: "tu", nth: 3 }], count: 4 },
 * });
 * expandSeries(convergence, { from: "2023-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z" }).map((o) => o.start);
 * // [ "2023-10-17T15:00:00+00:00", "2024-01-16T15:00:00+00:00", "2024-04-16T15:00:00+00:00", "2024-07-16T15:00:00+00:00" ]
 * ```
 */
export function expandSeries(series: Series, options: ExpandSeriesOptions): SeriesOccurrence[] {
  const s = normalizeSeries(requireParsed(series, "series", "expandSeries", ["series"]));
  // Each option read once, so a getter that throws is named and nothing changes after the check.
  options = guard.fields(
    options,
    ["options"],
    ["from", "to", "gap", "overlap", "keepExceptions"],
    "must be { from, to }",
  ) as ExpandSeriesOptions;
  const from = toEpochMs(options.from, ["from"]);
  const to = toEpochMs(options.to, ["to"]);
  if (to < from) throw new InvalidTimeArgumentError(["to"], options.to, "is before from");
  const checked = checkPolicy({ gap: options.gap, overlap: options.overlap }, ["options"]);
  const policy: WallTimePolicy = {
    gap: checked.gap ?? "forward",
    overlap: checked.overlap ?? "earlier",
  };

  const table = zoneOffsetTable(s.zone);
  // Local days that can hold an occurrence overlapping the window, with room for long durations
  // and moves; overrides further out are read too, to check they name an occurrence.
  const lastWindowDay = Math.floor((to + table.offsetAt(to) * 1000) / DAY_MS) + 1;
  let horizon = lastWindowDay;
  for (const day of s.overrides.keys()) horizon = Math.max(horizon, day);

  const days = new Map<number, "rule" | "extra">();
  if (s.rule) for (const day of ruleDays(s.rule, s.firstDay, horizon)) days.set(day, "rule");
  if (!days.has(s.firstDay)) days.set(s.firstDay, "extra");
  for (const day of s.extraDays) if (!days.has(day)) days.set(day, "extra");
  if (options.keepExceptions !== true) for (const day of s.exceptions) days.delete(day);

  for (const [day, { index }] of s.overrides) {
    if (!days.has(day) || s.exceptions.has(day)) {
      throw new InvalidTimeArgumentError(
        ["series", "overrides", index, "date"],
        formatLocalDate(day),
        s.exceptions.has(day)
          ? "is also listed in exceptions; keep one"
          : "is not a date the series meets on",
      );
    }
  }

  // Occurrences on days well before the window cannot reach it unless an override moves them.
  const firstWindowDay =
    Math.floor((from + table.offsetAt(from) * 1000) / DAY_MS) -
    2 -
    Math.ceil(s.durationMs / DAY_MS);
  const out: (SeriesOccurrence & { at: number })[] = [];
  for (const [day, source] of days) {
    if (day < firstWindowDay && !s.overrides.has(day)) continue;
    const occurrence = occurrenceOf(s, day, source, policy);
    if (s.exceptions.has(day)) occurrence.excepted = true;
    if (occurrence.at < to && occurrence.endAt > from) {
      if (out.length >= MAX_OCCURRENCES) {
        throw new InvalidTimeArgumentError(
          ["to"],
          options.to,
          `gives more than ${MAX_OCCURRENCES} occurrences; expand a shorter window`,
        );
      }
      const { endAt: _, ...rest } = occurrence;
      out.push(rest);
    }
  }
  out.sort((a, b) => a.at - b.at || a.originalStart.localeCompare(b.originalStart));
  return out.map(({ at: _, ...rest }) => rest);
}

function occurrenceOf(
  s: NormalizedSeries,
  day: number,
  source: "rule" | "extra",
  policy: WallTimePolicy,
): SeriesOccurrence & { at: number; endAt: number; excepted?: true } {
  const date = formatLocalDate(day);
  const path = ["series", "startTime"];
  const originalAt = resolveWallTime(
    day,
    s.startTimeMs,
    s.zone,
    policy,
    { date, time: s.series.startTime, zone: s.zone },
    path,
  );
  const entry = s.overrides.get(day);
  const o = entry?.override;
  const newDay = o?.newDate === undefined ? day : parseLocalDate(o.newDate)!;
  const newTime = o?.startTime === undefined ? s.startTimeMs : parseLocalTime(o.startTime)!;
  const moved =
    newDay !== day ||
    newTime !== s.startTimeMs ||
    (o?.duration !== undefined && o.duration !== s.series.duration);
  const at = moved
    ? resolveWallTime(
        newDay,
        newTime,
        s.zone,
        policy,
        { date: formatLocalDate(newDay), time: o?.startTime ?? s.series.startTime, zone: s.zone },
        ["series", "overrides", entry!.index],
      )
    : originalAt;
  const durationMs = o?.duration === undefined ? s.durationMs : durationMsOf(o.duration);
  const cancelled = s.series.status === "cancelled" || o?.status === "cancelled";
  return {
    at,
    endAt: at + durationMs,
    date: formatLocalDate(newDay),
    start: isoInZone(at, s.zone),
    end: isoInZone(at + durationMs, s.zone),
    status: cancelled ? "cancelled" : "scheduled",
    originalDate: date,
    originalStart: isoInZone(originalAt, s.zone),
    source,
    overridden: o !== undefined,
    moved,
    ...(o?.title === undefined ? {} : { title: o.title }),
    ...(o?.description === undefined ? {} : { description: o.description }),
    ...(o?.venueId === undefined ? {} : { venueId: o.venueId }),
  };
}
