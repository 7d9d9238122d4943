import type { ICalDayJsStub } from "ical-generator";
import type { DateTime } from "luxon";

/**
 * A DTSTART or RECURRENCE-ID that ical-generator writes as a given local wall time with the
 * event's TZID, even one that does not exist: the nominal time of a series whose rule falls in a
 * spring-forward gap (02:30 on a day clocks jump from 02:00 to 03:00). RFC 5545 §3.3.5 reads it
 * with the offset before the gap, but a recurrence rule keeps the nominal wall time for later
 * occurrences, and readers match EXDATE and RECURRENCE-ID against the rule's own values.
 *
 * No value ical-generator knows as a date holds such a time: a luxon DateTime or a
 * Temporal.ZonedDateTime moves it past the gap, and a string or a Date is read in the server's own
 * zone. Its date type ICalDayJsStub (day.js) does: for a value that is no Date, moment, luxon or
 * Temporal value, `formatDate` writes `format('YYYYMMDD') + 'T' + format('HHmmss')`, calling
 * `tz(TZID)` first only when the value has a `tz` method, which this one does not.
 */
export class NominalWallTime implements ICalDayJsStub {
  /** `yyyyMMdd'T'HHmmss`, read with the event's TZID. */
  readonly wall: string;
  /** The instant RFC 5545 §3.3.5 gives it (for ical-generator's start/end order check). */
  readonly instant: DateTime;

  constructor(wall: string, instant: DateTime) {
    this.wall = wall;
    this.instant = instant;
  }

  format(format?: string): string {
    if (format === "YYYYMMDD") return this.wall.slice(0, 8);
    if (format === "HHmmss") return this.wall.slice(9);
    throw new Error(`NominalWallTime cannot be formatted as ${String(format)}`);
  }

  isValid(): boolean {
    return true;
  }

  toDate(): Date {
    return this.instant.toJSDate();
  }

  toJSON(): string {
    return this.instant.toISO()!;
  }
}
