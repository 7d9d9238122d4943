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

/** Two spans as one: from the earlier start to the later end, open when either is. */
function merged(a: ZoneSpan | undefined, b: ZoneSpan): ZoneSpan {
  if (a === undefined) return b;
  return {
    fromMs: Math.min(a.fromMs, b.fromMs),
    toMs: Math.max(a.toMs, b.toMs),
    open: a.open || b.open,
  };
}

// No dated event in a zone: a span at the epoch keeps the component well-formed.
const EMPTY_SPAN: ZoneSpan = { fromMs: 0, toMs: 0, open: false };

/**
 * What the VTIMEZONE for `tzid` must cover: the spans our own events recorded (recurrence
 * included), and for events added to the calendar afterwards, their start and end (open-ended
 * when they repeat).
 */
export function zoneSpanOf(calendar: ICalCalendar, tzid: string): ZoneSpan {
  let span: ZoneSpan | undefined;
  for (const event of calendar.events()) {
    if (event.timezone() !== tzid) continue;
    if (event instanceof ConveningEvent) {
      span = merged(span, event.zoneSpan);
    } else {
      const start = epochMs(event.start());
      const end = epochMs(event.end()) ?? start;
      if (start !== undefined && end !== undefined) {
        span = merged(span, {
          fromMs: Math.min(start, end),
          toMs: Math.max(start, end),
          open: event.repeating() !== null,
        });
      }
    }
  }
  return span ?? EMPTY_SPAN;
}

/**
 * The zones a calendar's events use, in the order they first appear, each with the span its
 * VTIMEZONE must cover: what {@link zoneSpanOf} gives, gathered one event at a time so a writer
 * need not keep the events.
 */
export class ZoneSpans {
  readonly #spans = new Map<string, ZoneSpan>();

  /** Records an event written with TZID `tzid` (none: a UTC event, which needs no VTIMEZONE). */
  add(tzid: string | undefined, span: ZoneSpan): void {
    if (tzid === undefined) return;
    this.#spans.set(tzid, merged(this.#spans.get(tzid), span));
  }

  /** Each zone with its span, in first-use order. */
  entries(): IterableIterator<[string, ZoneSpan]> {
    return this.#spans.entries();
  }
}
