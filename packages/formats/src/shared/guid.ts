// Stable GUIDs for schedule files. frab and c3voc require a UUID per event, room and person that
// stays the same across exports ("guaranteed to be unique across all systems", voc/schedule XSD),
// and apps key favourites and reminders on it. A name-based UUID (version 5, RFC 9562 §5.5) of the
// iCal UID gives exactly that with no state to keep: the same session always gets the same GUID,
// and two convenings with a session "opening" differ by their domain.
//
// Version 5 needs SHA-1, synchronously (exporters return strings, not promises): Web Crypto's
// digest is async-only and node:crypto is Node-only, so the `uuid` package does it (its own SHA-1
// in browsers and workers, node:crypto on Node).

import { InvalidArgumentError } from "@convening/core";
import { v5 } from "uuid";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The namespace of every GUID this package writes: uuid v5 of the toolkit's repository URL in
 * RFC 9562's URL namespace. With it, anyone can compute a session's GUID without this package.
 *
 * @example
 * ```ts
 * import { v5 } from "uuid";
 * v5("power-of-a-story@events.example.org", CONVENING_NAMESPACE) === sessionGuid("power-of-a-story", "events.example.org"); // true
 * ```
 */
export const CONVENING_NAMESPACE = "80f55051-784b-5062-91ca-8f0f42b1e2b1";

// One namespace per kind, so a room and a session with the same id never share a GUID.
const ROOM_NAMESPACE = v5("room", CONVENING_NAMESPACE);
const PERSON_NAMESPACE = v5("person", CONVENING_NAMESPACE);

/**
 * The GUID a frab/c3voc export gives a session: uuid v5 of its iCal UID `<session id>@<domain>`
 * in {@link CONVENING_NAMESPACE}. Use it to link an app's favourites to your own pages.
 *
 * @example
 * ```ts
 * sessionGuid("power-of-a-story", "events.example.org"); // the `guid` of that event, every time
 * ```
 */
export function sessionGuid(sessionId: string, domain: string): string {
  // Public: a caller's ids may be anything. uuid hashes UTF-8, which a lone surrogate has not.
  for (const [name, value] of [
    ["sessionId", sessionId],
    ["domain", domain],
  ] as const) {
    if (typeof value !== "string" || LONE_SURROGATE.test(value))
      throw new InvalidArgumentError([name], value, "must be a string of Unicode text");
  }
  return v5(`${sessionId}@${domain}`, CONVENING_NAMESPACE);
}

/** The GUID of one occurrence of a series: the series' UID and the occurrence's original date. */
export function occurrenceGuid(seriesId: string, originalDate: string, domain: string): string {
  return v5(`${seriesId}@${domain}/${originalDate}`, CONVENING_NAMESPACE);
}

/** The GUID of a room: its venue id, or `""` for the room sessions without a venue are put in. */
export function roomGuid(venueId: string, domain: string): string {
  return v5(`${venueId}@${domain}`, ROOM_NAMESPACE);
}

/** The GUID of a person: their member id (never their e-mail, which is private). */
export function personGuid(memberId: string, domain: string): string {
  return v5(`${memberId}@${domain}`, PERSON_NAMESPACE);
}
