import ICAL from "ical.js";
import type { CalendarUser, Period, RawEvent, TimeValue } from "../../src/read/read-event.js";

// The reference the jCal reader is held to: one VEVENT read through ical.js's own object API
// (ICAL.Component and ICAL.Property, hydrated values), as fromICS read every event before it
// read jCal arrays directly. Wall values come from the same jCal strings on both sides.

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Recur = InstanceType<typeof ICAL.Recur>;

const JCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z)?)?$/;

/** The wall fields by the jCal date-time pattern (RFC 7265 §3.3.5), the reference for wallOf. */
export function wallByPattern(value: unknown): TimeValue["wall"] | undefined {
  if (typeof value !== "string") return undefined;
  const m = JCAL_TIME.exec(value);
  if (m === null) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  return {
    year: n(1),
    month: n(2),
    day: n(3),
    hour: n(4),
    minute: n(5),
    second: n(6),
    isDate: m[4] === undefined,
    utc: m[7] === "Z",
  };
}

function text(c: Component, name: string): string | undefined {
  const v = c.getFirstPropertyValue(name);
  return v === null || v === undefined ? undefined : String(v);
}

function timeValues(p: Property): TimeValue[] {
  const tzid = p.getParameter("tzid");
  const out: TimeValue[] = [];
  for (const value of (p.toJSON() as unknown[]).slice(3)) {
    const wall = wallByPattern(value);
    if (wall !== undefined) out.push({ wall, tzid: typeof tzid === "string" ? tzid : undefined });
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

/** RDATE periods (VALUE=PERIOD) as ical.js's own ICAL.Period objects give them. */
function periodValues(p: Property): Period[] {
  if (p.type !== "period") return [];
  const tzid = p.getParameter("tzid");
  const zone = typeof tzid === "string" ? tzid : undefined;
  const out: Period[] = [];
  // Each value decoded by ICAL.Period on its own: one it cannot decode (a DATE period such as
  // python-icalendar's `19970101/19970102`, which RFC 5545 §3.3.9 does not allow) is skipped, as
  // fromICS skips it, instead of failing the event.
  for (const json of (p.toJSON() as unknown[]).slice(3)) {
    let value: InstanceType<typeof ICAL.Period>;
    try {
      value = ICAL.Period.fromJSON(json as never, p, false);
    } catch {
      continue;
    }
    const start = wallByPattern(value.start.toString());
    if (start === undefined) continue;
    const end = value.end === null ? undefined : wallByPattern(value.end.toString());
    const duration = value.end === null ? (value.duration ?? undefined) : undefined;
    out.push({
      start: { wall: start, tzid: zone },
      end: end === undefined ? undefined : { wall: end, tzid: zone },
      duration,
    });
  }
  return out;
}

/** One VEVENT read through ICAL.Component. */
export function readEventByComponent(c: Component): RawEvent {
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

/**
 * Every VEVENT of a whole-file ICAL.parse, in the order fromICS lists them: each top-level
 * component, then (depth first) each VCALENDAR nested in a calendar, each one's VEVENTs in order.
 */
export function eventsByComponent(text: string): (RawEvent | { error: string })[] {
  const jcal = ICAL.parse(text) as unknown;
  const list = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  const out: (RawEvent | { error: string })[] = [];
  const visit = (c: Component) => {
    for (const vevent of c.getAllSubcomponents("vevent"))
      out.push(outcome(() => readEventByComponent(vevent)));
    for (const inner of c.getAllSubcomponents("vcalendar")) visit(inner);
  };
  for (const j of list) visit(new ICAL.Component(j as never));
  return out;
}

/** An event as read, or the message of what reading it threw (fromICS skips it with a warning). */
export function outcome(read: () => RawEvent): RawEvent | { error: string } {
  try {
    return read();
  } catch (error) {
    return { error: (error as Error).message };
  }
}
