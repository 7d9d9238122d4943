import { requireParsed } from "@convening/core";
import {
  type Convening,
  type Registration,
  type RegistrationReply,
  RegistrationReplySchema,
} from "@convening/schema";
import { inviteIndex, type Target } from "./convening-index.js";
import { InviteOptionsError, ReplyRefusedError } from "./errors.js";
import { guards, plainRecord, readOptionKeys } from "./invite-options.js";
import { mailAddress } from "./mail-address.js";
import type { Reply } from "./read-reply.js";
import { ACTIVE_STATUSES } from "./recipients.js";

/**
 * Options of {@link applyReplies}.
 *
 * @example
 * ```ts
 * const options: ApplyRepliesOptions = { convening, from: session.envelope.mailFrom.address };
 * ```
 */
export interface ApplyRepliesOptions {
  /** The parsed convening the invitations were for: its sessions, series and members. */
  readonly convening: Convening;
  /**
   * The address the replies arrived from: the envelope sender (SMTP MAIL FROM) or the address
   * your mail system authenticated (SPF, DKIM). Every reply must be that attendee's own.
   */
  readonly from: string;
  /** The right-hand side of the UIDs, as given to `invitationMessages`. Default as there. */
  readonly domain?: string;
}

/**
 * A COUNTER for the organiser to read: never applied, since only the organiser changes an event.
 *
 * @example
 * ```ts
 * for (const { memberId, target, reply } of counters) {
 *   console.log(`${memberId} proposes ${reply.counter?.start} for ${target}: ${reply.comment ?? ""}`);
 * }
 * ```
 */
export interface CounterForOrganizer {
  /** The COUNTER as read: what it proposes in `counter`, the attendee's words in `comment`. */
  readonly reply: Reply;
  /** The member who proposed it: the registrant whose e-mail matched the reply's attendee. */
  readonly memberId: string;
  /** The session or series id. */
  readonly target: string;
}

/**
 * What {@link applyReplies} returns.
 *
 * @example
 * ```ts
 * const { registrations, counters, stale }: AppliedReplies = applyReplies(list, [reply], options);
 * ```
 */
export interface AppliedReplies {
  /**
   * The registrations with the answers recorded, in the order given; unchanged ones are the same
   * objects. A session answered by someone registered for the whole convening gets a registration
   * of its own, placed after theirs.
   */
  readonly registrations: Registration[];
  /** COUNTER proposals, for the organiser to accept (with a new REQUEST) or decline. */
  readonly counters: readonly CounterForOrganizer[];
  /** Answers about one occurrence of a series (RECURRENCE-ID), which a registration cannot hold. */
  readonly occurrenceReplies: readonly Reply[];
  /** Answers older than (or the same as) the one already recorded: a late duplicate, say. */
  readonly stale: readonly Reply[];
}

const KNOWN = new Set(["convening", "from", "domain"]);
const METHODS = new Set(["REPLY", "COUNTER"]);

/**
 * Order of answers (RFC 5546 §2.1.5): a higher SEQUENCE answers a later revision of the invitation;
 * at the same SEQUENCE the later DTSTAMP is the later answer. Two answers equal on both are ordered
 * by their content, so that whichever arrives last the same one is kept.
 */
function compareAnswers(a: RegistrationReply, b: RegistrationReply): number {
  if (a.sequence !== b.sequence) return a.sequence - b.sequence;
  const time = Date.parse(a.dtstamp) - Date.parse(b.dtstamp);
  if (time !== 0) return time;
  const ka = `${a.partStatus}\u0000${a.comment ?? ""}`;
  const kb = `${b.partStatus}\u0000${b.comment ?? ""}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function fail(path: (string | number)[], value: unknown, problem: string): never {
  throw new InviteOptionsError(path, value, problem);
}

/** A reply given to applyReplies: what readReply returns, checked again since anyone can build one. */
function checkReply(value: unknown, i: number): Reply & { address: string } {
  if (typeof value !== "object" || value === null) fail(["replies", i], value, "must be a reply");
  const r = value as Partial<Reply>;
  if (!METHODS.has(r.method as string))
    fail(["replies", i, "method"], r.method, "must be REPLY or COUNTER");
  if (typeof r.uid !== "string" || r.uid === "")
    fail(["replies", i, "uid"], r.uid, "must be a UID");
  // Compared and sorted before the schema sees them: plain values only, never coerced.
  if (typeof r.sequence !== "number" || !Number.isInteger(r.sequence))
    fail(["replies", i, "sequence"], r.sequence, "must be a whole number");
  if (typeof r.dtstamp !== "string")
    fail(["replies", i, "dtstamp"], r.dtstamp, "must be a UTC date-time");
  if (r.comment !== undefined && typeof r.comment !== "string")
    fail(["replies", i, "comment"], r.comment, "must be text");
  const address = mailAddress(r.attendee);
  if (address === undefined) {
    fail(["replies", i, "attendee"], r.attendee, "must be an e-mail address");
  }
  return { ...(r as Reply), address };
}

/** The answer a registration keeps, validated like a document's. */
function answerOf(reply: Reply, i: number): RegistrationReply {
  let answer: ReturnType<typeof RegistrationReplySchema.safeParse>;
  try {
    answer = RegistrationReplySchema.safeParse({
      partStatus: reply.partStatus,
      sequence: reply.sequence,
      dtstamp: reply.dtstamp,
      ...(reply.comment === undefined ? {} : { comment: reply.comment }),
    });
  } catch (cause) {
    // zod asks a value whether it is an array, which a revoked Proxy cannot answer.
    throw new InviteOptionsError(["replies", i], undefined, "could not be read", { cause });
  }
  if (!answer.success) {
    const issue = answer.error.issues[0]!;
    fail(
      ["replies", i, ...(issue.path as (string | number)[])],
      (issue as { input?: unknown }).input,
      issue.message,
    );
  }
  return answer.data;
}

/** The session or series a UID names, when it is `<id>@<domain>` of this convening. */
function targetOf(uid: string, convening: Convening, domain: string): Target | undefined {
  const at = uid.lastIndexOf("@");
  if (at <= 0 || uid.slice(at + 1).toLowerCase() !== domain) return undefined;
  return inviteIndex(convening).targets.get(uid.slice(0, at));
}

/** Where a reply is recorded: an existing registration, or a new one for the session. */
type Slot =
  | { readonly kind: "own"; readonly index: number }
  | { readonly kind: "derived"; readonly source: number; readonly target: string };

/**
 * Records attendees' answers (from {@link readReply}) on the registrations they answer for, as
 * `reply: { partStatus, sequence, dtstamp, comment }`, and returns the updated list.
 *
 * - No one answers for someone else: a reply whose attendee is not `from`, or that was sent by
 *   someone on the attendee's behalf (SENT-BY), is refused, and so is one from a person who is not
 *   an active registrant of the session or series answered. A refusal throws
 *   {@link ReplyRefusedError} and applies nothing.
 * - Idempotent and order-free: an answer replaces the recorded one only when it is later (higher
 *   SEQUENCE, then later DTSTAMP, RFC 5546 §2.1.5), so any order of delivery of a set of replies,
 *   and any number of repeats, gives the same registrations; a late stale reply is in `stale`.
 * - A COUNTER is never applied: it is returned in `counters` for the organiser. An answer about one
 *   occurrence of a series is returned in `occurrenceReplies`.
 *
 * An answer is recorded on the registration for the session itself; someone registered for the
 * whole convening who answers a session gets a registration for that session (status registered,
 * their needs), placed after their convening registration. Series answers are recorded on the
 * convening registration (registrations name a session or the convening, not a series). When
 * members share an address, the first of them registered is the one answering.
 *
 * @throws {ReplyRefusedError} `reply_sender_mismatch` or `reply_not_registered`.
 * @throws {InviteOptionsError} when an argument is not what is documented.
 * @throws {NotParsedError} when the convening did not come from `parseConvening`.
 * @example
 * ```ts
 * import { applyReplies, readReply } from "@convening/invite";
 *
 * const reply = await readReply(rawMessage);
 * const { registrations, counters } = applyReplies(convening.registrations, [reply], {
 *   convening,
 *   from: envelope.mailFrom.address,
 * });
 * registrations.find((r) => r.memberId === "amina")?.reply?.partStatus; // "accepted"
 * ```
 */
export function applyReplies(
  registrations: readonly Registration[],
  replies: readonly Reply[],
  options: ApplyRepliesOptions,
): AppliedReplies {
  options = readOptionKeys(options, KNOWN, "applyReplies") as unknown as ApplyRepliesOptions;
  const convening = requireParsed(options.convening, "convening", "applyReplies", ["convening"]);
  const from = mailAddress(options.from);
  if (from === undefined)
    fail(["from"], options.from, "must be the e-mail address the replies came from");
  if (options.domain !== undefined && typeof options.domain !== "string") {
    fail(["domain"], options.domain, "must be a host name");
  }
  // Plain copies, each field read once: a getter or Proxy is an error at its place, and the
  // registrations returned are built from what was checked.
  const given = guards.array(registrations, ["registrations"], "must be an array");
  registrations = given.map((r, i) =>
    plainRecord(r, ["registrations", i], "must be a registration"),
  ) as unknown as Registration[];
  replies = guards
    .array(replies, ["replies"], "must be an array of replies")
    .map((r, i) =>
      plainRecord(r, ["replies", i], "must be a reply from readReply"),
    ) as unknown as Reply[];
  const domain = (options.domain ?? inviteIndex(convening).domain).toLowerCase();
  const index = inviteIndex(convening);

  const byMember = new Map<string, number[]>();
  registrations.forEach((r, i) => {
    if (typeof r !== "object" || r === null || typeof r.memberId !== "string") {
      fail(["registrations", i], r, "must be a registration");
    }
    if (!ACTIVE_STATUSES.has(r.status)) return;
    const list = byMember.get(r.memberId);
    if (list === undefined) byMember.set(r.memberId, [i]);
    else list.push(i);
  });

  // Every reply is checked before any is applied: a refusal leaves the registrations untouched.
  const planned: { reply: Reply; slot: Slot; memberId: string; target: Target }[] = [];
  replies.forEach((value, i) => {
    const reply = checkReply(value, i);
    if (reply.address !== from) {
      throw new ReplyRefusedError(
        "reply_sender_mismatch",
        ["replies", i, "attendee"],
        reply.address,
        `the answer is for ${reply.address} but came from ${from}: no one may answer for someone else`,
      );
    }
    if (reply.sentBy !== undefined && mailAddress(reply.sentBy) !== reply.address) {
      throw new ReplyRefusedError(
        "reply_sender_mismatch",
        ["replies", i, "sentBy"],
        reply.sentBy,
        `${reply.sentBy} answers on behalf of ${reply.address} (SENT-BY): only the attendee may answer`,
      );
    }
    const target = targetOf(reply.uid, convening, domain);
    if (target === undefined) {
      throw new ReplyRefusedError(
        "reply_not_registered",
        ["replies", i, "uid"],
        reply.uid,
        `is not the UID of a session or series of convening ${convening.id} (domain ${domain})`,
      );
    }
    let found: { slot: Slot; memberId: string } | undefined;
    for (const memberId of index.membersByAddress.get(reply.address) ?? []) {
      const active = byMember.get(memberId) ?? [];
      const own = active.find((k) => registrations[k]!.target === target.item.id);
      if (own !== undefined) {
        found = { slot: { kind: "own", index: own }, memberId };
        break;
      }
      const whole = active.find((k) => registrations[k]!.target === convening.id);
      if (whole !== undefined) {
        found = {
          slot:
            target.kind === "series"
              ? { kind: "own", index: whole }
              : { kind: "derived", source: whole, target: target.item.id },
          memberId,
        };
        break;
      }
    }
    if (found === undefined) {
      throw new ReplyRefusedError(
        "reply_not_registered",
        ["replies", i, "attendee"],
        reply.address,
        `is not registered for ${target.item.id} (nor for the whole convening)`,
      );
    }
    if (reply.method === "REPLY" && reply.recurrenceId === undefined) answerOf(reply, i);
    planned.push({ reply, ...found, target });
  });

  const counters: CounterForOrganizer[] = [];
  const occurrenceReplies: Reply[] = [];
  const stale: Reply[] = [];
  // The latest answer per registration (or per new session registration), over this batch.
  const latest = new Map<string, { answer: RegistrationReply; reply: Reply; slot: Slot }>();
  planned.forEach(({ reply, slot, memberId, target }, i) => {
    const { address: _, ...plain } = reply as Reply & { address?: string };
    if (reply.method === "COUNTER") {
      counters.push({ reply: plain, memberId, target: target.item.id });
      return;
    }
    if (reply.recurrenceId !== undefined) {
      occurrenceReplies.push(plain);
      return;
    }
    const answer = answerOf(reply, i);
    const key = slot.kind === "own" ? `own:${slot.index}` : `new:${slot.source}:${slot.target}`;
    const recorded =
      latest.get(key)?.answer ??
      (slot.kind === "own" ? registrations[slot.index]!.reply : undefined);
    if (recorded !== undefined && compareAnswers(answer, recorded) <= 0) {
      stale.push(plain);
      return;
    }
    const previous = latest.get(key);
    if (previous !== undefined) stale.push(previous.reply);
    latest.set(key, { answer, reply: plain, slot });
  });

  return {
    registrations: merge(registrations, given as Registration[], latest, convening.id),
    counters,
    occurrenceReplies,
    stale,
  };
}

/**
 * The registrations with the answers in: updated copies in place, and each new session
 * registration after its source's run of that member's session registrations, before the first
 * whose target sorts after its own. The place depends only on the list and the target, so the
 * result does not depend on the order answers arrived in.
 */
function merge(
  registrations: readonly Registration[],
  /** The registrations as given: one no reply touched is returned as the same object. */
  given: readonly Registration[],
  latest: ReadonlyMap<string, { answer: RegistrationReply; slot: Slot }>,
  conveningId: string,
): Registration[] {
  const updated = new Map<number, RegistrationReply>();
  const derived = new Map<number, { target: string; answer: RegistrationReply }[]>();
  for (const { answer, slot } of latest.values()) {
    if (slot.kind === "own") updated.set(slot.index, answer);
    else {
      const list = derived.get(slot.source) ?? [];
      list.push({ target: slot.target, answer });
      derived.set(slot.source, list);
    }
  }
  const out: Registration[] = [];
  let pending:
    | { source: Registration; items: { target: string; answer: RegistrationReply }[] }
    | undefined;
  const flush = (before?: string) => {
    if (pending === undefined) return;
    while (
      pending.items.length > 0 &&
      (before === undefined || pending.items[0]!.target < before)
    ) {
      const { target, answer } = pending.items.shift()!;
      const { id: _id, registeredAt: _at, reply: _reply, ...rest } = pending.source;
      out.push({ ...rest, target, status: "registered", reply: answer });
    }
    if (pending.items.length === 0) pending = undefined;
  };
  registrations.forEach((r, i) => {
    if (pending !== undefined) {
      const inRun = r.memberId === pending.source.memberId && r.target !== conveningId;
      if (inRun) flush(r.target);
      else flush();
    }
    const answer = updated.get(i);
    // A registration no reply touched is returned as given, the same object.
    out.push(answer === undefined ? given[i]! : { ...r, reply: answer });
    const items = derived.get(i);
    if (items !== undefined) {
      flush();
      pending = { source: r, items: items.sort((a, b) => (a.target < b.target ? -1 : 1)) };
    }
  });
  flush();
  return out;
}
