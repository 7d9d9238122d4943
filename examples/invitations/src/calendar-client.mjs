// What the attendee's calendar app does with the invitation: find the text/calendar part of the
// e-mail (read with mailparser), and when they press Accept, answer the organizer with an iTIP
// REPLY (RFC 5546 §3.2.3) naming only themselves with PARTSTAT=ACCEPTED, as Thunderbird does:
// the invitation's UID, SEQUENCE and ORGANIZER, a new DTSTAMP, no alarms. Written with ical.js,
// independently of @convening/invite, which only reads replies.

import ICAL from "ical.js";
import { simpleParser } from "mailparser";

/** The invitation as a mail client shows it: subject, text, and the calendar with its method. */
export async function openInvitation(raw) {
  const mail = await simpleParser(raw);
  const calendar = mail.attachments.find((a) => a.contentType === "text/calendar");
  if (calendar === undefined) throw new Error("the message holds no calendar part");
  return {
    subject: mail.subject,
    from: mail.from?.value[0]?.address,
    replyTo: mail.replyTo?.value[0]?.address,
    text: mail.text,
    parts: [
      ...(mail.text ? ["text/plain"] : []),
      ...(mail.html ? ["text/html"] : []),
      ...mail.attachments.map((a) => {
        const params = a.headers.get("content-type")?.params ?? {};
        const method = params.method ? `; method=${params.method}` : "";
        return `${a.contentType}${method}${a.filename ? ` (${a.filename})` : ""}`;
      }),
    ],
    method: calendar.headers.get("content-type")?.params?.method,
    ics: calendar.content.toString("utf8"),
  };
}

/** The REPLY calendar for `attendee` answering `partStat` at `at`. */
export function replyCalendar(requestIcs, attendee, partStat, at) {
  const root = new ICAL.Component(ICAL.parse(requestIcs));
  root.updatePropertyWithValue("method", "REPLY");
  const event = root.getFirstSubcomponent("vevent");
  for (const property of event.getAllProperties("attendee")) {
    const address = String(property.getFirstValue())
      .replace(/^mailto:/i, "")
      .toLowerCase();
    if (address !== attendee.toLowerCase()) event.removeProperty(property);
    else {
      property.setParameter("partstat", partStat);
      property.removeParameter("rsvp");
    }
  }
  for (const alarm of event.getAllSubcomponents("valarm")) event.removeSubcomponent(alarm);
  event.updatePropertyWithValue(
    "dtstamp",
    ICAL.Time.fromDateTimeString(`${at.toISOString().slice(0, 19)}Z`),
  );
  return root.toString().replace(/\r?\n/g, "\r\n");
}

/** The reply e-mail: to the ORGANIZER, with the calendar as `text/calendar; method=REPLY`. */
export function replyMessage(invitation, attendee, partStat, at) {
  const ics = replyCalendar(invitation.ics, attendee, partStat, at);
  const organizer = ICAL.Component.fromString(ics)
    .getFirstSubcomponent("vevent")
    .getFirstPropertyValue("organizer")
    .replace(/^mailto:/i, "");
  const verb = { ACCEPTED: "Accepted", DECLINED: "Declined", TENTATIVE: "Tentative" }[partStat];
  return {
    from: attendee,
    to: organizer,
    subject: `${verb}: ${invitation.subject.replace(/^[^:]*: /, "")}`,
    text: `${verb}.`,
    date: at,
    icalEvent: { method: "REPLY", content: ics },
  };
}
