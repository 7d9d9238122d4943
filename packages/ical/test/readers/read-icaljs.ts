import ICAL from "ical.js";
import type { ReadCalendar, ReadEvent, Window } from "./types.js";

// The ical.js reader (Mozilla's, used by Thunderbird): instants come from the file's own
// VTIMEZONE (ical.js looks TZIDs up in the calendar it parsed), recurrences from its iterator.

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

function iso(time: Time | null | undefined): string | null {
  if (!time) return null;
  // A DATE value (an all-day event, RFC 5545 §3.3.4) is a day, not an instant: kept as its date.
  if (time.isDate) return time.toString();
  return new Date(time.toUnixTime() * 1000).toISOString().replace(".000Z", "Z");
}

function text(component: Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
}

/**
 * A TEXT property ical.js has no type for (RFC 7986 NAME, the X-WR-* names): it hands the raw
 * value back, so it is decoded here with ical.js's own TEXT decoder.
 */
function untypedText(component: Component, name: string): string | null {
  const raw = text(component, name);
  const textType = (
    ICAL.design.icalendar.value as unknown as Record<string, { fromICAL(v: string): string }>
  ).text!;
  return raw === null ? null : textType.fromICAL(raw);
}

function param(prop: InstanceType<typeof ICAL.Property>, name: string): string | null {
  const value = prop.getParameter(name);
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.join(",") : String(value);
}

function occurrences(vevent: Component, window: Window): string[] | null {
  const recurring = vevent.hasProperty("rrule") || vevent.hasProperty("rdate");
  if (!recurring || vevent.hasProperty("recurrence-id")) return null;
  const event = new ICAL.Event(vevent);
  const it = event.iterator();
  const out: string[] = [];
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  for (let next = it.next(), guard = 0; next && guard < 100_000; next = it.next(), guard++) {
    const ms = next.toUnixTime() * 1000;
    if (ms >= to) break;
    if (ms >= from) out.push(iso(next)!);
  }
  return out;
}

/** What ical.js reads from iCalendar text, normalised like the Python readers' output. */
export function readWithIcalJs(ics: string, window: Window): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(ics));
  const events: ReadEvent[] = root.getAllSubcomponents("vevent").map((vevent) => {
    const start = vevent.getFirstProperty("dtstart");
    const geo = vevent.getFirstPropertyValue("geo") as unknown as number[] | null;
    const organizer = vevent.getFirstProperty("organizer");
    return {
      props: vevent.getAllProperties().map((p) => p.name.toUpperCase()),
      uid: text(vevent, "uid"),
      recurrenceId: iso(vevent.getFirstPropertyValue("recurrence-id") as Time | null),
      start: iso(vevent.getFirstPropertyValue("dtstart") as Time | null),
      end: iso(vevent.getFirstPropertyValue("dtend") as Time | null),
      tzid: start ? param(start, "tzid") : null,
      summary: text(vevent, "summary"),
      description: text(vevent, "description"),
      location: text(vevent, "location"),
      categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
      status: text(vevent, "status"),
      sequence: vevent.hasProperty("sequence")
        ? Number(vevent.getFirstPropertyValue("sequence"))
        : null,
      stamp: iso(vevent.getFirstPropertyValue("dtstamp") as Time | null),
      url: text(vevent, "url"),
      geo: geo ? [Number(geo[0]), Number(geo[1])] : null,
      organizer: organizer
        ? { cn: param(organizer, "cn"), address: String(organizer.getFirstValue()) }
        : null,
      attendees: vevent.getAllProperties("attendee").map((a) => ({
        cn: param(a, "cn"),
        address: String(a.getFirstValue()),
        role: param(a, "role"),
        partstat: param(a, "partstat"),
      })),
      conferences: vevent.getAllProperties("conference").map((c) => ({
        uri: String(c.getFirstValue()),
        label: param(c, "label"),
        feature: param(c, "feature"),
      })),
      alarms: vevent
        .getAllSubcomponents("valarm")
        .map((a) => String(a.getFirstProperty("trigger")?.toICALString() ?? "")),
      occurrences: occurrences(vevent, window),
    };
  });
  return {
    method: text(root, "method"),
    name: untypedText(root, "name"),
    calname: untypedText(root, "x-wr-calname"),
    refresh: root.getFirstProperty("refresh-interval")?.getFirstValue()?.toString() ?? null,
    ttl: text(root, "x-published-ttl"),
    url: text(root, "url"),
    zones: root
      .getAllSubcomponents("vtimezone")
      .map((z) => String(z.getFirstPropertyValue("tzid")))
      .sort(),
    errors: [],
    events,
  };
}
