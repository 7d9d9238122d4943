import type { SendMailOptions } from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";
import type { MessageText } from "./message-text.js";

/**
 * A mailbox: an address with the name people see.
 *
 * @example
 * ```ts
 * const from: Mailbox = { name: "Programme team", address: "programme@example.org" };
 * ```
 */
export interface Mailbox {
  /**
   * The display name (`"Programme team"`): one line of text, at most 500 characters; nodemailer
   * encodes it (RFC 2047) when it is not ASCII. Absent: the bare address is written.
   */
  readonly name?: string;
  /** The e-mail address (`programme@example.org`), without angle brackets or `mailto:`. */
  readonly address: string;
}

/** What one iMIP message is built from. */
export interface MessageParts {
  readonly from: Mailbox;
  readonly to: Mailbox;
  readonly replyTo: Mailbox;
  readonly method: "REQUEST" | "CANCEL";
  readonly ics: string;
  readonly text: MessageText;
  readonly date: Date | undefined;
}

/**
 * The nodemailer message of an RFC 6047 iMIP message. nodemailer's `icalEvent` builds the structure
 * calendar clients look for: `multipart/mixed` holding `multipart/alternative` (text/plain,
 * text/html, then `text/calendar; method=…`, the part that gets Accept/Decline buttons: RFC 6047
 * §2.4 wants the method parameter to equal the calendar's METHOD) and the same calendar again as
 * an `invite.ics` attachment, for clients that only import attachments. Invitations that arrive
 * without buttons mostly lack that method parameter or put the calendar only in an attachment
 * (ical-generator #83, PHPMailer #175).
 */
export function mailOptions(parts: MessageParts): SendMailOptions {
  return {
    from: mailbox(parts.from),
    to: mailbox(parts.to),
    // Clients send the REPLY to the ORGANIZER (RFC 6047 §3); Reply-To sends a person's own e-mail
    // answer there too, when the sender is a no-reply address.
    replyTo: mailbox(parts.replyTo),
    subject: parts.text.subject,
    text: parts.text.text,
    html: parts.text.html,
    icalEvent: { method: parts.method, content: parts.ics, filename: "invite.ics" },
    ...(parts.date === undefined ? {} : { date: parts.date }),
  };
}

function mailbox(m: Mailbox): { name: string; address: string } | string {
  return m.name === undefined ? m.address : { name: m.name, address: m.address };
}

/** The RFC 5322 bytes of a message, built by nodemailer's MIME composer (the same a transport sends). */
export async function rawMessage(options: SendMailOptions): Promise<Uint8Array> {
  const buffer: Buffer = await new MailComposer(options).compile().build();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
