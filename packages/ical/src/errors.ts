// Errors thrown by @convening/ical. Invalid convening documents are refused earlier, by
// `parseConvening`, with the schema's `ConveningValidationError`; the classes here cover what only
// this package can judge: its options, the session asked for, and the rules of iTIP messages.

import { formatPath } from "@convening/schema";

const optionsBrand = Symbol.for("@convening/ical.CalendarOptionsError");
const sessionBrand = Symbol.for("@convening/ical.SessionNotFoundError");
const invitationBrand = Symbol.for("@convening/ical.InvitationError");

function branded(value: unknown, brand: symbol): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<symbol, unknown>)[brand] === true
  );
}

function describe(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (
    typeof value === "number" ||
    typeof value === "boolean" ||
    value === null ||
    value === undefined
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
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
 *   if (isCalendarOptionsError(error)) console.log(error.path, error.value); // ["domain"] "not a domain"
 * }
 * ```
 */
export class CalendarOptionsError extends Error {
  /** Always `"INVALID_CALENDAR_OPTIONS"`. */
  readonly code = "INVALID_CALENDAR_OPTIONS" as const;
  /** The option at fault, e.g. `["organizer", "email"]`. */
  readonly path: readonly (string | number)[];
  /** The value given for it. */
  readonly value: unknown;

  constructor(
    path: readonly (string | number)[],
    value: unknown,
    problem: string,
    options: { cause?: unknown } = {},
  ) {
    super(`Invalid calendar option ${formatPath(path)} = ${describe(value)}: ${problem}`, {
      cause: options.cause,
    });
    this.name = "CalendarOptionsError";
    this.path = path;
    this.value = value;
    Object.defineProperty(this, optionsBrand, { value: true });
  }

  /**
   * Makes `instanceof CalendarOptionsError` work across the ESM and CJS builds: each build defines its own
   * copy of this class, so the check looks for the `Symbol.for` brand every instance carries
   * instead of the prototype chain. Same answer as {@link isCalendarOptionsError}.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isCalendarOptionsError(value);
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
  return branded(value, optionsBrand);
}

/**
 * Thrown by `calendarLinks` when the session asked for is not one of the convening's sessions.
 *
 * @example
 * ```ts
 * try {
 *   calendarLinks("no-such-session", convening);
 * } catch (error) {
 *   if (isSessionNotFoundError(error)) console.log(error.value); // "no-such-session"
 * }
 * ```
 */
export class SessionNotFoundError extends Error {
  /** Always `"SESSION_NOT_FOUND"`. */
  readonly code = "SESSION_NOT_FOUND" as const;
  /** Always `["session"]`: the argument at fault. */
  readonly path: readonly (string | number)[] = ["session"];
  /** The session id looked for. */
  readonly value: unknown;

  constructor(id: unknown, conveningId: string, options: { cause?: unknown } = {}) {
    super(`Session ${describe(id)} is not a session of convening ${JSON.stringify(conveningId)}`, {
      cause: options.cause,
    });
    this.name = "SessionNotFoundError";
    this.value = id;
    Object.defineProperty(this, sessionBrand, { value: true });
  }

  /**
   * Makes `instanceof SessionNotFoundError` work across the ESM and CJS builds: each build defines its own
   * copy of this class, so the check looks for the `Symbol.for` brand every instance carries
   * instead of the prototype chain. Same answer as {@link isSessionNotFoundError}.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isSessionNotFoundError(value);
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
  return branded(value, sessionBrand);
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
 *   if (isInvitationError(error)) console.log(error.path); // ["organizer"]
 * }
 * ```
 */
export class InvitationError extends Error {
  /** Always `"INVALID_INVITATION"`. */
  readonly code = "INVALID_INVITATION" as const;
  /** What is missing: `["organizer"]`, or the session or series that invites nobody. */
  readonly path: readonly (string | number)[];
  /** The value at fault (the session or series id, or undefined for a missing organizer). */
  readonly value: unknown;

  constructor(
    path: readonly (string | number)[],
    value: unknown,
    problem: string,
    options: { cause?: unknown } = {},
  ) {
    super(`Invalid invitation at ${formatPath(path)}: ${problem}`, { cause: options.cause });
    this.name = "InvitationError";
    this.path = path;
    this.value = value;
    Object.defineProperty(this, invitationBrand, { value: true });
  }

  /**
   * Makes `instanceof InvitationError` work across the ESM and CJS builds: each build defines its own
   * copy of this class, so the check looks for the `Symbol.for` brand every instance carries
   * instead of the prototype chain. Same answer as {@link isInvitationError}.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isInvitationError(value);
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
  return branded(value, invitationBrand);
}
