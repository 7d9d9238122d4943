import { ICalCalendar, type ICalCalendarData } from "ical-generator";
import { completeCalendar } from "./extra-properties.js";
import { buildVtimezone } from "./vtimezone.js";
import { zoneSpanOf } from "./zone-span.js";

/**
 * An ical-generator calendar whose feed properties (NAME, X-WR-CALNAME, X-WR-CALDESC,
 * REFRESH-INTERVAL, X-PUBLISHED-TTL) this package writes, among the calendar properties (see
 * extra-properties.ts), with one VTIMEZONE per TZID its events use, built from the runtime's own
 * zone data for the span the events need.
 */
export class ConveningCalendar extends ICalCalendar {
  /** Complete, unfolded content lines (each ending in CRLF) written after ical-generator's calendar properties. */
  readonly feedLines: readonly string[];

  constructor(data: ICalCalendarData, feedLines: readonly string[]) {
    super(data);
    this.feedLines = feedLines;
  }

  /**
   * What ical-generator writes for the calendar alone: BEGIN:VCALENDAR, its properties, and
   * END:VCALENDAR, with no component. ical-generator writes calendar properties, VTIMEZONEs and
   * events in one pass, with some properties after the VTIMEZONEs; `events()` returns its own
   * list, so the events are held out of it while it writes. No calendar-level zone name is set
   * (ical-generator would then write DTSTAMP and LAST-MODIFIED as floating local times), so
   * ical-generator writes no VTIMEZONE itself.
   */
  propertiesText(): string {
    const events = this.events();
    const held = events.splice(0, events.length);
    try {
      return super.toString();
    } finally {
      events.push(...held);
    }
  }

  override toString(): string {
    const properties = this.propertiesText();
    const held = this.events();
    const zones = new Set<string>();
    for (const event of held) {
      const tzid = event.timezone();
      if (tzid !== null) zones.add(tzid);
    }
    const components = [...zones].map((tzid) => buildVtimezone(tzid, zoneSpanOf(this, tzid)));
    for (const event of held) components.push(event.toString());
    return completeCalendar(properties, this.feedLines, components);
  }
}
