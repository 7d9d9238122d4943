import { toICS } from "@convening/ical";
import type { Convening } from "@convening/schema";
import { type CalendarFacts, calendarFacts } from "./calendar-facts.js";
import { mailOptions, rawMessage } from "./compose-message.js";
import type { Target } from "./convening-index.js";
import type { InvitationMessage } from "./invitation-message.js";
import type { ResolvedMessageOptions } from "./invite-options.js";
import { type MessageKind, messageText } from "./message-text.js";
import type { Recipient } from "./recipients.js";
import { meetingTimes, readerZones, whenFor } from "./when-lines.js";

/**
 * What the messages of one call share per session or series and per reader: the event's facts
 * (read back once per audience and language, since only the ATTENDEE line differs between two
 * recipients' calendars) and its meeting times. Lives for one call only.
 */
export class MessageMemo {
  readonly #facts = new Map<string, CalendarFacts>();
  readonly #times = new Map<Target, { start: string; end: string }[]>();

  facts(key: string, ics: string): CalendarFacts {
    let facts = this.#facts.get(key);
    if (facts === undefined) {
      facts = calendarFacts(ics);
      this.#facts.set(key, facts);
    }
    return facts;
  }

  times(target: Target): { start: string; end: string }[] {
    let times = this.#times.get(target);
    if (times === undefined) {
      times = meetingTimes(target);
      this.#times.set(target, times);
    }
    return times;
  }
}

/**
 * One iMIP message: the recipient's own calendar for one session or series (one UID, RFC 5546
 * §1.5), written by @convening/ical with only the organizer and this recipient named, and the
 * e-mail around it.
 */
export function buildMessage(
  convening: Convening,
  target: Target,
  recipient: Recipient,
  method: "REQUEST" | "CANCEL",
  kind: MessageKind,
  options: ResolvedMessageOptions,
  memo: MessageMemo,
): Omit<InvitationMessage, "raw"> {
  const { member, registration } = recipient;
  const audience = options.audience({ member, registration, target: target.item.id });
  const language = member.languages.length > 0 ? member.languages : undefined;
  const ics = toICS(convening, {
    method,
    organizer: options.organizer,
    attendees: [member.id],
    only: [target.item.id],
    audience,
    ...(options.domain === undefined ? {} : { domain: options.domain }),
    ...(language === undefined ? {} : { language }),
  });
  const facts = memo.facts(
    `${target.kind}|${target.item.id}|${method}|${audience}|${language?.join(",") ?? ""}`,
    ics,
  );
  const when = whenFor(
    memo.times(target),
    readerZones(member, convening, target.item.timeZone),
    target.kind === "series",
    member.timeZone !== undefined,
  );
  const message = mailOptions({
    from: options.from,
    to: { name: member.name, address: member.email! },
    replyTo: { name: options.organizer.name, address: options.organizer.email },
    method,
    ics,
    text: messageText(kind, facts, when, options.organizer),
    date: options.date,
  });
  return {
    method,
    kind,
    memberId: member.id,
    to: member.email!,
    target: target.item.id,
    uid: facts.uid,
    sequence: facts.sequence,
    ics,
    message,
  };
}

// MailComposer streams each message through several transforms; a few in flight at once keep the
// CPU busy while one waits on the next tick, without holding every half-built message at once.
const IN_FLIGHT = 16;

/** The messages with their RFC 5322 bytes, built a few at a time, in the order given. */
export async function withRawBytes(
  messages: readonly Omit<InvitationMessage, "raw">[],
): Promise<InvitationMessage[]> {
  const out: InvitationMessage[] = new Array(messages.length);
  let next = 0;
  const worker = async () => {
    while (next < messages.length) {
      const i = next++;
      const m = messages[i]!;
      out[i] = { ...m, raw: await rawMessage(m.message) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, messages.length) }, worker));
  return out;
}
