import { argumentGuards, isEmail, isSingleLineText } from "@convening/core";
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

// Options arrive as anything (null, a revoked Proxy, a getter that throws): each is read once
// through these guards into a plain copy, so a bad one is an InviteOptionsError at its path.
export const guards = argumentGuards(InviteOptionsError);

/**
 * A plain copy of the options, each read once, with no key the function does not know (a typo
 * would be silently ignored).
 */
export function readOptionKeys(
  options: unknown,
  known: ReadonlySet<string>,
  caller: string,
): Record<string, unknown> {
  const record = guards.record(options, [], "must be an object of options");
  for (const key of guards.keys(record, [])) {
    if (!known.has(key))
      fail([key], guards.field(record, key, []), `is not an option of ${caller}`);
  }
  return guards.fields(record, [], [...known]);
}

/** A shallow plain copy of the record at `path`, each own field read once. */
export function plainRecord(
  value: unknown,
  path: (string | number)[],
  problem: string,
): Record<string, unknown> {
  const record = guards.record(value, path, problem);
  return guards.fields(record, path, guards.keys(record, path));
}

/** A valid Date; a revoked Proxy or anything else is not one. */
function isValidDate(value: unknown): value is Date {
  try {
    return value instanceof Date && Number.isFinite(value.getTime());
  } catch {
    return false;
  }
}

function mailboxOf(value: unknown, path: (string | number)[]): Mailbox {
  if (typeof value === "string") {
    if (!isEmail(value)) fail(path, value, "must be an e-mail address");
    return { address: value };
  }
  const { name, address } = guards.fields(
    value,
    path,
    ["name", "address"],
    "must be an e-mail address or { name, address }",
  );
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
  const { name, email } = guards.fields(
    options.organizer,
    ["organizer"],
    ["name", "email"],
    "must be { name, email }",
  );
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
  if (options.date !== undefined && !isValidDate(options.date)) {
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
  const items = guards.array(value, path, "must be an array of registrations");
  return items.map((item: unknown, i: number) => {
    // A plain copy first: zod reads a field more than once and lets a throwing getter through.
    const copy = plainRecord(item, [...path, i], "must be a registration");
    let result: ReturnType<typeof RegistrationSchema.safeParse>;
    try {
      result = RegistrationSchema.safeParse(copy);
    } catch (cause) {
      // zod asks a value whether it is an array, which a revoked Proxy cannot answer.
      throw new InviteOptionsError([...path, i], undefined, "could not be read", { cause });
    }
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
