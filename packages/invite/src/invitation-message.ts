import type { SendMailOptions } from "nodemailer";
import type { MessageKind } from "./message-text.js";

/**
 * One iMIP message (RFC 6047) for one recipient and one session or series: its calendar names the
 * organizer and this recipient only. Send `message` with any nodemailer transport, or `raw` (the
 * RFC 5322 bytes) with anything that sends mail.
 *
 * @example
 * ```ts
 * for (const m of messages) await transporter.sendMail(m.message);
 * // or, with any mail API that takes raw bytes:
 * for (const m of messages) await sendRaw({ to: m.to, bytes: m.raw });
 * ```
 */
export interface InvitationMessage {
  /** The iTIP method: `REQUEST` invites or updates, `CANCEL` calls off. */
  readonly method: "REQUEST" | "CANCEL";
  /** What the text says it is: a first invitation, an update, or a cancellation. */
  readonly kind: MessageKind;
  /** The recipient's member id. */
  readonly memberId: string;
  /** The recipient's address. */
  readonly to: string;
  /** The session or series id. */
  readonly target: string;
  /** The event's UID, which every reply carries back. */
  readonly uid: string;
  /** The SEQUENCE written (the session's or series' own plus the convening's). */
  readonly sequence: number;
  /** The calendar (METHOD:REQUEST or CANCEL, one UID), also inside the message. */
  readonly ics: string;
  /** The message for nodemailer's `transporter.sendMail(message)`. */
  readonly message: SendMailOptions;
  /** The message as RFC 5322 bytes, built by nodemailer's MIME composer. */
  readonly raw: Uint8Array;
}
