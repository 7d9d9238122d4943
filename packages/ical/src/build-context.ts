import type { Convening } from "@convening/schema";
import { canonicalZone } from "@convening/time";
import type { ResolvedOptions } from "./calendar-options.js";
import type { ConveningCalendar } from "./convening-calendar.js";
import type { Lookup } from "./lookup.js";
import { ZonedInstant } from "./zoned-instant.js";

/** Everything the event builders share for one calendar. */
export interface BuildContext {
  readonly convening: Convening;
  readonly options: ResolvedOptions;
  readonly lookup: Lookup;
  readonly calendar: ConveningCalendar;
  /** DTSTAMP for events with no `updatedAt` of their own (see {@link fallbackStamp}). */
  readonly fallbackStamp: ZonedInstant;
}

/**
 * A zone as TZID: the canonical IANA id (`US/Eastern` → `America/New_York`: clients look zones up by
 * name, and Outlook knows only canonical ones), or undefined for UTC, which is written as UTC
 * times (`…Z`) with no VTIMEZONE.
 */
export function tzidOf(zone: string): string | undefined {
  const canonical = canonicalZone(zone);
  return canonical === "UTC" ? undefined : canonical;
}

/**
 * An ISO instant shown in the zone `tzid` (UTC when undefined), as ical-generator writes it. A JS
 * Date would be read with the server's own zone (ical-generator README, "Date, Time & Timezones").
 */
export function instantIn(iso: string, tzid: string | undefined): ZonedInstant {
  // The schema (and core's parseInstant) only let through ISO 8601 with an explicit offset or Z,
  // which Date.parse reads exactly.
  return new ZonedInstant(Date.parse(iso), tzid);
}

const stamps = new Map<string, ZonedInstant>();

/** An `updatedAt` as the UTC instant of DTSTAMP and LAST-MODIFIED, read once per distinct value. */
export function stampOf(iso: string): ZonedInstant {
  let stamp = stamps.get(iso);
  if (stamp === undefined) {
    stamp = instantIn(iso, undefined);
    // A document repeats a few revision times; the bound keeps a long-running server's memory flat.
    if (stamps.size >= 10_000) stamps.clear();
    stamps.set(iso, stamp);
  }
  return stamp;
}

/** An epoch-ms instant the same way. */
export function epochIn(ms: number, tzid: string | undefined): ZonedInstant {
  return new ZonedInstant(ms, tzid);
}

/**
 * The DTSTAMP of an event that has no `updatedAt`: the convening's `updatedAt`, else the latest
 * `updatedAt` anywhere in the document, else the Unix epoch (worked out once per convening, in its
 * index). Never the clock: the same document must give the same bytes on every run, or every
 * refresh of a feed looks like a change.
 */
export function fallbackStamp(epochMs: number): ZonedInstant {
  return new ZonedInstant(epochMs, undefined);
}
