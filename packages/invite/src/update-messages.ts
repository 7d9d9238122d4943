import { requireParsed } from "@convening/core";
import type { Convening, Registration } from "@convening/schema";
import { buildMessage, MessageMemo, withRawBytes } from "./build-message.js";
import { type InviteIndex, inviteIndex, type Target } from "./convening-index.js";
import { InviteOptionsError, SequenceNotRaisedError } from "./errors.js";
import { changedFields, effectiveSequence, isCancelled } from "./event-changes.js";
import type { MessageBatch } from "./invitation-messages.js";
import {
  checkRegistrations,
  guards,
  type MessageOptions,
  readOptionKeys,
  resolveMessageOptions,
} from "./invite-options.js";
import type { MessageKind } from "./message-text.js";
import {
  groupRegistrations,
  type Recipient,
  type RegistrationsByTarget,
  recipientsFor,
  type SkippedRecipient,
} from "./recipients.js";

/**
 * Options of {@link updateMessages}.
 *
 * @example
 * ```ts
 * const options: UpdateOptions = {
 *   organizer: { name: "Programme team", email: "programme@example.org" },
 *   from: "programme@example.org",
 *   registrations: { before: yesterday, after: today },
 * };
 * ```
 */
export interface UpdateOptions extends MessageOptions {
  /**
   * The registrations before and after the change. Default: each convening's own `registrations`.
   * A registration that became active (registered) is invited; one that was cancelled, waitlisted
   * or removed gets a CANCEL.
   */
  readonly registrations?: {
    /** The registrations the earlier messages were sent to. Default: `before.registrations`. */
    readonly before?: readonly Registration[];
    /** The registrations as they are now. Default: `after.registrations`. */
    readonly after?: readonly Registration[];
  };
}

/**
 * A registrant who needs no message: their calendar already holds the event as it is.
 *
 * @example
 * ```ts
 * const quiet = unchanged.map((u: UnchangedRecipient) => `${u.memberId} on ${u.target}`);
 * ```
 */
export interface UnchangedRecipient {
  /** The registrant's member id. */
  readonly memberId: string;
  /** The session or series id. */
  readonly target: string;
}

/**
 * What {@link updateMessages} returns.
 *
 * @example
 * ```ts
 * const { messages, unchanged }: UpdateBatch = await updateMessages(before, after, options);
 * ```
 */
export interface UpdateBatch extends MessageBatch {
  /** Who gets nothing, per session or series. */
  readonly unchanged: readonly UnchangedRecipient[];
}

const KNOWN = new Set(["organizer", "from", "audience", "domain", "date", "registrations"]);

/** One side of the comparison: a convening with its lookups and registrations. */
interface Side {
  readonly convening: Convening;
  readonly index: InviteIndex;
  readonly registrations: RegistrationsByTarget;
}

interface Send {
  readonly side: Side;
  readonly target: Target;
  readonly recipient: Recipient;
  readonly method: "REQUEST" | "CANCEL";
  readonly kind: MessageKind;
}

function side(
  convening: Convening,
  given: readonly Registration[] | undefined,
  path: string[],
): Side {
  return {
    convening,
    index: inviteIndex(convening),
    registrations: groupRegistrations(
      given === undefined ? convening.registrations : checkRegistrations(given, path),
    ),
  };
}

/** The targets to compare, in the later convening's order, then those only the earlier one has. */
function pairs(before: Side, after: Side): [Target | undefined, Target | undefined][] {
  const out: [Target | undefined, Target | undefined][] = [];
  for (const a of after.index.targets.values()) {
    const b = before.index.targets.get(a.item.id);
    if (b !== undefined && b.kind === a.kind) out.push([b, a]);
    else {
      if (b !== undefined) out.push([b, undefined]);
      out.push([undefined, a]);
    }
  }
  for (const b of before.index.targets.values()) {
    if (!after.index.targets.has(b.item.id)) out.push([b, undefined]);
  }
  return out;
}

/**
 * The messages that bring every registrant's calendar from `before` to `after`, two parsed versions
 * of one convening, session by session and series by series:
 *
 * - a session that changed (and whose SEQUENCE grew) is sent again as a REQUEST to everyone
 *   registered for it, so their calendars move it; a new session is sent to its registrants;
 * - a session cancelled (status `cancelled`, or the whole convening) or removed gets a CANCEL to
 *   everyone who had it, and a registration that was cancelled, waitlisted or removed gets a
 *   CANCEL naming only that registrant (RFC 5546 §3.2.5); a new registration gets a REQUEST;
 * - everyone else gets nothing, and is listed in `unchanged`.
 *
 * SEQUENCE only grows: calendars ignore an update whose SEQUENCE did not (RFC 5546 §2.1.5), so a
 * session or series that changed without a higher `sequence` (its own plus the convening's) throws
 * {@link SequenceNotRaisedError} naming it and the fields that changed, and so does a sequence that
 * went down. A CANCEL for a removed session or registrant carries its last SEQUENCE.
 *
 * @throws {SequenceNotRaisedError} for a change without a higher sequence.
 * @throws {NotParsedError} when a convening did not come from `parseConvening`.
 * @throws {InviteOptionsError} for options that are not what is documented, or two convenings
 *   with different ids.
 * @example
 * ```ts
 * import { updateMessages } from "@convening/invite";
 *
 * doc.sessions[0].start = "2021-03-23T12:20:00-04:00";
 * doc.sessions[0].end = "2021-03-23T13:05:00-04:00";
 * doc.sessions[0].sequence = 1;
 * const { messages, unchanged } = await updateMessages(before, parseConvening(doc), {
 *   organizer: { name: "Programme team", email: "programme@example.org" },
 *   from: "programme@example.org",
 * });
 * for (const m of messages) await transporter.sendMail(m.message);
 * ```
 */
export async function updateMessages(
  before: Convening,
  after: Convening,
  options: UpdateOptions,
): Promise<UpdateBatch> {
  requireParsed(before, "convening", "updateMessages", ["before"]);
  requireParsed(after, "convening", "updateMessages", ["after"]);
  options = readOptionKeys(options, KNOWN, "updateMessages") as unknown as UpdateOptions;
  if (before.id !== after.id) {
    throw new InviteOptionsError(
      ["after", "id"],
      after.id,
      `is not the id of the earlier version (${before.id})`,
    );
  }
  const resolved = resolveMessageOptions(options);
  const given =
    options.registrations === undefined
      ? undefined
      : (guards.fields(
          options.registrations,
          ["registrations"],
          ["before", "after"],
          "must be { before, after }",
        ) as { before?: readonly Registration[]; after?: readonly Registration[] });
  const b = side(before, given?.before, ["registrations", "before"]);
  const a = side(after, given?.after, ["registrations", "after"]);

  const sends: Send[] = [];
  const unchanged: UnchangedRecipient[] = [];
  const skipped = new Map<string, SkippedRecipient>();
  const recipients = (s: Side, target: Target) => {
    const found: SkippedRecipient[] = [];
    const list = recipientsFor(target.item.id, s.convening, s.index, s.registrations, found);
    for (const x of found) skipped.set(`${x.target}\u0000${x.memberId}`, x);
    return new Map(list.map((r) => [r.member.id, r]));
  };

  for (const [tb, ta] of pairs(b, a)) {
    const liveB = tb !== undefined && !isCancelled(tb, before);
    const liveA = ta !== undefined && !isCancelled(ta, after);
    const rB = tb === undefined ? new Map<string, Recipient>() : recipients(b, tb);
    const rA = ta === undefined ? new Map<string, Recipient>() : recipients(a, ta);
    const cancelTo = (recipient: Recipient, s: Side, target: Target) =>
      sends.push({ side: s, target, recipient, method: "CANCEL", kind: "cancellation" });
    const requestTo = (recipient: Recipient, kind: MessageKind) =>
      sends.push({ side: a, target: ta!, recipient, method: "REQUEST", kind });

    let raised = false;
    if (tb !== undefined && ta !== undefined) {
      const seqB = effectiveSequence(tb, before);
      const seqA = effectiveSequence(ta, after);
      const fields = changedFields(tb, ta, before, after, b.index, a.index);
      if (seqA < seqB || (fields.length > 0 && seqA === seqB)) {
        throw new SequenceNotRaisedError(["after", ta.kind, ta.index], ta.item.id, fields, {
          before: seqB,
          after: seqA,
        });
      }
      raised = seqA > seqB;
    }

    if (liveA && !liveB) {
      // New, or back from a cancellation: a first invitation for everyone registered.
      for (const r of rA.values()) requestTo(r, "invitation");
    } else if (liveB && !liveA) {
      // Cancelled or removed: everyone who had it, from the version that still describes it.
      for (const r of rA.values()) cancelTo(r, a, ta!);
      for (const [id, r] of rB) if (ta === undefined || !rA.has(id)) cancelTo(r, b, tb!);
    } else if (liveA && liveB) {
      for (const [id, r] of rA) {
        if (!rB.has(id)) requestTo(r, "invitation");
        else if (raised) requestTo(r, "update");
        else unchanged.push({ memberId: id, target: ta!.item.id });
      }
      // A registrant who left: a CANCEL naming only them, leaving everyone else's event alone.
      for (const [id, r] of rB) if (!rA.has(id)) cancelTo(r, b, tb!);
    }
  }

  const memos = new Map<Side, MessageMemo>([
    [a, new MessageMemo()],
    [b, new MessageMemo()],
  ]);
  const messages = sends.map((s) =>
    buildMessage(
      s.side.convening,
      s.target,
      s.recipient,
      s.method,
      s.kind,
      resolved,
      memos.get(s.side)!,
    ),
  );
  return { messages: await withRawBytes(messages), skipped: [...skipped.values()], unchanged };
}
