import {
  BoundedCache,
  DAY_MS,
  firstInstantAtOrAfterLocal,
  formatLocalDate,
  parseInstant,
  parseLocalTime,
  requireParsed,
  zoneOffsetTable,
} from "@convening/core";
import type { Convening, Session } from "@convening/schema";
import { allDayDays, allDayLine } from "./all-day.js";
import { canonicalZone } from "./canonical-zone.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { formatResolved, type ResolvedZone } from "./format-in-zones.js";
import { type FormatRangeOptions, resolveFormat } from "./format-range.js";
import { guard } from "./guards.js";
import { isoInZone } from "./instant.js";

/** Options of `buildAgenda`. */
export interface AgendaOptions extends FormatRangeOptions {
  /** The zone whose local days group the sessions. Default: the convening's `timeZone`. */
  readonly zone?: string;
  /** `HH:mm`: a session starting before this local time belongs to the previous day. Default `04:00`. */
  readonly dayStartsAt?: string;
}

/** One session in an agenda day. */
export interface AgendaSession {
  /** The session as given. */
  readonly session: Session;
  /**
   * Its start in the agenda zone, ISO with offset. An all-day session (`session.allDay`) starts
   * at the agenda zone's midnight of its first date: its dates never move with the zone.
   */
  readonly start: string;
  /** Its end in the agenda zone, ISO with offset (an all-day session: midnight after its last date). */
  readonly end: string;
  /**
   * One line per display zone: `11:20a — 12:05p EDT`, `3:20p — 4:05p GMT`, … For an all-day
   * session the same line in each: `Sun, Mar 10, all day`.
   */
  readonly lines: readonly string[];
}

/** One day of an agenda. */
export interface AgendaDay {
  /** The agenda day, `YYYY-MM-DD` in the agenda zone. */
  readonly date: string;
  /** The day written out in the locale: `Tuesday, March 23, 2021`, `mardi 23 mars 2021`. */
  readonly heading: string;
  /** Its sessions by start time (then end, then the document's order). */
  readonly sessions: readonly AgendaSession[];
}

// One formatter per locale, each with ICU's native data (some 28 KB outside the JS heap): locales
// come from callers, so they are unbounded; the cache is not.
const headings = new BoundedCache<string, Intl.DateTimeFormat>(64);

function heading(locale: string, days: number): string {
  let formatter = headings.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      weekday: "long",
      year: "numeric",
      month: "long",
      day: "numeric",
    });
    headings.set(locale, formatter);
  }
  return formatter.format(days * DAY_MS + 12 * 3_600_000);
}

/** The convening's display zones (its own zone when it lists none), canonical, labels kept. */
function displayZonesOf(convening: Convening): ResolvedZone[] {
  const zones =
    convening.displayZones && convening.displayZones.length > 0
      ? convening.displayZones
      : [convening.timeZone];
  return zones.map((entry, i) =>
    typeof entry === "string"
      ? { zone: canonicalZone(entry, ["convening", "displayZones", i]), label: undefined }
      : {
          zone: canonicalZone(entry.zone, ["convening", "displayZones", i, "zone"]),
          label: entry.label,
        },
  );
}

/**
 * A convening's sessions grouped into days of one zone, each session with its time in every
 * display zone: the agenda pages of the seeds. Days are local dates in `options.zone` (default
 * the convening's zone); a session that starts before `dayStartsAt` (default `04:00`) belongs to
 * the previous day, so a late-night session stays with its evening. Display zones come from
 * `convening.displayZones` (a zone or `{ zone, label }`), or the convening's zone when empty; day
 * markers are measured from the first. Cancelled sessions are kept: their `status` says so.
 *
 * @param convening - A parsed `Convening` (what `parseConvening` returns); not validated again.
 * @throws {NotParsedError} for anything else (raw JSON, a copy, a hand-built object).
 * @example
 * ```ts
 * const agenda = buildAgenda(parseConvening(doc), { zone: "America/New_York" });
 * agenda[0].heading; // "Tuesday, March 23, 2021"
 * agenda[0].sessions[0].lines; // [ "11:20a — 12:05p EDT", "3:20p — 4:05p GMT", "6:20p — 7:05p EAT" ]
 * ```
 */
export function buildAgenda(convening: Convening, options?: AgendaOptions): AgendaDay[] {
  // Parsed means valid: zones, instants and the order of every session's ends are not checked
  // again; only the options are.
  requireParsed(convening, "convening", "buildAgenda", ["convening"]);
  const format = resolveFormat(options);
  const own =
    options === undefined ? undefined : guard.fields(options, ["options"], ["zone", "dayStartsAt"]);
  const zone = canonicalZone(
    own?.zone ?? convening.timeZone,
    own?.zone === undefined ? ["convening", "timeZone"] : ["options", "zone"],
  );
  const dayStartsAt = own?.dayStartsAt ?? "04:00";
  const cutoff = parseLocalTime(dayStartsAt);
  if (cutoff === undefined)
    throw new InvalidTimeArgumentError(
      ["options", "dayStartsAt"],
      dayStartsAt,
      "is not a 24-hour wall time written HH:mm",
    );
  const display = displayZonesOf(convening);
  const table = zoneOffsetTable(zone);
  const entries = convening.sessions.map((session, i) => {
    if (session.allDay) {
      // Its own dates in any agenda zone, listed on its first day from that day's midnight, so
      // it leads the day (dayStartsAt does not move a date).
      const days = allDayDays(session.allDay, ["convening", "sessions", i, "allDay"]);
      const startMs = firstInstantAtOrAfterLocal(table, days.first * DAY_MS);
      const endMs = firstInstantAtOrAfterLocal(table, (days.last + 1) * DAY_MS);
      return { session, startMs, endMs, day: days.first, days };
    }
    const startMs = parseInstant(session.start)!.epochMs;
    const endMs = parseInstant(session.end)!.epochMs;
    const day = Math.floor((startMs + table.offsetAt(startMs) * 1000 - cutoff) / DAY_MS);
    return { session, startMs, endMs, day, days: undefined };
  });
  // Sessions that share a slot keep the document's order (sort is stable since ES2019), which
  // is the order organisers chose for concurrent workshops on their page.
  entries.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const days = new Map<number, AgendaSession[]>();
  for (const e of entries) {
    const list = days.get(e.day) ?? [];
    list.push({
      session: e.session,
      start: isoInZone(e.startMs, zone),
      end: isoInZone(e.endMs, zone),
      lines: e.days
        ? display.map(() => allDayLine(e.days, format))
        : formatResolved(e.startMs, e.endMs, display, format),
    });
    days.set(e.day, list);
  }
  // Start order is not always day order: when the clocks fall back across `dayStartsAt`, a
  // later session can read an earlier local time and belong to the day before.
  return [...days]
    .sort(([a], [b]) => a - b)
    .map(([day, sessions]) => ({
      date: formatLocalDate(day),
      // A right-to-left heading is isolated like the lines (U+2068 … U+2069).
      heading: format.localised?.rtl
        ? `\u2068${heading(format.locale, day)}\u2069`
        : heading(format.locale, day),
      sessions,
    }));
}
