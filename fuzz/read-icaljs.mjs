// What ical.js (Mozilla's reader, used by Thunderbird) reads from a calendar, in the shape of
// read_many.py's readings. ical.js resolves TZIDs through the calendar's own VTIMEZONEs.

import ICAL from "ical.js";

const textType = ICAL.design.icalendar.value.text;

function iso(time) {
  if (!time || typeof time.toUnixTime !== "function") return null;
  return new Date(time.toUnixTime() * 1000).toISOString().replace(".000Z", "Z");
}

/** A property's text: ical.js leaves properties it has no type for (NAME, X-WR-*) undecoded. */
function textOf(prop) {
  if (prop === null) return null;
  const value = prop.getFirstValue();
  if (value === null || value === undefined) return null;
  return prop.type === "unknown" ? textType.fromICAL(String(value)) : String(value);
}

function first(component, name) {
  return textOf(component.getFirstProperty(name));
}

function param(prop, name) {
  const value = prop.getParameter(name);
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.join(",") : String(value);
}

function components(component, prefix, out) {
  const path = prefix ? `${prefix}/${component.name.toUpperCase()}` : component.name.toUpperCase();
  const props = component
    .getAllProperties()
    .map((p) =>
      [
        p.name.toUpperCase(),
        ...Object.keys(p.jCal[1])
          .map((k) => k.toUpperCase())
          .sort(),
      ].join(";"),
    )
    .sort();
  out.push({ path, props });
  for (const sub of component.getAllSubcomponents()) components(sub, path, out);
  return out;
}

/** ical.js's reading of `ics`; throws when ical.js cannot parse it. */
export function readWithIcalJs(ics) {
  const root = new ICAL.Component(ICAL.parse(ics));
  const errors = [];
  const when = (vevent, name) => {
    try {
      return iso(vevent.getFirstPropertyValue(name));
    } catch (error) {
      errors.push(`${name}: ${error}`);
      return "error";
    }
  };
  const events = root.getAllSubcomponents("vevent").map((vevent) => {
    const organizer = vevent.getFirstProperty("organizer");
    return {
      uid: first(vevent, "uid"),
      summary: first(vevent, "summary"),
      description: first(vevent, "description"),
      location: first(vevent, "location"),
      categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
      url: first(vevent, "url"),
      organizerCn: organizer ? param(organizer, "cn") : null,
      organizerAddress: organizer ? String(organizer.getFirstValue()) : null,
      attendeeCns: vevent.getAllProperties("attendee").map((a) => param(a, "cn")),
      attendeeAddresses: vevent.getAllProperties("attendee").map((a) => String(a.getFirstValue())),
      conferenceLabels: vevent.getAllProperties("conference").map((c) => param(c, "label")),
      alarmDescriptions: vevent.getAllSubcomponents("valarm").map((a) => first(a, "description")),
      start: when(vevent, "dtstart"),
      end: vevent.hasProperty("dtend") ? when(vevent, "dtend") : null,
    };
  });
  return {
    components: components(root, "", []),
    calendar: {
      name: first(root, "name"),
      calname: first(root, "x-wr-calname"),
      caldesc: first(root, "x-wr-caldesc"),
    },
    events,
    errors,
    xlic: [],
  };
}
