import PostalMime from "postal-mime";
import { ReplyFormatError } from "./errors.js";

/** The calendar a message carries, and who the message says sent it. */
export interface CalendarPart {
  readonly ics: string;
  /** The From address of the message; undefined for a bare calendar. */
  readonly from: string | undefined;
}

const CALENDAR_START = /^\uFEFF?\s*BEGIN:VCALENDAR/i;
const CALENDAR_TYPES = new Set(["text/calendar", "application/ics", "text/x-vcalendar"]);

/** Reads a text start of the input without decoding all of it. */
function head(input: string | Uint8Array): string {
  return typeof input === "string"
    ? input.slice(0, 64)
    : new TextDecoder().decode(input.subarray(0, 64));
}

/**
 * The iCalendar text of `input`: the input itself when it is a calendar, else the calendar part of
 * the MIME message, read with postal-mime (which decodes base64 and quoted-printable parts and
 * finds the part in any nesting: `multipart/alternative` as Thunderbird, Outlook and Gmail send
 * it, an attachment, or a message that is only the calendar). A part whose `method` parameter is
 * REPLY or COUNTER is preferred: Gmail and Outlook also attach a copy as `invite.ics`.
 */
export async function calendarPart(input: string | Uint8Array): Promise<CalendarPart> {
  if (CALENDAR_START.test(head(input))) {
    return {
      ics: typeof input === "string" ? input : new TextDecoder().decode(input),
      from: undefined,
    };
  }
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(input, { attachmentEncoding: "utf8" });
  } catch (cause) {
    throw new ReplyFormatError([], undefined, "is neither iCalendar text nor a MIME message", {
      cause,
    });
  }
  const calendars = email.attachments.filter(
    (a) => CALENDAR_TYPES.has(a.mimeType) || /\.ics$/i.test(a.filename ?? ""),
  );
  const chosen =
    calendars.find((a) => a.method === "REPLY" || a.method === "COUNTER") ?? calendars[0];
  if (chosen === undefined) {
    throw new ReplyFormatError([], undefined, "the message holds no calendar (text/calendar) part");
  }
  const from = email.from?.address;
  return {
    ics:
      typeof chosen.content === "string"
        ? chosen.content
        : new TextDecoder().decode(chosen.content),
    from: from === undefined || from === "" ? undefined : from,
  };
}
