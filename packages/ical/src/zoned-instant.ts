import { formatBasicDateTime, formatInstantUtc, zoneOffsetSeconds } from "@convening/core";
import type { ICalDayJsStub } from "ical-generator";

/**
 * An instant as ical-generator's day.js-style date value (its `ICalDayJsStub`), showing the wall
 * time of one zone: ical-generator writes such a value as `format('YYYYMMDD')T format('HHmmss')`
 * with the event's TZID, and calls `utc()` first when it needs UTC (DTSTAMP, a UTC event). The wall
 * time comes from core's offset table, so the calendar writer needs no date library: a luxon
 * DateTime here cost 22 KB min+gzip in every bundle that writes a calendar, and its zone lookups
 * were most of toICS's own time. Like a luxon DateTime with a zone (and unlike a `Date`), it never
 * depends on the server's zone (ical-generator README, "Date, Time & Timezones").
 *
 * It has no `tz()` (ical-generator would re-zone it) and no `toJSDate()` (that would make
 * ical-generator take it for luxon).
 */
export class ZonedInstant implements ICalDayJsStub {
  /** The instant, epoch ms. */
  readonly ms: number;
  /** The canonical IANA zone it shows, or undefined for UTC. */
  readonly zone: string | undefined;
  #wall: string | undefined;

  constructor(ms: number, zone: string | undefined) {
    this.ms = ms;
    this.zone = zone;
  }

  /** The wall time in its zone, `yyyyMMdd'T'HHmmss`. */
  get wall(): string {
    this.#wall ??= formatBasicDateTime(
      this.ms,
      this.zone === undefined ? 0 : zoneOffsetSeconds(this.zone, this.ms),
    );
    return this.#wall;
  }

  format(format?: string): string {
    if (format === "YYYYMMDD") return this.wall.slice(0, 8);
    if (format === "HHmmss") return this.wall.slice(9);
    // ical-generator asks for nothing else; anything else is a change there we must notice.
    throw new Error(`ZonedInstant cannot be formatted as ${String(format)}`);
  }

  utc(): ZonedInstant {
    return this.zone === undefined ? this : new ZonedInstant(this.ms, undefined);
  }

  isValid(): boolean {
    return Number.isFinite(this.ms);
  }

  toDate(): Date {
    return new Date(this.ms);
  }

  toJSON(): string {
    return formatInstantUtc(this.ms);
  }

  valueOf(): number {
    return this.ms;
  }
}
