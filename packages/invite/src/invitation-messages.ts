import { requireParsed } from "@convening/core";
import type { Convening, Registration } from "@convening/schema";
import { buildMessage, MessageMemo, withRawBytes } from "./build-message.js";
import { inviteIndex, type Target } from "./convening-index.js";
import { InviteOptionsError } from "./errors.js";
import type { InvitationMessage } from "./invitation-message.js";
import {
  checkRegistrations,
  guards,
  type MessageOptions,
  readOptionKeys,
  resolveMessageOptions,
} from "./invite-options.js";
import { groupRegistrations, recipientsFor, type SkippedRecipient } from "./recipients.js";

/**
 * Options of {@link invitationMessages}.
 *
 * @example
 * ```ts
 * const options: InvitationOptions = {
 *   sessionIds: ["power-of-a-story"],
 *   organizer: { name: "Programme team", email: "programme@example.org" },
 *   from: "programme@example.org",
 * };
 * ```
 */
export interface InvitationOptions extends MessageOptions {
  /** The sessions to invite to, by id. At least one session or series is needed. */
  readonly sessionIds?: readonly string[];
  /** The series to invite to (one invitation covers every meeting), by id. */
  readonly seriesIds?: readonly string[];
  /**
   * Who is invited: every registration with status `registered` (or `attended`) for the session,
   * or for the whole convening. Default: the convening's own `registrations`.
   */
  readonly registrations?: readonly Registration[];
}

/**
 * What {@link invitationMessages} and `updateMessages` return.
 *
 * @example
 * ```ts
 * const { messages, skipped }: MessageBatch = await invitationMessages(convening, options);
 * for (const s of skipped) console.warn(`${s.memberId}: ${s.reason}`);
 * ```
 */
export interface MessageBatch {
  /** One message per recipient per session or series, in the order of the ids, then of the registrations. */
  readonly messages: readonly InvitationMessage[];
  /** Registrants who could not be sent one (no e-mail address), with the reason. */
  readonly skipped: readonly SkippedRecipient[];
}

const KNOWN = new Set([
  "organizer",
  "from",
  "audience",
  "domain",
  "date",
  "sessionIds",
  "seriesIds",
  "registrations",
]);

function targetsOf(convening: Convening, options: InvitationOptions): Target[] {
  const index = inviteIndex(convening);
  const out: Target[] = [];
  const seen = new Set<string>();
  for (const [key, kind] of [
    ["sessionIds", "sessions"],
    ["seriesIds", "series"],
  ] as const) {
    if (options[key] === undefined) continue;
    const ids = guards.array(options[key], [key], "must be an array of ids");
    ids.forEach((id: unknown, i: number) => {
      const target = typeof id === "string" ? index.targets.get(id) : undefined;
      if (target === undefined || target.kind !== kind) {
        throw new InviteOptionsError(
          [key, i],
          id,
          `is not the id of a ${kind === "sessions" ? "session" : "series"} of convening ${convening.id}`,
        );
      }
      if (target.item.status === "cancelled" || convening.status === "cancelled") {
        throw new InviteOptionsError(
          [key, i],
          id,
          "is cancelled: an invitation cannot carry it (RFC 5546 §3.2.2); updateMessages sends its CANCEL",
        );
      }
      if (!seen.has(target.item.id)) out.push(target);
      seen.add(target.item.id);
    });
  }
  if (out.length === 0) {
    throw new InviteOptionsError(
      ["sessionIds"],
      options.sessionIds,
      "name at least one session (sessionIds) or series (seriesIds) to invite to",
    );
  }
  return out;
}

/**
 * The invitations for some sessions or series of a parsed convening: one RFC 6047 iMIP message per
 * registrant per session or series (an iTIP object carries one UID, RFC 5546 §1.5). Each message's
 * calendar (`METHOD:REQUEST`) names the organizer and that registrant only, asked to answer
 * (`PARTSTAT=NEEDS-ACTION;RSVP=TRUE`), so no one learns who else was invited. The text parts give
 * the time in the registrant's own zone and in the convening's display zones, and the place and
 * description as the registrant's calendar has them: a join link marked `public: false` only for
 * an audience allowed to see it.
 *
 * Every message is returned twice: as a nodemailer message (`transporter.sendMail(m.message)`)
 * and as RFC 5322 bytes (`m.raw`). Registrants without an e-mail address are listed in `skipped`.
 *
 * @throws {NotParsedError} when the convening did not come from `parseConvening`.
 * @throws {InviteOptionsError} for an unknown or cancelled session, no session named, a bad `from`.
 * @throws {CalendarOptionsError} (from @convening/ical) for a bad organizer or domain.
 * @example
 * ```ts
 * import { invitationMessages } from "@convening/invite";
 * import { parseConvening } from "@convening/schema";
 * import nodemailer from "nodemailer";
 *
 * const convening = parseConvening(doc);
 * const { messages } = await invitationMessages(convening, {
 *   sessionIds: ["power-of-a-story"],
 *   organizer: { name: "Programme team", email: "programme@example.org" },
 *   from: "programme@example.org",
 * });
 * const transporter = nodemailer.createTransport({ host: "smtp.example.org", port: 587 });
 * for (const m of messages) await transporter.sendMail(m.message);
 * ```
 */
export async function invitationMessages(
  convening: Convening,
  options: InvitationOptions,
): Promise<MessageBatch> {
  requireParsed(convening, "convening", "invitationMessages", ["convening"]);
  options = readOptionKeys(options, KNOWN, "invitationMessages") as unknown as InvitationOptions;
  const resolved = resolveMessageOptions(options);
  const targets = targetsOf(convening, options);
  const registrations =
    options.registrations === undefined
      ? convening.registrations
      : checkRegistrations(options.registrations, ["registrations"]);
  const grouped = groupRegistrations(registrations);
  const index = inviteIndex(convening);
  const memo = new MessageMemo();
  const skipped: SkippedRecipient[] = [];
  const messages: Omit<InvitationMessage, "raw">[] = [];
  for (const target of targets) {
    for (const recipient of recipientsFor(target.item.id, convening, index, grouped, skipped)) {
      messages.push(
        buildMessage(convening, target, recipient, "REQUEST", "invitation", resolved, memo),
      );
    }
  }
  return { messages: await withRawBytes(messages), skipped };
}
