import type { Convening } from "@convening/schema";
import type { CalendarOptions } from "./calendar-options.js";
import { calendarString } from "./calendar-text.js";

/**
 * The iCalendar text (RFC 5545) of a parsed convening, or of several in one feed:
 * `toCalendar` serialised. Lines end in CRLF and fold at 75 octets without splitting a UTF-8
 * character. The output depends only on the document and the options (never on the clock or the
 * machine's zone), so an unchanged document gives byte-identical output and feed caches (ETag)
 * work. The convening is not validated again: pass what `parseConvening` returned. What every
 * calendar of a parsed convening shares before its events (the options resolved, the calendar's
 * own properties) is kept with the convening per set of options (at most 32, gone with the
 * convening), so a one-session calendar costs about what its one event does. For a large
 * feed served over HTTP, {@link toICSStream} writes the same bytes with flat memory.
 *
 * @throws {NotParsedError} when a convening did not come from `parseConvening` (code `not_parsed`).
 * @throws {CalendarOptionsError} when an option is invalid.
 * @throws {InvitationError} when a REQUEST or CANCEL breaks iTIP rules.
 * @throws {DuplicateUidError} when two convenings of one feed would give events one UID.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { toICS } from "@convening/ical";
 * import { parseConvening } from "@convening/schema";
 *
 * const convening = parseConvening(doc);
 * writeFileSync("workshops.ics", toICS(convening, { domain: "events.example.org", alarms: [15] }));
 * writeFileSync("one.ics", toICS(convening, { only: ["power-of-a-story"] })); // O(that session)
 * ```
 */
export function toICS(
  convening: Convening | readonly Convening[],
  options: CalendarOptions = {},
): string {
  // The same text as `toCalendar(…).toString()`, written without keeping an ical-generator event
  // per VEVENT alive until the end.
  return calendarString(convening, options, "toICS");
}
