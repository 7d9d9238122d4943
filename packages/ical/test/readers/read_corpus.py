#!/usr/bin/python3
"""Reads foreign iCalendar files with python3-icalendar and libical and prints each event's start.

Input (stdin): JSON {"files": [ics, ...]}.
Output (stdout): JSON [{"icalendar": Reading, "libical": Reading}, ...], one per input, where a
Reading is {"events": [Event]} or {"crash": "Type: message"} when the reader refuses the file.
An Event is {"uid", "rid", "start", "excluded"}: "excluded" lists the VALUE=DATE days its EXDATEs
remove (python-icalendar only), "start" is the UTC instant ("2021-03-23T15:20:00Z"), or
{"date": "YYYY-MM-DD"} for VALUE=DATE, or {"unresolved": TZID} when the reader has no zone for
the TZID, or {"error": message} when it cannot read that one event.

Floating times (no TZID, no Z) are read as UTC, the zone the corpus test passes to fromICS as
floatingZone, so the result never depends on the machine's zone.

The icalendar side reuses read_ics.py, whose import installs its RFC-conformant replacements for
four decoders of Debian's python3-icalendar 4.0.3 (see there); zones come from the file's own
VTIMEZONE, else from pytz by name when the TZID is an IANA id.
"""

import json
import os
import sys
from datetime import date, datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import icalendar  # noqa: E402
import pytz  # noqa: E402
import read_ics  # noqa: E402  (installs the decoder fixes)
from read_ics import UTC, I, iso, iter_components, lic_instant, localize  # noqa: E402


def crash(error):
    return {"crash": "%s: %s" % (type(error).__name__, error)}


# ---------------------------------------------------------------- python3-icalendar


def ical_zones(cal):
    zones = {}
    for z in cal.walk("VTIMEZONE"):
        try:
            zones[str(z["TZID"])] = z.to_tz()
        except Exception:  # a VTIMEZONE it cannot build: events using it come out unresolved
            pass
    return zones


def ical_time(prop, zones):
    if prop is None:
        return None
    dt = prop.dt
    if isinstance(dt, date) and not isinstance(dt, datetime):
        return {"date": dt.isoformat()}
    tzid = prop.params.get("TZID")
    if dt.tzinfo is not None and tzid is None:
        return iso(dt)
    naive = dt.replace(tzinfo=None)
    if tzid is None:
        return iso(naive.replace(tzinfo=UTC))
    tz = zones.get(str(tzid))
    if tz is None:
        try:
            tz = pytz.timezone(str(tzid))
        except Exception:
            return {"unresolved": str(tzid)}
    return iso(localize(tz, naive))


def excluded_dates(ev):
    """The VALUE=DATE days an event's EXDATEs remove (one property or several, each a list)."""
    props = ev.get("EXDATE")
    if props is None:
        return []
    out = []
    for prop in props if isinstance(props, list) else [props]:
        for d in getattr(prop, "dts", []):
            if isinstance(d.dt, date) and not isinstance(d.dt, datetime):
                out.append(d.dt.isoformat())
    return out


def read_icalendar(ics):
    try:
        cals = icalendar.Calendar.from_ical(ics, multiple=True)
    except Exception as error:
        return crash(error)
    events = []
    for cal in cals:
        zones = ical_zones(cal)
        for ev in cal.walk("VEVENT"):
            uid = ev.get("UID")
            if isinstance(uid, list):  # a UID written twice (ical4j's incoming.ics): the first, as libical
                uid = uid[0]
            event = {"uid": None if uid is None else str(uid)}
            try:
                event["rid"] = ical_time(ev.get("RECURRENCE-ID"), zones)
                event["start"] = ical_time(ev.get("DTSTART"), zones)
                event["excluded"] = excluded_dates(ev)
            except Exception as error:
                event["start"] = {"error": "%s: %s" % (type(error).__name__, error)}
            events.append(event)
    return {"events": events}


# ---------------------------------------------------------------- libical


def lic_time(prop, ev):
    if prop is None:
        return None
    t = prop.get_datetime_with_component(ev)
    if t is None or t.is_null_time():
        return None
    if t.is_date():
        return {"date": "%04d-%02d-%02d" % (t.get_year(), t.get_month(), t.get_day())}
    tzid = prop.get_first_parameter(I.ParameterKind.TZID_PARAMETER)
    if tzid is not None and t.get_timezone() is None and not t.is_utc():
        # A TZID libical could not find (no VTIMEZONE, not in its built-in set): left floating.
        return {"unresolved": tzid.get_tzid()}
    return lic_instant(t)


def read_libical(ics):
    try:
        root = I.Component.new_from_string(ics)
    except Exception as error:
        return crash(error)
    if root is None:
        return {"crash": "libical found no component"}
    if root.isa() == I.ComponentKind.VEVENT_COMPONENT:
        vevents = [root]
    else:
        vevents = []
        kinds = (I.ComponentKind.VCALENDAR_COMPONENT, I.ComponentKind.XROOT_COMPONENT)
        stack = [root]
        while stack:
            comp = stack.pop(0)
            vevents.extend(iter_components(comp, I.ComponentKind.VEVENT_COMPONENT))
            if comp.isa() in kinds:
                for kind in kinds:
                    stack.extend(iter_components(comp, kind))
    events = []
    for ev in vevents:
        rid = ev.get_first_property(I.PropertyKind.RECURRENCEID_PROPERTY)
        event = {"uid": ev.get_uid()}
        try:
            event["rid"] = lic_time(rid, ev)
            event["start"] = lic_time(ev.get_first_property(I.PropertyKind.DTSTART_PROPERTY), ev)
        except Exception as error:
            event["start"] = {"error": "%s: %s" % (type(error).__name__, error)}
        events.append(event)
    return {"events": events}


def main():
    request = json.load(sys.stdin)
    out = [{"icalendar": read_icalendar(ics), "libical": read_libical(ics)} for ics in request["files"]]
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    del read_ics  # imported for its side effect only
    main()
