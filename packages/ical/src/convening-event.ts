import { type ICalCalendar, ICalEvent, type ICalEventData } from "ical-generator";

const END = "END:VEVENT\r\n";
// At the start of a line: escaped TEXT values hold no line break, so only a real VALARM matches.
const ALARM_BEGIN = "\r\nBEGIN:VALARM\r\n";
const ALARM_END = "\r\nEND:VALARM\r\n";

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
 * Local wall times to write instead of the ones ical-generator derives from the instants
 * (`yyyyMMddTHHmmss`, read with the event's TZID).
 */
export interface WallTimes {
  /** DTSTART as the recurrence rule gives it. */
  readonly start?: string | undefined;
  /** RECURRENCE-ID as the recurrence rule gives it. */
  readonly recurrenceId?: string | undefined;
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
  /** Wall times that replace the ones ical-generator writes. */
  readonly wallTimes: WallTimes;

  constructor(
    data: ICalEventData,
    calendar: ICalCalendar,
    extraLines: readonly string[],
    zoneSpan: ZoneSpan,
    wallTimes: WallTimes = {},
  ) {
    super(data, calendar);
    this.extraLines = extraLines;
    this.zoneSpan = zoneSpan;
    this.wallTimes = wallTimes;
  }

  override toString(): string {
    let text = super.toString();
    const { start, recurrenceId } = this.wallTimes;
    // The event's text is not folded yet, so each property is one line.
    if (start !== undefined)
      text = text.replace(/^(DTSTART;TZID=[^:\r\n]+:)\d{8}T\d{6}(?=\r\n)/m, `$1${start}`);
    if (recurrenceId !== undefined)
      text = text.replace(
        /^(RECURRENCE-ID;TZID=[^:\r\n]+:)\d{8}T\d{6}(?=\r\n)/m,
        `$1${recurrenceId}`,
      );
    // RFC 5545 §3.6.1 (`eventprop *alarmc`) puts every property before the VALARMs, which
    // ical-generator writes, one after another, ahead of CATEGORIES, STATUS and LAST-MODIFIED.
    const found = text.indexOf(ALARM_BEGIN);
    let alarms = "";
    if (found !== -1) {
      const alarmsFrom = found + 2;
      const alarmsTo = text.lastIndexOf(ALARM_END) + ALARM_END.length;
      alarms = text.slice(alarmsFrom, alarmsTo);
      text = text.slice(0, alarmsFrom) + text.slice(alarmsTo);
    }
    if (this.extraLines.length === 0 && alarms === "") return text;
    return text.slice(0, text.length - END.length) + this.extraLines.join("") + alarms + END;
  }
}
