import { isEmail, isSingleLineText } from "@convening/core";
import type { CalendarOrganizer } from "@convening/ical";
import {
  type Audience,
  type Member,
  type Registration,
  RegistrationSchema,
} from "@convening/schema";
import type { Mailbox } from "./compose-message.js";
import { InviteOptionsError } from "./errors.js";

/**
 * Who a message is for, as the `audience` function of the options sees it.
 *
 * @example
 * ```ts
 * const audience = ({ registration }: RecipientInfo) =>
 *   registration.status === "registered" ? "network" : "public";
 * ```
 */
export interface RecipientInfo {
  /** The member the message goes to, as the convening's `members` hold it (not yet redacted). */
  readonly member: Member;
  /** Their registration for `target`: its `status`, `needs` and latest `reply`, if any. */
  readonly registration: Registration;
  /** The session or series id. */
  readonly target: string;
}

/**
 * Options every message-building function shares.
 *
 * @example
 * ```ts
 * const shared: MessageOptions = {
 *   organizer: { name: "Programme team", email: "programme@example.org" },
 *   from: { name: "Programme team", address: "no-reply@example.org" },
 *   audience: "network",
 * };
 * ```
 */
export interface MessageOptions {
  /** Who invites, and who replies go to: written as ORGANIZER. */
  readonly organizer: CalendarOrganizer;
  /**
   * The From of the messages: an address, or `{ name, address }`. Often the organizer's own; a
   * no-reply address works too, since replies go to the organizer (Reply-To and ORGANIZER).
   */
  readonly from: string | Mailbox;
  /**
   * What each recipient may see: `"network"` (default; registrants see join links marked
   * `public: false`), `"public"` or `"private"`, or a function choosing per recipient. The
   * calendar and the text parts show the same.
   */
  readonly audience?: Audience | ((recipient: RecipientInfo) => Audience);
  /** The right-hand side of UIDs, as for `toICS`. Default: the host of the convening's `url`, else its id. */
  readonly domain?: string;
  /** The Date header. Default: when the messages are built. */
  readonly date?: Date;
}

/** Options checked once, shared by every message of a call. */
export interface ResolvedMessageOptions {
  readonly organizer: CalendarOrganizer;
  readonly from: Mailbox;
  readonly audience: (recipient: RecipientInfo) => Audience;
  readonly domain: string | undefined;
  readonly date: Date | undefined;
}

const AUDIENCES: readonly Audience[] = ["public", "network", "private"];

function fail(path: (string | number)[], value: unknown, problem: string): never {
  throw new InviteOptionsError(path, value, problem);
}

/** An object of options, with no key the function does not know (a typo would be silently ignored). */
export function checkOptionKeys(
  options: unknown,
  known: ReadonlySet<string>,
  caller: string,
): asserts options is Record<string, unknown> {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    fail([], options, "must be an object of options");
  }
  for (const key of Object.keys(options)) {
    if (!known.has(key))
      fail([key], (options as Record<string, unknown>)[key], `is not an option of ${caller}`);
  }
}

function mailboxOf(value: unknown, path: (string | number)[]): Mailbox {
  if (typeof value === "string") {
    if (!isEmail(value)) fail(path, value, "must be an e-mail address");
    return { address: value };
  }
  if (typeof value !== "object" || value === null) {
    fail(path, value, "must be an e-mail address or { name, address }");
  }
  const { name, address } = value as { name?: unknown; address?: unknown };
  if (!isEmail(address)) fail([...path, "address"], address, "must be an e-mail address");
  if (
    name !== undefined &&
    (typeof name !== "string" || name.length > 500 || !isSingleLineText(name))
  ) {
    fail([...path, "name"], name, "must be a single line of text");
  }
  return name === undefined ? { address } : { name, address };
}

/** Checks the shared options (the organizer itself is checked again by @convening/ical). */
export function resolveMessageOptions(options: MessageOptions): ResolvedMessageOptions {
  const organizer = options.organizer as unknown;
  if (typeof organizer !== "object" || organizer === null) {
    fail(["organizer"], organizer, "must be { name, email }");
  }
  const { name, email } = organizer as { name?: unknown; email?: unknown };
  if (typeof name !== "string" || !isSingleLineText(name) || name.trim() === "") {
    fail(["organizer", "name"], name, "must be a single line of text");
  }
  if (!isEmail(email)) fail(["organizer", "email"], email, "must be an e-mail address");
  const from = mailboxOf(options.from, ["from"]);

  const audience = options.audience ?? "network";
  let chooseAudience: (recipient: RecipientInfo) => Audience;
  if (typeof audience === "function") {
    chooseAudience = (recipient) => {
      const chosen = audience(recipient);
      if (!AUDIENCES.includes(chosen)) {
        fail(
          ["audience"],
          chosen,
          `returned for ${recipient.member.id}: must be public, network or private`,
        );
      }
      return chosen;
    };
  } else {
    if (!AUDIENCES.includes(audience))
      fail(["audience"], audience, "must be public, network or private");
    chooseAudience = () => audience;
  }
  if (options.domain !== undefined && typeof options.domain !== "string") {
    fail(["domain"], options.domain, "must be a host name such as events.example.org");
  }
  if (
    options.date !== undefined &&
    !(options.date instanceof Date && Number.isFinite(options.date.getTime()))
  ) {
    fail(["date"], options.date, "must be a valid Date");
  }
  return {
    organizer: { name, email },
    from,
    audience: chooseAudience,
    domain: options.domain,
    date: options.date,
  };
}

/**
 * Registrations given as an option: validated here (they did not come through `parseConvening`),
 * so a bad one is reported at its place rather than deep in a loop.
 */
export function checkRegistrations(value: unknown, path: (string | number)[]): Registration[] {
  if (!Array.isArray(value)) fail(path, value, "must be an array of registrations");
  return value.map((item: unknown, i: number) => {
    const result = RegistrationSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      fail(
        [...path, i, ...(issue.path as (string | number)[])],
        (issue as { input?: unknown }).input,
        issue.message,
      );
    }
    return result.data;
  });
}
