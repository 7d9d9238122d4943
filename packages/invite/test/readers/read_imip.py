#!/usr/bin/python3
"""Reads iMIP messages and iTIP calendars with Debian's own readers, for @convening/invite's tests.

Input (stdin): JSON {"messages": [base64 of RFC 5322 bytes, ...], "calendars": [ics, ...]}.
Output (stdout): JSON {"messages": [Message, ...], "calendars": [Calendar, ...]}, in input order.

Message (Python's `email` package, policy.default):
  {"headers": {name: value}, "tree": [{"depth", "type", "params", "disposition", "filename"}],
   "calendars": [decoded text of each text/calendar or .ics part]}
Calendar:
  {"libical": {"method", "errors", "events": [{"uid", "sequence", "organizer", "attendees"}]},
   "icalendar": {"method", "events": [{"uid", "sequence", "attendees": [{"address", "partstat"}]}]}}
libical (3, through GObject introspection) applies check_restrictions(), the iTIP rules of the
calendar's METHOD (RFC 5546 §3), to every calendar; its findings, like parse errors, come back as
X-LIC-ERROR properties. A reader that cannot read a calendar reports {"crash": "..."}.
"""

import base64
import email
import email.policy
import json
import sys

import gi
import icalendar

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I  # noqa: E402


def mime(raw):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    tree = []
    calendars = []

    def walk(part, depth):
        tree.append(
            {
                "depth": depth,
                "type": part.get_content_type(),
                "params": {k.lower(): v for k, v in part.get_params()[1:]} if part.get_params() else {},
                "disposition": part.get_content_disposition(),
                "filename": part.get_filename(),
            }
        )
        if part.is_multipart():
            for child in part.iter_parts():
                walk(child, depth + 1)
        elif part.get_content_type() == "text/calendar" or (part.get_filename() or "").endswith(".ics"):
            payload = part.get_payload(decode=True)
            calendars.append(payload.decode(part.get_content_charset() or "utf-8"))

    walk(message, 0)
    headers = {k: str(v) for k, v in message.items()}
    return {"headers": headers, "tree": tree, "calendars": calendars}


def props(comp, kind):
    out = []
    p = comp.get_first_property(kind)
    while p is not None:
        out.append(p)
        p = comp.get_next_property(kind)
    return out


def lic_errors(comp):
    errors = [p.get_xlicerror() for p in props(comp, I.PropertyKind.XLICERROR_PROPERTY)]
    child = comp.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while child is not None:
        errors.extend(lic_errors(child))
        child = comp.get_next_component(I.ComponentKind.ANY_COMPONENT)
    return errors


def read_libical(ics):
    cal = I.Component.new_from_string(ics)
    if cal is None:
        return {"crash": "libical could not parse the calendar"}
    method = cal.get_first_property(I.PropertyKind.METHOD_PROPERTY)
    cal.check_restrictions()
    events = []
    ev = cal.get_first_component(I.ComponentKind.VEVENT_COMPONENT)
    while ev is not None:
        organizer = ev.get_first_property(I.PropertyKind.ORGANIZER_PROPERTY)
        events.append(
            {
                "uid": ev.get_uid(),
                "sequence": ev.get_sequence(),
                "organizer": organizer.get_organizer() if organizer is not None else None,
                "attendees": [a.get_attendee() for a in props(ev, I.PropertyKind.ATTENDEE_PROPERTY)],
            }
        )
        ev = cal.get_next_component(I.ComponentKind.VEVENT_COMPONENT)
    return {
        "method": method.get_value_as_string() if method is not None else None,
        "errors": lic_errors(cal),
        "events": events,
    }


def read_icalendar(ics):
    cal = icalendar.Calendar.from_ical(ics)
    events = []
    for ev in cal.walk("VEVENT"):
        attendees = ev.get("ATTENDEE")
        if attendees is None:
            attendees = []
        elif not isinstance(attendees, list):
            attendees = [attendees]
        events.append(
            {
                "uid": str(ev.get("UID")),
                "sequence": int(ev.get("SEQUENCE", 0)),
                "attendees": [
                    {"address": str(a), "partstat": str(a.params.get("PARTSTAT", "NEEDS-ACTION"))}
                    for a in attendees
                ],
            }
        )
    return {"method": str(cal.get("METHOD")) if cal.get("METHOD") else None, "events": events}


def guarded(reader, value):
    try:
        return reader(value)
    except Exception as error:  # a reader that cannot read it is a finding, not a crash of the harness
        return {"crash": "%s: %s" % (type(error).__name__, error)}


def main():
    request = json.load(sys.stdin)
    out = {
        "messages": [guarded(mime, base64.b64decode(m)) for m in request.get("messages", [])],
        "calendars": [
            {"libical": guarded(read_libical, ics), "icalendar": guarded(read_icalendar, ics)}
            for ics in request.get("calendars", [])
        ],
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
