import { ZonedInstant } from "./zoned-instant.js";

/**
 * A DTSTART or RECURRENCE-ID that ical-generator writes as a given local wall time with the
 * event's TZID, even one that does not exist: the nominal time of a series whose rule falls in a
 * spring-forward gap (02:30 on a day clocks jump from 02:00 to 03:00). RFC 5545 §3.3.5 reads it
 * with the offset before the gap, but a recurrence rule keeps the nominal wall time for later
 * occurrences, and readers match EXDATE and RECURRENCE-ID against the rule's own values.
 *
 * No value ical-generator knows as a date holds such a time: a luxon DateTime or a
 * Temporal.ZonedDateTime moves it past the gap, and a string or a Date is read in the server's own
 * zone. Its day.js-style value does (see {@link ZonedInstant}): this one shows the nominal wall
 * time instead of the instant's.
 */
export class NominalWallTime extends ZonedInstant {
  readonly #nominal: string;

  /**
   * @param wall - `yyyyMMdd'T'HHmmss`, read with the event's TZID.
   * @param instant - the instant RFC 5545 §3.3.5 gives it (for ical-generator's start/end order
   * check and its JSON).
   */
  constructor(wall: string, instant: ZonedInstant) {
    super(instant.ms, instant.zone);
    this.#nominal = wall;
  }

  override get wall(): string {
    return this.#nominal;
  }
}
