// Errors thrown by @convening/ical. Every class extends @convening/core's `ConveningError`, so a
// caller catches `isConveningError(error)` and reads `code`, `path` and `value` whatever threw.
// Unparsed input is refused with core's `NotParsedError`; the classes here cover what only this
// package can judge: its options, the session asked for, iTIP rules, and UIDs across convenings.
// Only core is imported: calendarLinks and icsResponse throw these and must stay off zod.

import {
  ConveningError,
  describePath,
  describeValue,
  type ErrorPath,
  peekField,
} from "@convening/core";

// Every constructor here builds its message from whatever it is handed without throwing (a
// revoked Proxy, a getter that throws, a symbol): core's describers never throw, and options
// are read with peekField. A problem clause that is not text is described, never coerced.
function clause(problem: unknown): string {
  return typeof problem === "string" ? problem : describeValue(problem);
}

/**
 * Thrown when an option of `toCalendar`, `toICS`, `calendarLinks` or `icsResponse` is invalid:
 * a domain that is not a host name, an organizer without a usable e-mail, an unknown method.
 *
 * @example
 * ```ts
 * try {
 *   toICS(convening, { domain: "not a domain" });
 * } catch (error) {
 *   if (isCalendarOptionsError(error)) console.log(error.code, error.path); // invalid_calendar_option ["domain"]
 * }
 * ```
 */
export class CalendarOptionsError extends ConveningError {
  static override readonly errorName: string = "CalendarOptionsError";
  declare readonly code: "invalid_calendar_option";

  /**
   * @param path - the option at fault, e.g. `["organizer", "email"]`.
   * @param value - the value given for it.
   * @param problem - what is wrong, as a clause.
   */
  constructor(path: ErrorPath, value: unknown, problem: string, options: { cause?: unknown } = {}) {
    super(
      `Invalid calendar option ${describePath(path)} = ${describeValue(value)}: ${clause(problem)}`,
      {
        code: "invalid_calendar_option",
        path,
        value,
        cause: peekField(options, "cause"),
      },
    );
  }
}

/**
 * True for a `CalendarOptionsError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * if (isCalendarOptionsError(error)) response.status(400).send(error.message);
 * ```
 */
export function isCalendarOptionsError(value: unknown): value is CalendarOptionsError {
  return value instanceof CalendarOptionsError;
}

/**
 * Thrown by `calendarLinks` (and `toICS` with `only`) when the session asked for is not one of the
 * convening's sessions.
 *
 * @example
 * ```ts
 * try {
 *   calendarLinks("no-such-session", convening);
 * } catch (error) {
 *   if (isSessionNotFoundError(error)) console.log(error.code, error.value); // session_not_found "no-such-session"
 * }
 * ```
 */
export class SessionNotFoundError extends ConveningError {
  static override readonly errorName: string = "SessionNotFoundError";
  declare readonly code: "session_not_found";

  /**
   * @param id - the session id looked for.
   * @param conveningId - the convening it was looked for in.
   * @param options - `path`: the argument at fault (default `["session"]`); `cause`: what failed.
   */
  constructor(
    id: unknown,
    conveningId: string,
    options: { cause?: unknown; path?: ErrorPath } = {},
  ) {
    super(
      `Session ${describeValue(id)} is not a session of convening ${describeValue(conveningId)}`,
      {
        code: "session_not_found",
        path: (peekField(options, "path") ?? ["session"]) as ErrorPath,
        value: id,
        cause: peekField(options, "cause"),
      },
    );
  }
}

/**
 * True for a `SessionNotFoundError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * if (isSessionNotFoundError(error)) return new Response("No such session", { status: 404 });
 * ```
 */
export function isSessionNotFoundError(value: unknown): value is SessionNotFoundError {
  return value instanceof SessionNotFoundError;
}

/**
 * Thrown when a `REQUEST` or `CANCEL` calendar would break the rules of iTIP (RFC 5546 §3.2):
 * no ORGANIZER to reply to, or an invitation that invites nobody.
 *
 * @example
 * ```ts
 * try {
 *   toICS(convening, { method: "REQUEST" });
 * } catch (error) {
 *   if (isInvitationError(error)) console.log(error.code, error.path); // invalid_invitation ["organizer"]
 * }
 * ```
 */
export class InvitationError extends ConveningError {
  static override readonly errorName: string = "InvitationError";
  declare readonly code: "invalid_invitation";

  /**
   * @param path - what is missing: `["organizer"]`, or the session or series that invites nobody.
   * @param value - the value at fault (a session or series id, or undefined).
   * @param problem - what is wrong, as a clause.
   */
  constructor(path: ErrorPath, value: unknown, problem: string, options: { cause?: unknown } = {}) {
    super(`Invalid invitation at ${describePath(path)}: ${clause(problem)}`, {
      code: "invalid_invitation",
      path,
      value,
      cause: peekField(options, "cause"),
    });
  }
}

/**
 * True for an `InvitationError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * if (isInvitationError(error)) console.warn(error.message);
 * ```
 */
export function isInvitationError(value: unknown): value is InvitationError {
  return value instanceof InvitationError;
}

/**
 * Thrown when a feed of several convenings would carry two events with one UID: UIDs are
 * `<id>@<domain>` (RFC 5545 §3.8.4.7 requires them globally unique), and two events sharing one
 * overwrite each other in every client. The message names both convenings.
 *
 * @example
 * ```ts
 * try {
 *   toICS([spring, autumn]);
 * } catch (error) {
 *   if (isDuplicateUidError(error)) console.log(error.code, error.value); // duplicate_uid "opening@events.example.org"
 * }
 * ```
 */
export class DuplicateUidError extends ConveningError {
  static override readonly errorName: string = "DuplicateUidError";
  declare readonly code: "duplicate_uid";
  /** The ids of the two convenings whose events share the UID, in the order given. */
  readonly conveningIds: readonly [string, string];

  /**
   * @param path - the second event's place, e.g. `["convenings", 1, "sessions", 0]`.
   * @param uid - the UID both events would carry.
   * @param conveningIds - the first and the second convening's ids.
   */
  constructor(path: ErrorPath, uid: string, conveningIds: readonly [string, string]) {
    const first = peekField(conveningIds, 0);
    const second = peekField(conveningIds, 1);
    super(
      `UID ${describeValue(uid)} at ${describePath(path)} is used by both convening ${describeValue(first)} and convening ${describeValue(second)}: give one of them a domain of its own (its url's host) or rename the session or series`,
      { code: "duplicate_uid", path, value: uid },
    );
    this.conveningIds = [first, second] as [string, string];
  }
}

/**
 * True for a `DuplicateUidError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * if (isDuplicateUidError(error)) console.error(error.conveningIds);
 * ```
 */
export function isDuplicateUidError(value: unknown): value is DuplicateUidError {
  return value instanceof DuplicateUidError;
}
