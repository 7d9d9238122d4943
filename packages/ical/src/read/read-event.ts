import ICAL from "ical.js";
import { type Wall, wallOf } from "./ics-time.js";

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

/** A jCal property (RFC 7265 §3.4): name, parameters, value type, values. */
type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
/** A jCal component: name, properties, subcomponents. */
type JCalComponent = [string, JCalProperty[], unknown[]];

const DESIGN = ICAL.design.icalendar;

/**
 * A property's values as ical.js's `Property.getValues()` gives them. Only the types ical.js
 * decorates (date-time, duration, recur, period…) get its wrapper; text, URIs, integers and
 * floats are the jCal values themselves, with no Property object per line (the cost of reading a
 * large file through `ICAL.Component` was one such object per property read).
 */
function valuesOf(p: JCalProperty): unknown[] {
  const type = DESIGN.value[p[2]];
  if (type !== undefined && "decorate" in type) return new ICAL.Property(p).getValues();
  return p.slice(3);
}

/** `Component.getFirstPropertyValue`: the first value of the first property so named, or null. */
function firstValue(p: JCalProperty | undefined): unknown {
  if (p === undefined || p.length <= 3) return null;
  const type = DESIGN.value[p[2]];
  if (type !== undefined && "decorate" in type) return new ICAL.Property(p).getFirstValue();
  return p[3];
}

// The properties fromICS reads: the first of each of these names (Component.getFirstProperty)…
const FIRST = new Set([
  "uid",
  "dtstart",
  "dtend",
  "duration",
  "recurrence-id",
  "summary",
  "description",
  "status",
  "sequence",
  "last-modified",
  "location",
  "geo",
  "url",
  "organizer",
]);
// …and all of each of these (Component.getAllProperties).
const ALL = new Set(["rrule", "rdate", "exdate", "categories", "conference", "attendee"]);

/** One pass over a VEVENT's properties: the ones read, by name, each list in file order. */
function byName(props: readonly JCalProperty[]): Map<string, JCalProperty[]> {
  const out = new Map<string, JCalProperty[]>();
  for (const p of props) {
    const name = p[0];
    const list = out.get(name);
    if (list === undefined) {
      if (FIRST.has(name) || ALL.has(name)) out.set(name, [p]);
    } else if (ALL.has(name)) list.push(p);
  }
  return out;
}

function text(p: JCalProperty | undefined): string | undefined {
  const v = firstValue(p);
  return v === null || v === undefined ? undefined : String(v);
}

/** A parameter as `Property.getParameter` reads it. */
function parameter(p: JCalProperty, name: string): unknown {
  return name in p[1] ? p[1][name] : undefined;
}

function timeValues(p: JCalProperty): TimeValue[] {
  const tzid = parameter(p, "tzid");
  // jCal keeps each value as its string; ical.js's Time objects would apply zones it registered.
  const out: TimeValue[] = [];
  for (let i = 3; i < p.length; i++) {
    const wall = wallOf(p[i]);
    if (wall !== undefined) out.push({ wall, tzid: typeof tzid === "string" ? tzid : undefined });
  }
  return out;
}

function periodValues(p: JCalProperty): Period[] {
  if (p[2] !== "period") return [];
  const tzid = parameter(p, "tzid");
  const zone = typeof tzid === "string" ? tzid : undefined;
  const out: Period[] = [];
  for (let i = 3; i < p.length; i++) {
    const value = p[i];
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

function timeProp(p: JCalProperty | undefined): TimeValue | undefined {
  return p === undefined ? undefined : timeValues(p)[0];
}

function param(p: JCalProperty, name: string): string | undefined {
  const v = parameter(p, name);
  return typeof v === "string" ? v : Array.isArray(v) ? v[0] : undefined;
}

function user(p: JCalProperty): CalendarUser {
  const value = String(firstValue(p) ?? "");
  const email = value.slice(0, 7).toLowerCase() === "mailto:" ? value.slice(7).trim() : undefined;
  return {
    email: email === "" ? undefined : email,
    name: param(p, "cn"),
    role: param(p, "role")?.toUpperCase(),
    cutype: param(p, "cutype")?.toUpperCase(),
  };
}

// One empty list for every event without RRULE, RDATE, EXDATE…: most events of a large file.
const NONE: readonly never[] = Object.freeze([]);

function each<T>(
  list: readonly JCalProperty[] | undefined,
  read: (p: JCalProperty) => T,
): readonly T[] {
  return list === undefined ? NONE : list.map(read);
}

/**
 * Reads one VEVENT's properties from its jCal (what `ICAL.parse` gives), as ical.js's
 * `Component` would hand them over; throws only on values ical.js cannot decode.
 */
export function readEvent(vevent: unknown): RawEvent {
  const props = byName((vevent as JCalComponent)[1]);
  const first = (name: string) => props.get(name)?.[0];
  const all = (name: string) => props.get(name);
  const duration = firstValue(first("duration"));
  const geo = firstValue(first("geo"));
  const rdates = all("rdate") ?? NONE;
  const seq = firstValue(first("sequence"));
  const organizer = first("organizer");
  return {
    uid: text(first("uid")),
    start: timeProp(first("dtstart")),
    end: timeProp(first("dtend")),
    duration: duration instanceof ICAL.Duration ? duration : undefined,
    recurrenceId: timeProp(first("recurrence-id")),
    rrules: each(all("rrule"), (p) => firstValue(p) as Recur),
    rdates: rdates.length === 0 ? NONE : rdates.flatMap(timeValues),
    rdatePeriods: rdates.filter((p) => p[2] === "period").length,
    periods: rdates.length === 0 ? NONE : rdates.flatMap(periodValues),
    exdates: all("exdate")?.flatMap(timeValues) ?? NONE,
    summary: text(first("summary")),
    description: text(first("description")),
    status: text(first("status"))?.toUpperCase(),
    sequence: typeof seq === "number" && Number.isInteger(seq) && seq >= 0 ? seq : undefined,
    lastModified: timeProp(first("last-modified")),
    categories:
      all("categories")
        ?.flatMap((p) => valuesOf(p).map((v) => String(v).trim()))
        .filter((v) => v !== "") ?? NONE,
    location: text(first("location")),
    geo:
      Array.isArray(geo) && geo.length === 2 && geo.every((n) => typeof n === "number")
        ? [geo[0] as number, geo[1] as number]
        : undefined,
    url: text(first("url")),
    conferences: each(all("conference"), (p) => String(firstValue(p) ?? "")),
    organizer: organizer === undefined ? undefined : user(organizer),
    attendees: each(all("attendee"), user),
  };
}
