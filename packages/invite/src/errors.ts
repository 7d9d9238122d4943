// Errors thrown by @convening/invite. Every class extends @convening/core's `ConveningError`, so a
// caller catches `isConveningError(error)` and reads `code`, `path` and `value` whatever threw.
// Unparsed convenings are refused with core's `NotParsedError`; option problems that @convening/ical
// finds (an organizer without an e-mail) arrive as its own `CalendarOptionsError`.

import {
  ConveningError,
  describePath,
  describeValue,
  type ErrorPath,
  peekField,
  toErrorPath,
} from "@convening/core";

// Every constructor here builds its message from whatever it is handed without throwing (a
// revoked Proxy, a getter that throws, a symbol): core's describers never throw, options are
// read with peekField, and a clause that is not text is described, never coerced.
function clause(value: unknown): string {
  return typeof value === "string" ? value : describeValue(value);
}

/** A whole number for a message, or NaN for anything else (never coerced). */
function count(value: unknown): number {
  return typeof value === "number" ? value : Number.NaN;
}

/** The path for a message. */
function pathText(path: unknown): string {
  return describePath(path);
}

/** The value for a message: reading a hostile value (a throwing getter) must not hide the error. */
function valueText(value: unknown): string {
  try {
    return describeValue(value);
  } catch {
    return "an unreadable value";
  }
}

/**
 * Thrown when an argument or option of `invitationMessages`, `updateMessages`, `readReply` or
 * `applyReplies` is not what they document: no session named, an unknown session, a `from` that is
 * not an e-mail address.
 *
 * @example
 * ```ts
 * try {
 *   await invitationMessages(convening, { organizer, from: "not an address", sessionIds: ["opening"] });
 * } catch (error) {
 *   if (isInviteOptionsError(error)) console.log(error.code, error.path); // invalid_invite_option ["from"]
 * }
 * ```
 */
export class InviteOptionsError extends ConveningError {
  static override readonly errorName: string = "InviteOptionsError";
  declare readonly code: "invalid_invite_option";

  /**
   * @param path - the option at fault, e.g. `["sessionIds", 2]`.
   * @param value - what was given.
   * @param problem - what is wrong, as a clause.
   */
  constructor(path: ErrorPath, value: unknown, problem: string, options: { cause?: unknown } = {}) {
    super(`Invalid invitation option ${pathText(path)} = ${valueText(value)}: ${clause(problem)}`, {
      code: "invalid_invite_option",
      path,
      value,
      cause: peekField(options, "cause"),
    });
  }
}

/**
 * True for an `InviteOptionsError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * if (isInviteOptionsError(error)) response.status(400).send(error.message);
 * ```
 */
export function isInviteOptionsError(value: unknown): value is InviteOptionsError {
  return value instanceof InviteOptionsError;
}

/**
 * Thrown by `updateMessages` when a session or series changed but its SEQUENCE did not grow (or
 * went down). Calendars apply an update only when SEQUENCE grows (RFC 5546 §2.1.5) and only the
 * organiser may raise it, so an update sent without a higher one is silently ignored by every
 * registrant's calendar: raise the session's `sequence` (or the convening's) and call again.
 * `fields` names what changed.
 *
 * @example
 * ```ts
 * try {
 *   await updateMessages(before, after, { organizer, from });
 * } catch (error) {
 *   if (isSequenceNotRaisedError(error)) console.log(error.value, error.fields); // "opening" ["start", "end"]
 * }
 * ```
 */
export class SequenceNotRaisedError extends ConveningError {
  static override readonly errorName: string = "SequenceNotRaisedError";
  declare readonly code: "sequence_not_raised";
  /** The fields of the session or series that changed (`venue` for the room it refers to). */
  readonly fields: readonly string[];
  /** The SEQUENCE before and after the change (the session's plus the convening's). */
  readonly sequences: {
    /** The SEQUENCE the earlier version was sent with. */
    readonly before: number;
    /** The SEQUENCE the later version would be sent with: equal to or below `before`. */
    readonly after: number;
  };

  /**
   * @param path - the session or series in the later convening, e.g. `["after", "sessions", 0]`.
   * @param id - its id.
   * @param fields - what changed.
   * @param sequences - the SEQUENCE written before and after.
   */
  constructor(
    path: ErrorPath,
    id: string,
    fields: readonly string[],
    sequences: { before: number; after: number },
  ) {
    const before = count(peekField(sequences, "before"));
    const after = count(peekField(sequences, "after"));
    const went = after < before ? `went down from ${before} to ${after}` : `stayed at ${after}`;
    // The changed fields' names, as a path of keys (anything else in the list is left out).
    const changed = toErrorPath(fields).filter((f): f is string => typeof f === "string");
    const what =
      changed.length > 0
        ? `${changed.join(", ")} changed but its sequence ${went}`
        : `its sequence ${went}`;
    super(
      `${pathText(path)} ${valueText(id)}: ${what}; raise its sequence so calendars apply the update (RFC 5546 §2.1.5)`,
      { code: "sequence_not_raised", path, value: id },
    );
    this.fields = Object.freeze(changed);
    this.sequences = Object.freeze({ before, after });
  }
}

/**
 * True for a `SequenceNotRaisedError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * if (isSequenceNotRaisedError(error)) console.warn(`${error.value}: raise its sequence`);
 * ```
 */
export function isSequenceNotRaisedError(value: unknown): value is SequenceNotRaisedError {
  return value instanceof SequenceNotRaisedError;
}

/**
 * Thrown by `readReply` when the message holds no iTIP REPLY or COUNTER it can read: no calendar
 * part, text that is not iCalendar, an invitation (REQUEST) or cancellation forwarded back, or a
 * reply without the UID, ATTENDEE or PARTSTAT an answer needs (RFC 5546 §3.2.3). `value` is the
 * method found, when there is one.
 *
 * @example
 * ```ts
 * try {
 *   await readReply(raw);
 * } catch (error) {
 *   if (isReplyFormatError(error)) console.log(error.code, error.value); // invalid_reply "REQUEST"
 * }
 * ```
 */
export class ReplyFormatError extends ConveningError {
  static override readonly errorName: string = "ReplyFormatError";
  declare readonly code: "invalid_reply";

  /**
   * @param path - where in the reply, e.g. `["VEVENT", "ATTENDEE"]`; `[]` for the whole message.
   * @param value - the offending value (a method, a property value).
   * @param problem - what is wrong, as a clause.
   */
  constructor(path: ErrorPath, value: unknown, problem: string, options: { cause?: unknown } = {}) {
    const at = toErrorPath(path).length > 0 ? ` at ${pathText(path)}` : "";
    super(`Unreadable reply${at}: ${clause(problem)}`, {
      code: "invalid_reply",
      path,
      value,
      cause: peekField(options, "cause"),
    });
  }
}

/**
 * True for a `ReplyFormatError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * if (isReplyFormatError(error)) return; // not an answer to one of our invitations
 * ```
 */
export function isReplyFormatError(value: unknown): value is ReplyFormatError {
  return value instanceof ReplyFormatError;
}

/**
 * Why `applyReplies` refused a reply.
 *
 * @example
 * ```ts
 * const why: ReplyRefusal = "reply_sender_mismatch";
 * ```
 */
export type ReplyRefusal = "reply_sender_mismatch" | "reply_not_registered";

/**
 * Thrown by `applyReplies` when a reply may not change a registration, and nothing is applied:
 * - `reply_sender_mismatch`: the attendee who answers is not the envelope sender, or answers
 *   through someone else (SENT-BY). No one may answer for someone else.
 * - `reply_not_registered`: the attendee is not an active registrant of the event answered (or the
 *   event is not one of the convening's sessions or series).
 * `path` is the reply's place in the list (`["replies", 3, "attendee"]`), `value` the attendee.
 *
 * @example
 * ```ts
 * try {
 *   applyReplies(registrations, [reply], { convening, from: envelopeSender });
 * } catch (error) {
 *   if (isReplyRefusedError(error)) console.warn(error.code, error.value); // reply_sender_mismatch "amina@example.org"
 * }
 * ```
 */
export class ReplyRefusedError extends ConveningError {
  static override readonly errorName: string = "ReplyRefusedError";
  declare readonly code: ReplyRefusal;

  /**
   * @param code - why.
   * @param path - the reply's field at fault, e.g. `["replies", 0, "attendee"]`.
   * @param value - the attendee (or UID) refused.
   * @param problem - what is wrong, as a clause.
   */
  constructor(code: ReplyRefusal, path: ErrorPath, value: unknown, problem: string) {
    super(`Reply refused at ${pathText(path)} (${valueText(value)}): ${clause(problem)}`, {
      code,
      path,
      value,
    });
  }
}

/**
 * True for a `ReplyRefusedError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * if (isReplyRefusedError(error) && error.code === "reply_sender_mismatch") alertSecurityTeam(error);
 * ```
 */
export function isReplyRefusedError(value: unknown): value is ReplyRefusedError {
  return value instanceof ReplyRefusedError;
}
