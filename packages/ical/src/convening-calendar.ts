import { foldLines, ICalCalendar, type ICalCalendarData } from "ical-generator";

/**
 * An ical-generator calendar that writes its feed properties (NAME, X-WR-CALNAME, X-WR-CALDESC,
 * REFRESH-INTERVAL, X-PUBLISHED-TTL) itself: ical-generator writes the name and description raw,
 * so a `;` or a line break in them would corrupt or inject lines, and puts REFRESH-INTERVAL after
 * the VTIMEZONE components, where RFC 5545 §3.4 (`icalbody = calprops component`) allows no
 * calendar property. They go after the header, before the first component.
 */
export class ConveningCalendar extends ICalCalendar {
  /** Complete, unfolded content lines (each ending in CRLF) written before the first component. */
  readonly feedLines: readonly string[];

  constructor(data: ICalCalendarData, feedLines: readonly string[]) {
    super(data);
    this.feedLines = feedLines;
  }

  override toString(): string {
    // RFC 5545 §3.1 ends every content line with CRLF, the last one included; ical-generator
    // leaves the final END:VCALENDAR without one.
    const text = `${super.toString()}\r\n`;
    if (this.feedLines.length === 0) return text;
    // The output is folded already; a folded continuation starts with a space, so "\r\nBEGIN:" or
    // "\r\nEND:VCALENDAR" can only be the start of a real line.
    const firstComponent = text.indexOf("\r\nBEGIN:", 1);
    const at = firstComponent === -1 ? text.lastIndexOf("\r\nEND:VCALENDAR") : firstComponent;
    return `${text.slice(0, at + 2)}${foldFeedLines(this.feedLines)}${text.slice(at + 2)}`;
  }
}

function foldFeedLines(lines: readonly string[]): string {
  return `${foldLines(lines.join("").replace(/\r\n$/, ""))}\r\n`;
}
