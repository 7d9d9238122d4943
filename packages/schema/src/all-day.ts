import { DAY_MS, formatOffset, parseLocalDate, zoneOffsetSeconds } from "@convening/core";
import * as z from "zod";
import { LocalDateSchema } from "./temporal-strings.js";

/**
 * The days of an all-day session (a day of rest, a site visit, a public holiday): local dates,
 * the same calendar days for everyone whatever their zone, as RFC 5545 §3.3.4 DATE values are.
 * `endDate` is the last day, inclusive, like the convening's own `startDate`/`endDate`; absent,
 * the session is one day.
 *
 * @example
 * ```ts
 * AllDaySchema.parse({ startDate: "2021-03-25" }); // one day
 * AllDaySchema.parse({ startDate: "2021-03-25", endDate: "2021-03-26" }); // two days
 * ```
 */
export const AllDaySchema = z
  .strictObject({
    startDate: LocalDateSchema.meta({ description: "The first day." }),
    endDate: LocalDateSchema.optional().meta({
      description: "The last day, inclusive. Default: startDate.",
    }),
  })
  .meta({
    description: "Local dates, the same days in every zone (iCalendar VALUE=DATE).",
  });

/**
 * The days of an all-day session, `endDate` filled in; see {@link AllDaySchema}.
 *
 * @example
 * ```ts
 * const rest: AllDay = { startDate: "2021-03-25", endDate: "2021-03-25" };
 * ```
 */
export type AllDay = {
  /** The first day, `YYYY-MM-DD`. */
  startDate: string;
  /** The last day, inclusive (the first day for a one-day session). */
  endDate: string;
};

/** `epochMs` written with the zone's offset at that moment. */
function instantIn(zone: string, epochMs: number): string {
  // Written as check-times.ts writes its suggestions, with helpers the bundle holds already.
  const offset = zoneOffsetSeconds(zone, epochMs);
  return `${new Date(epochMs + offset * 1000).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

/**
 * The first instant at or after the local midnight starting `day` in `zone`. Read from the
 * offsets a day either side (zones change offset at most once in two days): the earlier instant
 * that shows midnight, or, when midnight falls in a spring-forward gap (America/Santiago,
 * Asia/Beirut), the change itself. Core's offset tables would do this too, but they would add
 * some 1 KB to every browser bundle of parseConvening; the per-instant offset is there already.
 */
function startOfDay(zone: string, day: number): number {
  const local = day * DAY_MS;
  const candidates = [local - DAY_MS, local + DAY_MS].map(
    (near) => local - zoneOffsetSeconds(zone, near) * 1000,
  );
  const exact = candidates.filter((t) => t + zoneOffsetSeconds(zone, t) * 1000 === local);
  return exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
}

/**
 * The instants an all-day session's days span in `zone`: the first moment of `startDate` and the
 * first moment of the day after `endDate`. They are what `start` and `end` hold after
 * `parseConvening`, for code that knows only instants; the days themselves stay in `allDay`.
 * Dates and zone have been validated.
 */
export function allDayBounds(allDay: AllDay, zone: string): { start: string; end: string } {
  const first = parseLocalDate(allDay.startDate)!;
  const last = parseLocalDate(allDay.endDate)!;
  return {
    start: instantIn(zone, startOfDay(zone, first)),
    end: instantIn(zone, startOfDay(zone, last + 1)),
  };
}
