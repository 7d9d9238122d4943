import ICAL from "ical.js";
import { type Wall, wallOf } from "./ics-time.js";

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Recur = InstanceType<typeof ICAL.Recur>;

/** A date-time property: its wall value and TZID. */
export interface TimeValue {
  readonly wall: Wall;
  readonly tzid: string | undefined;
}

/** An RDATE period: its start, and its end or its duration (RFC 5545 §3.3.9). */
export interface Period {
  readonly start: TimeValue;
  readonly end: TimeValue | undefined;
  readonly duration: InstanceType<typeof ICAL.Duration> | undefined;
}

/** A calendar user (RFC 5545 §3.3.3) as ORGANIZER or ATTENDEE names them. */
export interface CalendarUser {
  readonly email: string | undefined;
  readonly name: string | undefined;
  readonly role: string | undefined;
  readonly cutype: string | undefined;
}

/** One VEVENT's properties, decoded by ical.js and not yet interpreted. */
export interface RawEvent {
  readonly uid: string | undefined;
  readonly start: TimeValue | undefined;
  readonly end: TimeValue | undefined;
  readonly duration: InstanceType<typeof ICAL.Duration> | undefined;
  readonly recurrenceId: TimeValue | undefined;
  readonly rrules: readonly Recur[];
  readonly rdates: readonly TimeValue[];
  /** RDATE values that are periods (VALUE=PERIOD), which no series holds. */
  readonly rdatePeriods: number;
  /** Those periods as written (RFC 5545 §3.3.9): a start and an end or a duration. */
  readonly periods: readonly Period[];
  readonly exdates: readonly TimeValue[];
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly status: string | undefined;
  readonly sequence: number | undefined;
  readonly lastModified: TimeValue | undefined;
  readonly categories: readonly string[];
  readonly location: string | undefined;
  readonly geo: readonly [number, number] | undefined;
  readonly url: string | undefined;
  readonly conferences: readonly string[];
  readonly organizer: CalendarUser | undefined;
  readonly attendees: readonly CalendarUser[];
}

function text(c: Component, name: string): string | undefined {
  const v = c.getFirstPropertyValue(name);
  return v === null || v === undefined ? undefined : String(v);
}

function timeValues(p: Property): TimeValue[] {
  const tzid = p.getParameter("tzid");
  // jCal keeps each value as its string; ical.js's Time objects would apply zones it registered.
  const raw = (p.toJSON() as unknown[]).slice(3);
  const out: TimeValue[] = [];
  for (const value of raw) {
    const wall = wallOf(value);
    if (wall !== undefined) out.push({ wall, tzid: typeof tzid === "string" ? tzid : undefined });
  }
  return out;
}

function periodValues(p: Property): Period[] {
  if (p.type !== "period") return [];
  const tzid = p.getParameter("tzid");
  const zone = typeof tzid === "string" ? tzid : undefined;
  const out: Period[] = [];
  for (const value of (p.toJSON() as unknown[]).slice(3)) {
    if (!Array.isArray(value)) continue;
    const start = wallOf(value[0]);
    if (start === undefined) continue;
    const end = wallOf(value[1]);
    let duration: InstanceType<typeof ICAL.Duration> | undefined;
    if (end === undefined && typeof value[1] === "string") {
      try {
        duration = ICAL.Duration.fromString(value[1]);
      } catch {
        continue;
      }
    }
    out.push({
      start: { wall: start, tzid: zone },
      end: end === undefined ? undefined : { wall: end, tzid: zone },
      duration,
    });
  }
  return out;
}

function timeProp(c: Component, name: string): TimeValue | undefined {
  const p = c.getFirstProperty(name);
  return p === null ? undefined : timeValues(p)[0];
}

function param(p: Property, name: string): string | undefined {
  const v = p.getParameter(name);
  return typeof v === "string" ? v : Array.isArray(v) ? v[0] : undefined;
}

function user(p: Property): CalendarUser {
  const value = String(p.getFirstValue() ?? "");
  const email = /^mailto:/i.test(value) ? value.slice(7).trim() : undefined;
  return {
    email: email === "" ? undefined : email,
    name: param(p, "cn"),
    role: param(p, "role")?.toUpperCase(),
    cutype: param(p, "cutype")?.toUpperCase(),
  };
}

/** Reads one VEVENT's properties; throws only on values ical.js cannot decode. */
export function readEvent(c: Component): RawEvent {
  const duration = c.getFirstPropertyValue("duration");
  const geo = c.getFirstPropertyValue("geo") as unknown;
  const rdates = c.getAllProperties("rdate");
  const seq = c.getFirstPropertyValue("sequence");
  return {
    uid: text(c, "uid"),
    start: timeProp(c, "dtstart"),
    end: timeProp(c, "dtend"),
    duration: duration instanceof ICAL.Duration ? duration : undefined,
    recurrenceId: timeProp(c, "recurrence-id"),
    rrules: c.getAllProperties("rrule").map((p) => p.getFirstValue() as Recur),
    rdates: rdates.flatMap(timeValues),
    rdatePeriods: rdates.filter((p) => p.type === "period").length,
    periods: rdates.flatMap(periodValues),
    exdates: c.getAllProperties("exdate").flatMap(timeValues),
    summary: text(c, "summary"),
    description: text(c, "description"),
    status: text(c, "status")?.toUpperCase(),
    sequence: typeof seq === "number" && Number.isInteger(seq) && seq >= 0 ? seq : undefined,
    lastModified: timeProp(c, "last-modified"),
    categories: c
      .getAllProperties("categories")
      .flatMap((p) => p.getValues().map((v) => String(v).trim()))
      .filter((v) => v !== ""),
    location: text(c, "location"),
    geo:
      Array.isArray(geo) && geo.length === 2 && geo.every((n) => typeof n === "number")
        ? [geo[0] as number, geo[1] as number]
        : undefined,
    url: text(c, "url"),
    conferences: c.getAllProperties("conference").map((p) => String(p.getFirstValue() ?? "")),
    organizer: c.getFirstProperty("organizer") ? user(c.getFirstProperty("organizer")!) : undefined,
    attendees: c.getAllProperties("attendee").map(user),
  };
}
