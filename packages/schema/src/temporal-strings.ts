import {
  DURATION_PATTERN,
  durationMinutes,
  isLocalDate,
  isLocalTime,
  parseInstant,
} from "@convening/core";
import * as z from "zod";

// The zod forms of the strings documents use: instants with offsets, local dates, local times and
// ISO 8601 durations. What each accepts is @convening/core's parser, so every package agrees.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An instant with an explicit offset, `2021-03-23T11:20:00-04:00`.
 *
 * @example
 * ```ts
 * InstantSchema.parse("2021-03-23T11:20:00-04:00");
 * InstantSchema.safeParse("2021-03-23T11:20:00").success; // false: no offset
 * ```
 */
export const InstantSchema = z
  .string()
  .refine((v) => parseInstant(v) !== undefined, {
    message:
      "must be an ISO 8601 date-time with an explicit offset, such as 2021-03-23T11:20:00-04:00",
    params: { code: "invalid_instant" },
  })
  .meta({
    description:
      "An instant: ISO 8601 date-time with an explicit offset (2021-03-23T11:20:00-04:00). The offset must agree with the zone of intent at that instant.",
    pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$",
  });

/**
 * A calendar date without a zone, `2021-03-23`.
 *
 * @example
 * ```ts
 * LocalDateSchema.parse("2021-03-23");
 * ```
 */
export const LocalDateSchema = z
  .string()
  .refine(isLocalDate, {
    message: "must be a calendar date written YYYY-MM-DD",
    params: { code: "invalid_date" },
  })
  .meta({
    description: "A calendar date, YYYY-MM-DD, read in the zone of intent.",
    format: "date",
    pattern: LOCAL_DATE.source,
  });

/**
 * A wall-clock time without a zone, `15:00`.
 *
 * @example
 * ```ts
 * LocalTimeSchema.parse("15:00");
 * ```
 */
export const LocalTimeSchema = z
  .string()
  .refine(isLocalTime, {
    message: "must be a 24-hour wall time written HH:mm",
    params: { code: "invalid_time" },
  })
  .meta({
    description: "A wall-clock time, HH:mm on a 24-hour clock, read in the zone of intent.",
    pattern: "^([01]\\d|2[0-3]):[0-5]\\d$",
  });

/**
 * A positive ISO 8601 duration in weeks, days, hours, minutes or seconds, `PT2H`.
 *
 * @example
 * ```ts
 * DurationSchema.parse("PT2H");
 * ```
 */
export const DurationSchema = z
  .string()
  .refine((v) => durationMinutes(v) !== undefined, {
    message: "must be a positive ISO 8601 duration such as PT2H or PT45M",
    params: { code: "invalid_duration" },
  })
  .meta({
    description:
      "A positive ISO 8601 duration in weeks, days, hours, minutes or seconds: PT2H, PT1H30M, P1D.",
    pattern: DURATION_PATTERN,
  });
