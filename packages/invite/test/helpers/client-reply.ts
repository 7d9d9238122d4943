import ICAL from "ical.js";
import MailComposer from "nodemailer/lib/mail-composer";

/** What an attendee's calendar does with an invitation when they press a button. */
export interface ClientAnswer {
  /** The attendee's address, as the invitation named them. */
  readonly attendee: string;
  readonly partStat: "ACCEPTED" | "DECLINED" | "TENTATIVE";
  /** The reply's DTSTAMP: when they answered. */
  readonly at: Date;
  readonly comment?: string;
}

/**
 * A METHOD:REPLY calendar built from an invitation the way Thunderbird builds one (its tests check
 * exactly this: one ATTENDEE, the replier, with the new PARTSTAT; the invitation's UID, SEQUENCE and
 * ORGANIZER; a new DTSTAMP; no alarms), written with ical.js, not with the package under test.
 */
export function replyCalendar(requestIcs: string, answer: ClientAnswer): string {
  const root = new ICAL.Component(ICAL.parse(requestIcs));
  root.updatePropertyWithValue("method", "REPLY");
  for (const event of root.getAllSubcomponents("vevent")) {
    for (const attendee of event.getAllProperties("attendee")) {
      const address = String(attendee.getFirstValue()).replace(/^mailto:/i, "");
      if (address.toLowerCase() !== answer.attendee.toLowerCase()) {
        event.removeProperty(attendee);
        continue;
      }
      attendee.setParameter("partstat", answer.partStat);
      attendee.removeParameter("rsvp");
    }
    for (const alarm of event.getAllSubcomponents("valarm")) event.removeSubcomponent(alarm);
    event.removeAllProperties("dtstamp");
    event.addPropertyWithValue("dtstamp", ICAL.Time.fromDateTimeString(basicIso(answer.at)));
    if (answer.comment !== undefined) event.addPropertyWithValue("comment", answer.comment);
  }
  return root.toString().replace(/\r?\n/g, "\r\n");
}

function basicIso(d: Date): string {
  // ical.js wants the extended form with a Z for UTC.
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** The RFC 5322 bytes of the reply e-mail, as a client sends it to the organizer. */
export async function replyMessage(
  requestIcs: string,
  answer: ClientAnswer,
  organizer: string,
): Promise<Buffer> {
  const ics = replyCalendar(requestIcs, answer);
  const verb = { ACCEPTED: "Accepted", DECLINED: "Declined", TENTATIVE: "Tentative" }[
    answer.partStat
  ];
  return new MailComposer({
    from: answer.attendee,
    to: organizer,
    subject: `${verb}: invitation`,
    text: `${verb}.`,
    date: answer.at,
    icalEvent: { method: "REPLY", content: ics },
  })
    .compile()
    .build();
}
