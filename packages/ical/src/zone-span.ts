import type { ICalCalendar, ICalDateTimeValue } from "ical-generator";
import { ConveningEvent, type ZoneSpan } from "./convening-event.js";

function epochMs(value: ICalDateTimeValue | null): number | undefined {
  if (value === null) return undefined;
  if (typeof value === "string") {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  // Date, luxon, moment and dayjs values give epoch ms from valueOf; Temporal values carry it.
  const record = value as unknown as { epochMilliseconds?: unknown; valueOf(): unknown };
  if (typeof record.epochMilliseconds === "number") return record.epochMilliseconds;
  try {
    const ms = record.valueOf();
    return typeof ms === "number" && Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the VTIMEZONE for `tzid` must cover: the spans our own events recorded (recurrence
 * included), and for events added to the calendar afterwards, their start and end (open-ended
 * when they repeat).
 */
export function zoneSpanOf(calendar: ICalCalendar, tzid: string): ZoneSpan {
  let fromMs = Number.POSITIVE_INFINITY;
  let toMs = Number.NEGATIVE_INFINITY;
  let open = false;
  for (const event of calendar.events()) {
    if (event.timezone() !== tzid) continue;
    let span: ZoneSpan | undefined;
    if (event instanceof ConveningEvent) {
      span = event.zoneSpan;
    } else {
      const start = epochMs(event.start());
      const end = epochMs(event.end()) ?? start;
      if (start !== undefined && end !== undefined) {
        span = {
          fromMs: Math.min(start, end),
          toMs: Math.max(start, end),
          open: event.repeating() !== null,
        };
      }
    }
    if (span === undefined) continue;
    fromMs = Math.min(fromMs, span.fromMs);
    toMs = Math.max(toMs, span.toMs);
    open ||= span.open;
  }
  // No dated event in that zone: a span at the epoch keeps the component well-formed.
  return Number.isFinite(fromMs) ? { fromMs, toMs, open } : { fromMs: 0, toMs: 0, open: false };
}
