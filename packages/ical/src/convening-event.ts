import { type ICalCalendar, ICalEvent, type ICalEventData } from "ical-generator";
import { completeEvent } from "./extra-properties.js";

/** The instants an event needs its zone's VTIMEZONE to cover, in epoch ms. */
export interface ZoneSpan {
  /** The earliest instant written. */
  readonly fromMs: number;
  /** The latest dated instant written (an end, an UNTIL, an RDATE). */
  readonly toMs: number;
  /** The event recurs without end, so the zone's rules must hold after `toMs` too. */
  readonly open: boolean;
}

/**
 * An ical-generator event that also writes the properties ical-generator cannot write correctly
 * or at all (see extra-properties.ts), after its own, and puts its VALARMs last.
 */
export class ConveningEvent extends ICalEvent {
  /** Complete content lines (each ending in CRLF), written after ical-generator's properties. */
  readonly extraLines: readonly string[];
  /** What this event needs its VTIMEZONE to cover. */
  readonly zoneSpan: ZoneSpan;

  constructor(
    data: ICalEventData,
    calendar: ICalCalendar,
    extraLines: readonly string[],
    zoneSpan: ZoneSpan,
  ) {
    super(data, calendar);
    this.extraLines = extraLines;
    this.zoneSpan = zoneSpan;
  }

  override toString(): string {
    // ical-generator writes its VALARMs in the middle of the properties; RFC 5545 §3.6.1 puts
    // them after all of them. `alarms()` returns ical-generator's own list, so they are held out
    // of it while ical-generator writes the properties, then written after the extra lines.
    const alarms = this.alarms();
    if (alarms.length === 0 && this.extraLines.length === 0) return super.toString();
    const held = alarms.splice(0, alarms.length);
    let properties: string;
    try {
      properties = super.toString();
    } finally {
      alarms.push(...held);
    }
    return completeEvent(properties, this.extraLines, held);
  }
}
