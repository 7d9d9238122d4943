import { isTimeZone, TIME_ZONE_PATTERN } from "@convening/core";
import * as z from "zod";

/**
 * An IANA time-zone id such as `America/New_York` or `Africa/Nairobi`.
 *
 * @example
 * ```ts
 * TimeZoneSchema.parse("Asia/Kolkata");
 * TimeZoneSchema.safeParse("+05:30").success; // false: an offset is not a zone of intent
 * ```
 */
export const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, {
    message: "must be an IANA time-zone id the runtime knows, such as America/New_York",
    params: { code: "invalid_zone" },
  })
  .meta({
    description: "An IANA time-zone id, such as America/New_York, Europe/London or Africa/Nairobi.",
    pattern: TIME_ZONE_PATTERN,
  });
