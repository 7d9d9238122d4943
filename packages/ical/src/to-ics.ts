import type { ConveningInput } from "@convening/schema";
import type { CalendarOptions } from "./calendar-options.js";
import { toCalendar } from "./to-calendar.js";

/**
 * The iCalendar text (RFC 5545) of a convening: {@link toCalendar} serialised. Lines end in CRLF
 * and fold at 75 octets without splitting a UTF-8 character. The output depends only on the
 * document and the options (never on the clock or the machine's zone), so an unchanged document
 * gives byte-identical output and feed caches (ETag) work.
 *
 * @throws {ConveningValidationError} when the convening is invalid, before any output.
 * @throws {CalendarOptionsError} when an option is invalid.
 * @throws {InvitationError} when a REQUEST or CANCEL breaks iTIP rules.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { toICS } from "@convening/ical";
 *
 * writeFileSync("workshops.ics", toICS(convening, { domain: "events.example.org", alarms: [15] }));
 * ```
 */
export function toICS(convening: ConveningInput | unknown, options: CalendarOptions = {}): string {
  return toCalendar(convening, options).toString();
}
