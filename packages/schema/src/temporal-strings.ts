import { z } from "zod";

// Parsers for the string forms documents use: instants with offsets, local dates, local times
// and ISO 8601 durations. Each returns undefined for anything it does not accept.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;
const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A parsed instant: the moment, the offset it was written with, and its local wall date. */
export interface ParsedInstant {
  readonly epochMs: number;
  readonly offsetMinutes: number;
  readonly localDate: string;
}

export function parseInstant(value: unknown): ParsedInstant | undefined {
  if (typeof value !== "string") return undefined;
  const m = INSTANT.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, off] = m as unknown as string[];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (off !== "Z") {
    const oh = Number(off!.slice(1, 3));
    const om = Number(off!.slice(4, 6));
    if (oh > 18 || om > 59) return undefined;
    offsetMinutes = (off![0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, ms);
  return {
    epochMs: local.getTime() - offsetMinutes * 60_000,
    offsetMinutes,
    localDate: `${y}-${mo}-${d}`,
  };
}

export function isLocalDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = LOCAL_DATE.exec(value);
  return !!m && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isLocalTime(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = LOCAL_TIME.exec(value);
  return !!m && Number(m[1]) <= 23 && Number(m[2]) <= 59;
}

/** Minutes in an ISO 8601 duration of weeks, days, hours, minutes and seconds; undefined if not one. */
export function durationMinutes(value: unknown): number | undefined {
  if (typeof value !== "string" || value === "P" || value.endsWith("T")) return undefined;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const [w, d, h, mi, s] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as number[];
  const minutes = w! * 10_080 + d! * 1_440 + h! * 60 + mi! + s! / 60;
  return minutes > 0 ? minutes : undefined;
}

/** An instant with an explicit offset, `2021-03-23T11:20:00-04:00`. */
export const InstantSchema = z
  .string()
  .refine((v) => parseInstant(v) !== undefined, {
    message: "must be an ISO 8601 date-time with an explicit offset, such as 2021-03-23T11:20:00-04:00",
    params: { code: "invalid_instant" },
  })
  .meta({
    description:
      "An instant: ISO 8601 date-time with an explicit offset (2021-03-23T11:20:00-04:00). The offset must agree with the zone of intent at that instant.",
    pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$",
  });

/** A calendar date without a zone, `2021-03-23`. */
export const LocalDateSchema = z
  .string()
  .refine(isLocalDate, {
    message: "must be a calendar date written YYYY-MM-DD",
    params: { code: "invalid_date" },
  })
  .meta({ description: "A calendar date, YYYY-MM-DD, read in the zone of intent.", format: "date", pattern: LOCAL_DATE.source });

/** A wall-clock time without a zone, `15:00`. */
export const LocalTimeSchema = z
  .string()
  .refine(isLocalTime, {
    message: "must be a 24-hour wall time written HH:mm",
    params: { code: "invalid_time" },
  })
  .meta({ description: "A wall-clock time, HH:mm on a 24-hour clock, read in the zone of intent.", pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" });

/** A positive ISO 8601 duration in weeks, days, hours, minutes or seconds, `PT2H`. */
export const DurationSchema = z
  .string()
  .refine((v) => durationMinutes(v) !== undefined, {
    message: "must be a positive ISO 8601 duration such as PT2H or PT45M",
    params: { code: "invalid_duration" },
  })
  .meta({ description: "A positive ISO 8601 duration in weeks, days, hours, minutes or seconds: PT2H, PT1H30M, P1D.", pattern: DURATION.source });
