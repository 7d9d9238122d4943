import {
  DAY_MS,
  firstInstantAtOrAfterLocal,
  formatInstant,
  parseLocalDate,
  zoneOffsetSeconds,
  zoneOffsetTable,
} from "@convening/core";
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
    startDate: LocalDateSchema.meta({ description: "The first day (YYYY-MM-DD)." }),
    endDate: LocalDateSchema.optional().meta({
      description: "The last day, inclusive (YYYY-MM-DD). Default: startDate, one day.",
    }),
  })
  .meta({
    description:
      "An all-day session's days: local dates, the same days in every zone (iCalendar VALUE=DATE).",
  });

/**
 * The days of an all-day session, `endDate` filled in; see {@link AllDaySchema}.
 *
 * @example
 * ```ts
 * const rest: AllDay = { startDate: "2021-03-25", endDate: "2021-03-25" };
 * ```
 */
export type AllDay = { startDate: string; endDate: string };

/** `epochMs` written with the zone's offset at that moment. */
function instantIn(zone: string, epochMs: number): string {
  return formatInstant(epochMs, Math.round(zoneOffsetSeconds(zone, epochMs) / 60));
}

/**
 * The instants an all-day session's days span in `zone`: the first moment of `startDate` and the
 * first moment of the day after `endDate`. They are what `start` and `end` hold after
 * `parseConvening`, for code that knows only instants; the days themselves stay in `allDay`.
 * Dates and zone have been validated.
 */
export function allDayBounds(allDay: AllDay, zone: string): { start: string; end: string } {
  const table = zoneOffsetTable(zone);
  const first = parseLocalDate(allDay.startDate)!;
  const last = parseLocalDate(allDay.endDate)!;
  return {
    start: instantIn(zone, firstInstantAtOrAfterLocal(table, first * DAY_MS)),
    end: instantIn(zone, firstInstantAtOrAfterLocal(table, (last + 1) * DAY_MS)),
  };
}
