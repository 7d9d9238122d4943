import ICAL from "ical.js";

/** What the text parts of a message repeat from its calendar, read back from the calendar itself. */
export interface CalendarFacts {
  readonly uid: string;
  readonly sequence: number;
  readonly summary: string;
  readonly location: string | undefined;
  readonly description: string | undefined;
}

function text(component: InstanceType<typeof ICAL.Component>, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined || value === "" ? undefined : String(value);
}

/**
 * The UID, SEQUENCE, title, place and description of the (first) event of a calendar that
 * @convening/ical wrote for one recipient. Reading them back, rather than composing them again,
 * keeps the e-mail's text to exactly what the calendar says: the same redaction for the audience,
 * so a join link the recipient may not see is in neither.
 */
export function calendarFacts(ics: string): CalendarFacts {
  const root = new ICAL.Component(ICAL.parse(ics));
  const event = root.getFirstSubcomponent("vevent")!;
  return {
    uid: text(event, "uid") ?? "",
    sequence: Number(event.getFirstPropertyValue("sequence") ?? 0),
    summary: text(event, "summary") ?? "",
    location: text(event, "location"),
    description: text(event, "description"),
  };
}
