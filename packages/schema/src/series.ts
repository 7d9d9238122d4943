import type { Parsed } from "@convening/core";
import * as z from "zod";
import { sequence, webUrl } from "./common.js";
import { GroupIdSchema, SeriesIdSchema, VenueIdSchema } from "./ids.js";
import { WeekdaySchema } from "./member.js";
import { SessionKindSchema } from "./session.js";
import {
  DurationSchema,
  InstantSchema,
  LocalDateSchema,
  LocalTimeSchema,
} from "./temporal-strings.js";
import { localizedMultiLine, localizedSingleLine } from "./text.js";
import { TimeZoneSchema } from "./time-zone.js";

/**
 * The nth weekday of a month or year: `{ day: "tu", nth: 3 }` is the third Tuesday, `nth: -1` the last.
 *
 * @example
 * ```ts
 * NthWeekdaySchema.parse({ day: "tu", nth: 3 });
 * ```
 */
export const NthWeekdaySchema = z
  .strictObject({
    day: WeekdaySchema,
    nth: z
      .int()
      .min(-5)
      .max(5)
      .refine((n) => n !== 0, { message: "must not be 0", params: { code: "invalid_rule" } })
      .meta({
        description:
          "Which one in the month (or year): 1 to 5 from the start, -1 (last) to -5 from the end.",
      }),
  })
  .meta({
    description:
      "The nth weekday of the month or year: { day: 'tu', nth: 3 } is the third Tuesday.",
  });

/**
 * A recurrence rule: the subset of RFC 5545 RRULE that meetings use. `count` and `until` exclude each other; an nth weekday needs `monthly` or `yearly`; `bySetPos` needs another `by…` part and a weekly, monthly or yearly rule (checked by `parseConvening`).
 *
 * @example
 * ```ts
 * // Every quarter on the third Tuesday, eight times
 * RecurrenceRuleSchema.parse({ freq: "monthly", interval: 3, byWeekday: [{ day: "tu", nth: 3 }], count: 8 });
 * // The last weekday of every month (BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1)
 * RecurrenceRuleSchema.parse({ freq: "monthly", byWeekday: ["mo", "tu", "we", "th", "fr"], bySetPos: [-1] });
 * ```
 */
export const RecurrenceRuleSchema = z
  .strictObject({
    freq: z
      .enum(["daily", "weekly", "monthly", "yearly"])
      .meta({ description: "How often the rule repeats." }),
    interval: z
      .int()
      .min(1)
      .max(1000)
      .default(1)
      .meta({ description: "Every how many periods (3 with monthly: quarterly). Default 1." }),
    byWeekday: z
      .array(z.union([WeekdaySchema, NthWeekdaySchema]))
      .optional()
      .meta({
        description:
          "Weekdays it falls on: 'tu', or { day: 'tu', nth: 3 } (nth only with monthly or yearly).",
      }),
    byMonthDay: z
      .array(
        z
          .int()
          .min(-31)
          .max(31)
          .refine((n) => n !== 0, { message: "must not be 0", params: { code: "invalid_rule" } }),
      )
      .optional()
      .meta({ description: "Days of the month, 1 to 31, or -1 (last) to -31." }),
    byMonth: z
      .array(z.int().min(1).max(12))
      .optional()
      .meta({ description: "Months, 1 (January) to 12." }),
    bySetPos: z
      .array(
        z
          .int()
          .min(-366)
          .max(366)
          .refine((n) => n !== 0, { message: "must not be 0", params: { code: "invalid_rule" } }),
      )
      .optional()
      .meta({
        description: "Which of each period's dates to keep: 1 the first, -1 the last (BYSETPOS).",
      }),
    weekStart: WeekdaySchema.optional().meta({
      description: "The day weeks start on (WKST). Default mo.",
    }),
    count: z
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .meta({ description: "How many occurrences in all (not with until)." }),
    until: LocalDateSchema.optional().meta({
      description: "The last date an occurrence may fall on, inclusive (not with count).",
    }),
  })
  .meta({ description: "A recurrence rule, the subset of RFC 5545 RRULE that meetings use." });

/**
 * A change to one occurrence of a series: a theme, a new date or time, or a cancellation.
 *
 * @example
 * ```ts
 * SeriesOverrideSchema.parse({ date: "2022-12-20", status: "cancelled" });
 * ```
 */
export const SeriesOverrideSchema = z
  .strictObject({
    date: LocalDateSchema.meta({
      description: "The occurrence it changes (its original date in the series' zone).",
    }),
    title: localizedSingleLine("The theme of that occurrence.").optional(),
    description: localizedMultiLine("What that occurrence covers.").optional(),
    status: z
      .enum(["scheduled", "cancelled"])
      .optional()
      .meta({ description: "cancelled to call that occurrence off." }),
    newDate: LocalDateSchema.optional().meta({ description: "The date it moves to, if it moves." }),
    startTime: LocalTimeSchema.optional().meta({
      description: "The start time it moves to, if it moves.",
    }),
    duration: DurationSchema.optional().meta({ description: "Its own length, if it differs." }),
    venueId: VenueIdSchema.optional(),
  })
  .meta({ description: "A change to one occurrence: a theme, a new time, or a cancellation." });

/**
 * Meetings that repeat: quarterly convergences, a committee's calls.
 *
 * @example
 * ```ts
 * SeriesSchema.parse({
 *   id: "convergences", title: "Capacity Builders Convergence", timeZone: "UTC",
 *   firstDate: "2022-03-15", startTime: "15:00", duration: "PT2H",
 *   extraDates: ["2022-06-21", "2022-09-20"],
 * });
 * ```
 */
export const SeriesSchema = z
  .strictObject({
    id: SeriesIdSchema,
    title: localizedSingleLine("The series' title (Capacity Builders Convergence)."),
    description: localizedMultiLine("What the series is.").optional(),
    kind: SessionKindSchema.default("meeting").meta({
      description: "What kind of session each occurrence is. Default meeting.",
    }),
    timeZone: TimeZoneSchema.meta({
      description: "The zone whose wall time the series keeps across DST.",
    }),
    firstDate: LocalDateSchema.meta({ description: "The date of the first occurrence." }),
    startTime: LocalTimeSchema.meta({
      description: "Wall time each occurrence starts, in timeZone.",
    }),
    duration: DurationSchema.meta({ description: "How long each occurrence lasts (PT2H)." }),
    rule: RecurrenceRuleSchema.optional().meta({
      description: "How it repeats. Absent: only firstDate and extraDates.",
    }),
    exceptions: z
      .array(LocalDateSchema)
      .default([])
      .meta({ description: "Dates the rule gives that do not happen (EXDATE)." }),
    extraDates: z.array(LocalDateSchema).default([]).meta({
      description:
        "Dates that happen beyond the rule (RDATE): a series that meets about once a quarter lists its real dates.",
    }),
    overrides: z
      .array(SeriesOverrideSchema)
      .default([])
      .meta({ description: "Per-occurrence themes, moves and cancellations." }),
    venueId: VenueIdSchema.optional(),
    groupId: GroupIdSchema.optional().meta({
      description: "The group that meets (an id in groups).",
    }),
    url: webUrl("A page about the series.").optional(),
    status: z
      .enum(["scheduled", "cancelled"])
      .default("scheduled")
      .meta({ description: "cancelled ends the whole series." }),
    sequence: sequence("Calendar revision (iCal SEQUENCE). Default 0."),
    updatedAt: InstantSchema.optional(),
  })
  .meta({ description: "A recurring meeting, kept at a wall time in its zone." });

/**
 * A series with defaults applied; see {@link SeriesSchema}.
 *
 * @example
 * ```ts
 * const calls: Series = convening.series[0];
 * calls.rule?.freq;
 * ```
 */
export type Series = z.infer<typeof SeriesSchema> & Parsed<"series">;

/**
 * A series as written; `parseSeries` turns it into a {@link Series}.
 *
 * @example
 * ```ts
 * const input: SeriesInput = { id: "calls", title: "Committee calls", timeZone: "America/New_York", firstDate: "2011-02-01", startTime: "10:00", duration: "PT1H" };
 * ```
 */
export type SeriesInput = z.input<typeof SeriesSchema>;

/**
 * A recurrence rule with `interval` filled in; see {@link RecurrenceRuleSchema}.
 *
 * @example
 * ```ts
 * const rule: RecurrenceRule = { freq: "weekly", interval: 2, byWeekday: ["th"] };
 * ```
 */
export type RecurrenceRule = z.infer<typeof RecurrenceRuleSchema>;

/**
 * `{ day, nth }`; see {@link NthWeekdaySchema}.
 *
 * @example
 * ```ts
 * const lastFriday: NthWeekday = { day: "fr", nth: -1 };
 * ```
 */
export type NthWeekday = z.infer<typeof NthWeekdaySchema>;

/**
 * A change to one occurrence; see {@link SeriesOverrideSchema}.
 *
 * @example
 * ```ts
 * const theme: SeriesOverride = { date: "2022-09-20", title: "Fundraising for capacity builders" };
 * ```
 */
export type SeriesOverride = z.infer<typeof SeriesOverrideSchema>;
