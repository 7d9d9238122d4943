import { type ICalCalendar, ICalEvent, type ICalEventData } from "ical-generator";

const END = "END:VEVENT\r\n";

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
 * or at all: URL unescaped (it backslash-escapes `,` and `;` in URIs), GEO at latitude or longitude
 * 0, RFC 7986 CONFERENCE, RDATE, EXDATE with the event's TZID and DURATION. The extra lines go
 * before END:VEVENT and are folded with the rest by the calendar.
 */
export class ConveningEvent extends ICalEvent {
  /** Complete content lines (each ending in CRLF) written before END:VEVENT. */
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
    const text = super.toString();
    if (this.extraLines.length === 0) return text;
    return text.slice(0, text.length - END.length) + this.extraLines.join("") + END;
  }
}
