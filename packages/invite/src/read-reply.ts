import { argumentGuards } from "@convening/core";
import type { RegistrationReply } from "@convening/schema";
import ICAL from "ical.js";
import { calendarPart } from "./calendar-part.js";
import { InviteOptionsError, ReplyFormatError } from "./errors.js";
import { instantOf } from "./ical-instant.js";
import { mailAddress } from "./mail-address.js";

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

/**
 * An attendee's answer: `accepted`, `declined`, `tentative`, `delegated` or `needs-action`.
 *
 * @example
 * ```ts
 * const coming = (status: PartStatus) => status === "accepted" || status === "tentative";
 * ```
 */
export type PartStatus = RegistrationReply["partStatus"];

/**
 * What a COUNTER proposes instead (RFC 5546 §3.2.7): a new time, place or both.
 *
 * @example
 * ```ts
 * const proposal: CounterProposal = { start: "1997-07-01T16:00:00Z", end: "1997-07-01T17:00:00Z" };
 * ```
 */
export interface CounterProposal {
  /** The proposed start, UTC ISO 8601. */
  readonly start?: string;
  /** The proposed end, UTC ISO 8601. */
  readonly end?: string;
  /** The proposed place (LOCATION). */
  readonly location?: string;
}

/**
 * An attendee's REPLY or COUNTER, as {@link readReply} reads it from a message or a calendar.
 *
 * @example
 * ```ts
 * const reply: Reply = await readReply(raw);
 * if (reply.method === "COUNTER") console.log("proposes", reply.counter?.start);
 * ```
 */
export interface Reply {
  /** `REPLY` answers an invitation; `COUNTER` proposes a change, for the organiser to decide. */
  readonly method: "REPLY" | "COUNTER";
  /** The UID of the event answered (`<session id>@<domain>` for ours). */
  readonly uid: string;
  /** For an answer about one occurrence of a series: that occurrence's RECURRENCE-ID, UTC. */
  readonly recurrenceId?: string;
  /** The attendee who answers: their address, lower case, without `mailto:`. */
  readonly attendee: string;
  /** The attendee's name as their calendar wrote it (CN). */
  readonly attendeeName?: string;
  /** Someone answering on the attendee's behalf (SENT-BY), lower case. */
  readonly sentBy?: string;
  /** The answer. */
  readonly partStatus: PartStatus;
  /** The SEQUENCE of the invitation answered: 0 when the reply has none (RFC 5545 §3.8.7.4). */
  readonly sequence: number;
  /** When the reply was written (DTSTAMP), UTC ISO 8601. */
  readonly dtstamp: string;
  /** What the attendee wrote with the answer (COMMENT). */
  readonly comment?: string;
  /** For a COUNTER: what it proposes. */
  readonly counter?: CounterProposal;
  /** The From address of the message the reply came in (lower case); absent for bare iCalendar. */
  readonly sender?: string;
  /** What was read leniently (a floating DTSTAMP, a comment cut to length, other components). */
  readonly warnings: readonly string[];
}

/**
 * Options of {@link readReply}.
 *
 * @example
 * ```ts
 * const reply = await readReply(raw, { from: session.envelope.mailFrom.address });
 * ```
 */
export interface ReadReplyOptions {
  /**
   * The envelope sender (SMTP MAIL FROM) the reply arrived from. A COUNTER (and a few clients'
   * REPLY) lists every attendee; the one answering is the one who sent it. Default: the message's
   * From address.
   */
  readonly from?: string;
}

const PART_STATUSES: ReadonlySet<string> = new Set([
  "ACCEPTED",
  "DECLINED",
  "TENTATIVE",
  "DELEGATED",
  "NEEDS-ACTION",
]);
const COMMENT_MAX = 2000;

function fail(path: (string | number)[], value: unknown, problem: string): never {
  throw new ReplyFormatError(path, value, problem);
}

function parseCalendar(ics: string): Component {
  let data: unknown;
  try {
    data = ICAL.parse(ics);
  } catch (cause) {
    throw new ReplyFormatError([], undefined, "the calendar is not valid iCalendar text", {
      cause,
    });
  }
  // Several VCALENDAR objects in one part come back as an array; an iTIP message is one.
  if (Array.isArray(data) && Array.isArray(data[0])) {
    fail([], data.length, "holds several calendars; an iTIP message is one (RFC 5546 §1.5)");
  }
  const root = new ICAL.Component(data as unknown[]);
  if (root.name !== "vcalendar") fail([], root.name.toUpperCase(), "is not a VCALENDAR");
  return root;
}

/** Text with line breaks as LF and no other control character, so it fits a registration. */
function cleanText(value: string, warn: (message: string) => void, name: string): string {
  const normalized = value.replace(/\r\n?/g, "\n");
  // Tab and LF are kept; other C0/C1 controls and the line and paragraph separators go.
  const cleaned = normalized.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, "");
  if (cleaned !== normalized) warn(`${name} held control characters, removed`);
  if (cleaned.length > COMMENT_MAX) {
    warn(`${name} was longer than ${COMMENT_MAX} characters, cut`);
    return cleaned.slice(0, COMMENT_MAX);
  }
  return cleaned;
}

function textOf(component: Component, name: string): string | undefined {
  const values = component
    .getAllProperties(name)
    .map((p) => p.getFirstValue())
    .filter((v): v is string => typeof v === "string" && v.trim() !== "");
  return values.length === 0 ? undefined : values.join("\n\n");
}

/**
 * The attendee who answers. A REPLY names exactly one (RFC 5546 §3.2.3), but Outlook's COUNTER and
 * some replies list them all: then it is the one who sent the message, or (for a REPLY) the only
 * one whose answer is not NEEDS-ACTION.
 */
function answeringAttendee(
  event: Component,
  method: string,
  sender: string | undefined,
): { property: Property; address: string } {
  const attendees = event.getAllProperties("attendee").map((property) => ({
    property,
    address: mailAddress(property.getFirstValue()),
  }));
  if (attendees.length === 0) fail(["VEVENT", "ATTENDEE"], undefined, "names no attendee");
  const usable = attendees.filter(
    (a): a is { property: Property; address: string } => a.address !== undefined,
  );
  if (attendees.length === 1) {
    const [only] = attendees;
    if (only!.address === undefined) {
      fail(["VEVENT", "ATTENDEE"], only!.property.getFirstValue(), "is not a mailto: address");
    }
    return only as { property: Property; address: string };
  }
  const bySender = usable.filter((a) => sender !== undefined && a.address === sender);
  if (bySender.length === 1) return bySender[0]!;
  const answered = usable.filter(
    (a) =>
      String(a.property.getParameter("partstat") ?? "NEEDS-ACTION").toUpperCase() !==
      "NEEDS-ACTION",
  );
  if (method === "REPLY" && answered.length === 1) return answered[0]!;
  return fail(
    ["VEVENT", "ATTENDEE"],
    usable.map((a) => a.address),
    `names ${attendees.length} attendees and none is the sender${sender === undefined ? " (pass options.from)" : ` ${sender}`}`,
  );
}

function partStatusOf(attendee: Property): PartStatus {
  const raw = attendee.getParameter("partstat");
  // PARTSTAT defaults to NEEDS-ACTION (RFC 5545 §3.2.12).
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? "NEEDS-ACTION";
  const upper = String(value).toUpperCase();
  if (!PART_STATUSES.has(upper)) {
    fail(["VEVENT", "ATTENDEE", "PARTSTAT"], value, "is not a participation status of a VEVENT");
  }
  return upper.toLowerCase() as PartStatus;
}

function sequenceOf(event: Component): number {
  const property = event.getFirstProperty("sequence");
  if (property === null) return 0;
  const value = Number(property.getFirstValue());
  if (!Number.isSafeInteger(value) || value < 0) {
    fail(["VEVENT", "SEQUENCE"], property.getFirstValue(), "must be a whole number, 0 or more");
  }
  return value;
}

/** The message as text or bytes; `undefined` for anything else (a revoked Proxy included). */
function bytesOf(input: unknown): string | Uint8Array | undefined {
  try {
    if (typeof input === "string" || input instanceof Uint8Array) return input;
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
  } catch {
    // `instanceof` asks a Proxy for its prototype, which a revoked one cannot answer.
  }
  return undefined;
}

/**
 * Reads an attendee's answer from an iMIP message (RFC 5322 bytes or text, as Thunderbird, Outlook,
 * Apple Mail and Gmail send it) or from bare iCalendar text: the METHOD:REPLY or METHOD:COUNTER
 * calendar, its UID, RECURRENCE-ID, the answering ATTENDEE with PARTSTAT (and SENT-BY), SEQUENCE,
 * DTSTAMP, COMMENT, and for a COUNTER the proposed time and place. Nothing is trusted yet: pass the
 * result to `applyReplies` with the envelope sender, which checks who may answer.
 *
 * A calendar with several events for one UID (an answer for a series and some of its occurrences)
 * is read for the series; the others are reported in `warnings`.
 *
 * @throws {ReplyFormatError} when there is no calendar, it is not iCalendar, its METHOD is not REPLY
 *   or COUNTER (an invitation forwarded back, for instance), or it lacks UID, ATTENDEE or DTSTAMP.
 * @example
 * ```ts
 * import { readReply } from "@convening/invite";
 *
 * const reply = await readReply(rawMessage, { from: envelope.mailFrom.address });
 * reply.partStatus; // "accepted"
 * reply.attendee; // "amina@example.org"
 * ```
 */
export async function readReply(
  input: string | Uint8Array | ArrayBuffer,
  options: ReadReplyOptions = {},
): Promise<Reply> {
  const { from } = argumentGuards(InviteOptionsError).fields(
    options,
    ["options"],
    ["from"],
    "must be an object",
  );
  const envelope = from === undefined ? undefined : mailAddress(from);
  if (from !== undefined && envelope === undefined) {
    throw new InviteOptionsError(["from"], from, "must be an e-mail address");
  }
  const bytes = bytesOf(input);
  if (bytes === undefined) {
    throw new InviteOptionsError(
      ["input"],
      input,
      "must be the message or calendar as a string, Uint8Array or ArrayBuffer",
    );
  }

  const part = await calendarPart(bytes);
  const messageFrom = part.from === undefined ? undefined : mailAddress(part.from);
  const sender = envelope ?? messageFrom;
  const root = parseCalendar(part.ics);
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);

  const method = String(root.getFirstPropertyValue("method") ?? "").toUpperCase();
  if (method !== "REPLY" && method !== "COUNTER") {
    fail(
      ["METHOD"],
      method === "" ? undefined : method,
      method === ""
        ? "the calendar has no METHOD, so it is not an iTIP reply"
        : `is ${method}, not REPLY or COUNTER: this is not an answer to an invitation`,
    );
  }
  const events = root.getAllSubcomponents("vevent");
  if (events.length === 0) fail(["VEVENT"], undefined, "the calendar holds no event");
  const event = events.find((e) => !e.hasProperty("recurrence-id")) ?? events[0]!;
  if (events.length > 1) {
    warn(`${events.length - 1} more event(s) for single occurrences were not read`);
  }

  const uid = event.getFirstPropertyValue("uid");
  if (typeof uid !== "string" || uid.trim() === "") fail(["VEVENT", "UID"], uid, "is missing");
  const attendee = answeringAttendee(event, method, sender);
  const stamp = event.getFirstProperty("dtstamp");
  if (stamp === null) fail(["VEVENT", "DTSTAMP"], undefined, "is missing (RFC 5545 §3.8.7.2)");
  const sentByRaw = attendee.property.getParameter("sent-by");
  const sentBy = sentByRaw === undefined ? undefined : mailAddress(sentByRaw);
  if (sentByRaw !== undefined && sentBy === undefined) {
    fail(["VEVENT", "ATTENDEE", "SENT-BY"], sentByRaw, "is not a mailto: address");
  }
  const name = attendee.property.getParameter("cn");
  const recurrence = event.getFirstProperty("recurrence-id");
  const commentText = textOf(event, "comment");

  let counter: CounterProposal | undefined;
  if (method === "COUNTER") {
    const start = event.getFirstProperty("dtstart");
    const end = event.getFirstProperty("dtend");
    const location = textOf(event, "location");
    counter = {
      ...(start === null ? {} : { start: instantOf(start, warn) }),
      ...(end === null ? {} : { end: instantOf(end, warn) }),
      ...(location === undefined ? {} : { location: cleanText(location, warn, "LOCATION") }),
    };
  }

  return {
    method,
    uid: uid.trim(),
    ...(recurrence === null ? {} : { recurrenceId: instantOf(recurrence, warn) }),
    attendee: attendee.address,
    ...(typeof name === "string" && name !== ""
      ? { attendeeName: cleanText(name, warn, "CN") }
      : {}),
    ...(sentBy === undefined ? {} : { sentBy }),
    partStatus: partStatusOf(attendee.property),
    sequence: sequenceOf(event),
    dtstamp: instantOf(stamp, warn),
    ...(commentText === undefined ? {} : { comment: cleanText(commentText, warn, "COMMENT") }),
    ...(counter === undefined ? {} : { counter }),
    ...(messageFrom === undefined ? {} : { sender: messageFrom }),
    warnings,
  };
}
