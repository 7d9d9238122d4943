import type { ICalAlarm } from "ical-generator";
import { contentLine, paramValue, uriValue } from "./content-line.js";
import { foldContentLines } from "./fold-lines.js";

// The one place where this package adds to what ical-generator 11 writes. Every property that
// goes through here cannot go through its API:
// - RDATE and EXDATE: ical-generator has no RDATE. Its EXDATE comes only with the object form of
//   `repeating`, whose `byDay` takes plain weekdays (no `3TU`, no `-1FR`) and which validates and
//   re-spells the rule @convening/time's toRRule already wrote; the string form of `repeating` is
//   copied line by line unchecked, so it would carry these lines raw all the same, only earlier
//   in the event (which would change every published feed's bytes).
// - DURATION (RFC 5545 §3.8.2.5): ical-generator writes DTEND only.
// - URL (RFC 5545 §3.8.4.6): ical-generator backslash-escapes `,` and `;` in it, which changes the URI.
// - GEO (RFC 5545 §3.8.1.6): ical-generator drops a latitude or longitude of 0 (`if (lat && lon)`)
//   and writes JavaScript numbers, with exponents (`1e-7`) that FLOAT values cannot have (§3.3.7).
// - CONFERENCE (RFC 7986 §5.11): ical-generator has no API for it, and `x()` takes X- names only.
// - ORGANIZER with a web address (a feed's publisher): ical-generator writes `mailto:` addresses only.
// - VALARMs last: ical-generator writes them before CATEGORIES, URL, STATUS and LAST-MODIFIED,
//   where RFC 5545 §3.6.1 (`eventc = "BEGIN:VEVENT" eventprop *alarmc "END:VEVENT"`) has only
//   properties.
// - Feed properties: ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC unescaped (a `;` or
//   a line break in them corrupts or injects lines), and REFRESH-INTERVAL and X-PUBLISHED-TTL
//   after the VTIMEZONEs, where RFC 5545 §3.4 (`icalbody = calprops component`) allows no
//   property. So ical-generator writes the calendar's own properties from a calendar holding no
//   component, and the feed properties and the components follow them here.
// Nothing here reads ical-generator's text: each piece it writes is joined to the others at a
// place its writer defines (the last line of a component), in the order RFC 5545 gives.

/** What an event writes beyond ical-generator's properties, in the order it is written. */
export interface EventExtras {
  /** ORGANIZER named by a web address, when no e-mail organizer is written. */
  readonly publisher?: { readonly name: string; readonly uri: string } | undefined;
  /** RDATE and EXDATE lines, complete (see series-dates.ts). */
  readonly recurrence: readonly string[];
  /** DURATION value, for a length ical-generator's DTEND cannot express. */
  readonly duration: string | undefined;
  /** URL, written raw as a URI. */
  readonly url: string | undefined;
  /** GEO, written even at latitude or longitude 0. */
  readonly geo: { readonly lat: number; readonly lon: number } | undefined;
  /** CONFERENCE lines, complete (see place.ts). */
  readonly conferences: readonly string[];
}

/** The content lines of `extras`, each ending in CRLF, unfolded. */
export function eventExtraLines(extras: EventExtras): string[] {
  const lines: string[] = [];
  if (extras.publisher !== undefined) {
    // RFC 5545 §3.8.4.3: a CAL-ADDRESS is any URI; CN quoted like every parameter we write.
    const { name, uri } = extras.publisher;
    lines.push(contentLine("ORGANIZER", uriValue(uri), [`CN=${paramValue(name)}`]));
  }
  lines.push(...extras.recurrence);
  if (extras.duration !== undefined) lines.push(contentLine("DURATION", extras.duration));
  if (extras.url !== undefined) lines.push(contentLine("URL", uriValue(extras.url)));
  if (extras.geo !== undefined) lines.push(geoLine(extras.geo));
  lines.push(...extras.conferences);
  return lines;
}

/** RFC 5545 §3.8.1.6 GEO, with both coordinates as FLOAT values. */
function geoLine(geo: { lat: number; lon: number }): string {
  return contentLine("GEO", `${float(geo.lat)};${float(geo.lon)}`);
}

// FLOAT values (RFC 5545 §3.3.7) have no exponent; six decimals are about 10 cm.
function float(n: number): string {
  const fixed = n.toFixed(6).replace(/\.?0+$/, "");
  return fixed === "-0" ? "0" : fixed;
}

// ICalEvent.toString ends with `g += 'END:VEVENT\r\n'; return g;` and ICalCalendar.toString with
// `g += 'END:VCALENDAR'; return foldLines(g);`: each component's last line, written last.
const END_EVENT = "END:VEVENT\r\n";
const END_CALENDAR = "END:VCALENDAR";

function withoutLastLine(text: string, last: string): string {
  if (!text.endsWith(last)) {
    throw new Error(`ical-generator's output no longer ends with ${JSON.stringify(last)}`);
  }
  return text.slice(0, text.length - last.length);
}

/**
 * A VEVENT: `properties` as ical-generator wrote them (its VALARMs held back), then the extra
 * lines, then the alarms, then END:VEVENT.
 */
export function completeEvent(
  properties: string,
  extraLines: readonly string[],
  alarms: readonly ICalAlarm[],
): string {
  let text = withoutLastLine(properties, END_EVENT) + extraLines.join("");
  for (const alarm of alarms) text += alarm.toString();
  return text + END_EVENT;
}

/**
 * The start of a VCALENDAR: the calendar properties ical-generator wrote (folded already, no
 * component among them), then the feed lines, folded. Components follow (see
 * {@link completeCalendar}); folding is line by line, so a calendar written in pieces has the same
 * bytes as one written whole.
 */
export function calendarOpening(properties: string, feedLines: readonly string[]): string {
  return withoutLastLine(properties, END_CALENDAR) + foldContentLines(feedLines.join(""));
}

/**
 * The last line of a VCALENDAR. RFC 5545 §3.1 ends every content line with CRLF, the last one
 * included, which ical-generator leaves out.
 */
export const CALENDAR_CLOSING = `${END_CALENDAR}\r\n`;

/**
 * A VCALENDAR: {@link calendarOpening}, then the components (VTIMEZONEs first, then VEVENTs)
 * folded at 75 octets (fold-lines.ts), then {@link CALENDAR_CLOSING}.
 */
export function completeCalendar(
  properties: string,
  feedLines: readonly string[],
  components: readonly string[],
): string {
  return (
    calendarOpening(properties, feedLines) +
    foldContentLines(components.join("")) +
    CALENDAR_CLOSING
  );
}
