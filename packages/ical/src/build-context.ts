import type { Convening } from "@convening/schema";
import { canonicalZone } from "@convening/time";
import { DateTime } from "luxon";
import type { ResolvedOptions } from "./calendar-options.js";
import type { ConveningCalendar } from "./convening-calendar.js";
import type { Lookup } from "./lookup.js";

/** Everything the event builders share for one calendar. */
export interface BuildContext {
  readonly convening: Convening;
  readonly options: ResolvedOptions;
  readonly lookup: Lookup;
  readonly calendar: ConveningCalendar;
  /** DTSTAMP for events with no `updatedAt` of their own (see {@link fallbackStamp}). */
  readonly fallbackStamp: DateTime;
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
 * An ISO instant as a luxon DateTime in the zone it is written in. ical-generator formats a luxon
 * value with `setZone(TZID)`, which depends only on the value; a JS Date would be read with the
 * server's own zone (ical-generator README, "Date, Time & Timezones").
 */
export function instantIn(iso: string, tzid: string | undefined): DateTime {
  // The schema only lets through ISO 8601 with an explicit offset, which Date.parse reads exactly
  // and several times faster than luxon's parser.
  return DateTime.fromMillis(Date.parse(iso), { zone: tzid ?? "utc" });
}

const stamps = new Map<string, DateTime>();

/** An `updatedAt` as the UTC DateTime of DTSTAMP and LAST-MODIFIED, read once per distinct value. */
export function stampOf(iso: string): DateTime {
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
export function epochIn(ms: number, tzid: string | undefined): DateTime {
  return DateTime.fromMillis(ms, { zone: tzid ?? "utc" });
}

/**
 * The DTSTAMP of an event that has no `updatedAt`: the convening's `updatedAt`, else the latest
 * `updatedAt` anywhere in the document, else the Unix epoch (worked out once per convening, in its
 * index). Never the clock: the same document must give the same bytes on every run, or every
 * refresh of a feed looks like a change.
 */
export function fallbackStamp(epochMs: number): DateTime {
  return DateTime.fromMillis(epochMs, { zone: "utc" });
}
