import ICAL from "ical.js";

/** What ical.js (Mozilla's reader, used by Thunderbird) reads from an iTIP calendar. */
export interface IcalJsReading {
  method: string | null;
  events: {
    uid: string;
    sequence: number;
    organizer: string | null;
    attendees: string[];
    partstats: string[];
  }[];
}

export function readWithIcalJs(ics: string): IcalJsReading {
  const root = new ICAL.Component(ICAL.parse(ics));
  return {
    method: (root.getFirstPropertyValue("method") as string | null) ?? null,
    events: root.getAllSubcomponents("vevent").map((e) => ({
      uid: String(e.getFirstPropertyValue("uid")),
      sequence: Number(e.getFirstPropertyValue("sequence") ?? 0),
      organizer: (e.getFirstPropertyValue("organizer") as string | null) ?? null,
      attendees: e.getAllProperties("attendee").map((a) => String(a.getFirstValue())),
      partstats: e.getAllProperties("attendee").map((a) => String(a.getParameter("partstat"))),
    })),
  };
}
