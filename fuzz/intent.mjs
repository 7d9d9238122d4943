// What a calendar means to say, taken from the ical-generator model toCalendar builds (before any
// text is escaped or folded) and from the input document. Readers are held to this.

import { localize } from "@convening/core";
import { decodeParam, parseContentLine } from "./strict-ics.mjs";

/**
 * RFC 5545 TEXT has one line-break escape (§3.3.11): CRLF from a textarea is read back as LF.
 * This is the documented normalisation of text (packages/ical, hostile-text.test.ts).
 */
export const lf = (s) => (s === null || s === undefined ? s : s.replace(/\r\n|\r/g, "\n"));

/** The values of a localized text: the string, or every language's text. */
export function textValues(text) {
  if (text === undefined) return [];
  return typeof text === "string" ? [text] : Object.values(text);
}

/** `2021-03-23T15:20:00Z`: an instant to the second, as every reader reports it. */
function isoSeconds(ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

function extraLine(event, name) {
  return event.extraLines
    .map((l) => parseContentLine(l.replace(/\r\n$/, "")))
    .filter((p) => typeof p !== "string" && p.name === name);
}

/** The session a VEVENT was written for, by its UID (`<session id>@<domain>`). */
function sessionOf(uid, sessions) {
  return sessions.get(uid.slice(0, uid.indexOf("@")));
}

/**
 * The intended reading of a calendar: one entry per VEVENT in writing order, with the text as
 * the model holds it (line breaks as LF) and, for sessions, the instants of the document.
 */
export function intentOf(calendar, convening) {
  const sessions = new Map(convening.sessions.map((s) => [s.id, s]));
  return calendar.events().map((e) => {
    const session = sessionOf(e.id(), sessions);
    const summary = e.summary();
    return {
      uid: e.id(),
      summary: lf(summary),
      description: lf(e.description()?.plain ?? null),
      location: lf(e.location()?.title ?? null),
      categories: e.categories().map((c) => c.name()),
      url: extraLine(e, "URL")[0]?.value ?? null,
      organizerCn: e.organizer()?.name ?? null,
      organizerAddress: e.organizer()?.email ?? null,
      attendeeCns: e.attendees().map((a) => a.name()),
      attendeeAddresses: e.attendees().map((a) => a.email()),
      conferenceLabels: extraLine(e, "CONFERENCE").map((p) => {
        const label = p.params.find(([n]) => n === "LABEL");
        return label === undefined ? null : decodeParam(label[1].join(","));
      }),
      // ical-generator gives a display alarm the event's summary when it has no text of its own.
      alarmDescriptions: e.alarms().map((a) => lf(a.description() ?? summary)),
      start: session ? isoSeconds(Date.parse(session.start)) : undefined,
      end: session ? isoSeconds(Date.parse(session.end)) : undefined,
    };
  });
}

/** Backslashes in parameter values are written as U+FF3C (packages/ical content-line.ts paramText). */
const asParam = (s) => s.replace(/\\/g, "\uff3c");

/** The languages toICS writes in: the language option, else the convening's (calendar-options.ts). */
function languagesOf(convening, options) {
  const given = options.language;
  if (given === undefined) return convening.languages;
  return typeof given === "string" ? [given] : given;
}

/**
 * Where the model's text strays from the document's: a session's SUMMARY is its title in the
 * calendar's language, its DESCRIPTION holds its own description (unless that is white space
 * alone, which is not written), and each ATTENDEE's CN is a member's name.
 */
export function linkageProblems(intent, convening, options) {
  const languages = languagesOf(convening, options);
  const sessions = new Map(convening.sessions.map((s) => [s.id, s]));
  const names = new Set(convening.people.map((p) => asParam(p.name)));
  const problems = [];
  for (const event of intent) {
    const session = sessionOf(event.uid, sessions);
    if (session === undefined) continue;
    if (event.summary !== localize(session.title, languages))
      problems.push(`${event.uid}: SUMMARY is not the session's title`);
    const own = lf(localize(session.description, languages));
    if (own !== undefined && /\S/.test(own) && !(event.description ?? "").includes(own))
      problems.push(`${event.uid}: DESCRIPTION does not hold the session's description`);
    for (const cn of event.attendeeCns)
      if (!names.has(cn))
        problems.push(`${event.uid}: ATTENDEE CN ${JSON.stringify(cn)} is no member's name`);
  }
  return problems;
}
