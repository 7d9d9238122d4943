import type { Convening } from "@convening/schema";
import type { CalendarOptions } from "./calendar-options.js";
import { calendarText } from "./calendar-text.js";

/**
 * {@link toICS} as a web `ReadableStream` of UTF-8 bytes: the same options, the same bytes, with
 * memory that stays flat however many sessions the feed has. Built on web-standard APIs only
 * (`ReadableStream`, `TextEncoder`), so it works in Node 22+, Deno, Bun, Cloudflare Workers and
 * browsers alike, and `new Response(stream)` or {@link icsResponse} serves it as it is written.
 *
 * The stream is pull-based: each read writes the next few dozen VEVENTs (about 64 KB) through
 * ical-generator, so a slow client slows the writing down instead of filling memory, and
 * cancelling the stream (a client that hangs up) stops it. VTIMEZONEs come first and must cover
 * every event, so the call outlines every event once (UID, zone, times, status, attendees) to check
 * the calendar and learn its zones, keeps only the series' events (one VEVENT each, plus
 * overridden instances), and writes the sessions' events while it is read: about the CPU time of
 * `toICS`, and 100,000 sessions need a few MB over the parsed convening where `toICS` needs
 * hundreds. Prefer `toICS` for a calendar you keep as text or serve with an ETag.
 *
 * Every error `toICS` would throw is thrown by this call, before the stream exists, so a server
 * can still answer with an error status. Do not change the parsed convening while its stream is
 * being read (parsed values are treated as immutable throughout the package).
 *
 * @throws {NotParsedError} when a convening did not come from `parseConvening` (code `not_parsed`).
 * @throws {CalendarOptionsError} when an option is invalid.
 * @throws {InvitationError} when a REQUEST or CANCEL breaks iTIP rules.
 * @throws {DuplicateUidError} when two convenings of one feed would give events one UID.
 * @example
 * ```ts
 * import { icsResponse, toICSStream } from "@convening/ical";
 * import { parseConvening } from "@convening/schema";
 *
 * const convening = parseConvening(doc); // once, when the document changes
 *
 * export function GET(request: Request): Response {
 *   // No ETag (it would need every byte first); Content-Type, Content-Disposition and
 *   // Cache-Control as for text.
 *   return icsResponse(toICSStream(convening, { domain: "events.example.org" }), {
 *     filename: "programme.ics",
 *     request,
 *   });
 * }
 *
 * // Or to a file, in Node:
 * // await pipeline(Readable.fromWeb(toICSStream(convening)), createWriteStream("programme.ics"));
 * ```
 */
export function toICSStream(
  convening: Convening | readonly Convening[],
  options: CalendarOptions = {},
): ReadableStream<Uint8Array> {
  const pieces = calendarText(convening, options, "toICSStream");
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    // One piece per pull: the stream asks again only when its reader has taken the last one
    // (the default queuing strategy holds one chunk), which is the backpressure.
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      pieces.return();
    },
  });
}
