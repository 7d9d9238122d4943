#!/usr/bin/python3
"""Reads many calendars with python3-icalendar and libical in one long-lived process.

Input (stdin): one JSON object per line, {"ics": text}. Output (stdout): one JSON line per input,
in order, {"icalendar": Reading, "libical": Reading}, then {"done": true, "cpuSeconds": n} at the
end of input, where a Reading is

    {"components": [{"path": "VCALENDAR/VEVENT", "props": ["NAME;PARAM;PARAM", ...]}, ...],
     "calendar": {"name", "calname", "caldesc"},
     "events": [{"uid", "summary", "description", "location", "categories", "url",
                 "organizerCn", "attendeeCns", "conferenceLabels", "alarmDescriptions",
                 "start", "end"}],
     "errors": [text, ...], "xlic": [text, ...]}

or {"crash": text} when the reader could not read the calendar at all. Components come depth
first in document order; each component's property signatures (name and parameter names, upper
case, parameters sorted) are sorted, because python3-icalendar groups properties by name.

python3-icalendar is Debian 12's 4.0.3 with the decoding fixes of
packages/ical/test/readers/read_ics.py applied (importing it installs them): its four TEXT and
parameter decoding bugs are fixed upstream, and the fuzz tests our output, not those bugs.
"""

import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "packages", "ical", "test", "readers"))

import icalendar  # noqa: E402
import read_ics  # noqa: E402  (installs the decoding fixes; gives instant() and rfc6868_decode())
from gi.repository import ICalGLib as I  # noqa: E402  (read_ics required version 3.0)

# ---------------------------------------------------------------- python3-icalendar


def ical_signature(name, value):
    params = getattr(value, "params", None) or {}
    return ";".join([name.upper(), *sorted(k.upper() for k in params.keys())])


def ical_components(comp, prefix, out):
    path = f"{prefix}/{comp.name}" if prefix else comp.name
    props = sorted(
        ical_signature(name, value)
        for name, value in comp.property_items(recursive=False, sorted=False)
        if name not in ("BEGIN", "END")
    )
    out.append({"path": path, "props": props})
    for sub in comp.subcomponents:
        ical_components(sub, path, out)
    return out


def ical_text(value):
    return None if value is None else str(value)


def ical_list(comp, name):
    value = comp.get(name)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def ical_errors(comp, out):
    for name, message in comp.errors:
        out.append(f"{comp.name}: {name}: {message}")
    for sub in comp.subcomponents:
        ical_errors(sub, out)
    return out


# to_tz() of one VTIMEZONE, keyed by its text: calendars of one zone and span repeat it, and
# building the tzinfo costs more than parsing a small calendar. Cleared when full (a bound).
_TZ_CACHE = {}
_TZ_CACHE_MAX = 512
_VTIMEZONE = re.compile(r"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", re.S)


def to_tz(component, text):
    key = text or None
    if key is not None and key in _TZ_CACHE:
        return _TZ_CACHE[key]
    try:
        tz = component.to_tz()
    except Exception as error:  # e.g. an assertion in to_tz() on a lone DAYLIGHT observance
        tz = error
    if key is not None:
        if len(_TZ_CACHE) >= _TZ_CACHE_MAX:
            _TZ_CACHE.clear()
        _TZ_CACHE[key] = tz
    return tz


def read_icalendar(ics):
    cal = icalendar.Calendar.from_ical(ics)
    errors = ical_errors(cal, [])
    zones = {}
    vtimezones = cal.walk("VTIMEZONE")
    texts = _VTIMEZONE.findall(ics)
    for k, z in enumerate(vtimezones):
        tz = to_tz(z, texts[k] if len(texts) == len(vtimezones) else None)
        if isinstance(tz, Exception):
            errors.append(f"VTIMEZONE {z.get('TZID')}: to_tz(): {type(tz).__name__}: {tz}")
        else:
            zones[str(z["TZID"])] = tz

    def when(prop):
        if prop is None:
            return None
        tzid = prop.params.get("TZID")
        if tzid is not None and str(tzid) not in zones:
            return "no-zone"
        try:
            return read_ics.instant(prop, zones)
        except Exception as error:
            errors.append(f"instant: {type(error).__name__}: {error}")
            return "error"

    events = []
    for ev in cal.walk("VEVENT"):
        cats = []
        for c in ical_list(ev, "CATEGORIES"):
            cats.extend(str(x) for x in c.cats)
        organizer = ev.get("ORGANIZER")
        events.append(
            {
                "uid": ical_text(ev.get("UID")),
                "summary": ical_text(ev.get("SUMMARY")),
                "description": ical_text(ev.get("DESCRIPTION")),
                "location": ical_text(ev.get("LOCATION")),
                "categories": cats,
                "url": ical_text(ev.get("URL")),
                "organizerCn": None if organizer is None else read_ics.rfc6868_decode(organizer.params.get("CN")),
                "organizerAddress": ical_text(organizer),
                "attendeeCns": [read_ics.rfc6868_decode(a.params.get("CN")) for a in ical_list(ev, "ATTENDEE")],
                "attendeeAddresses": [ical_text(a) for a in ical_list(ev, "ATTENDEE")],
                "conferenceLabels": [read_ics.rfc6868_decode(c.params.get("LABEL")) for c in ical_list(ev, "CONFERENCE")],
                "alarmDescriptions": [ical_text(a.get("DESCRIPTION")) for a in ev.walk("VALARM")],
                "start": when(ev.get("DTSTART")),
                "end": when(ev.get("DTEND")),
            }
        )
    return {
        "components": ical_components(cal, "", []),
        "calendar": {
            "name": ical_text(cal.get("NAME")),
            "calname": ical_text(cal.get("X-WR-CALNAME")),
            "caldesc": ical_text(cal.get("X-WR-CALDESC")),
        },
        "events": events,
        "errors": errors,
        "xlic": [],
    }


# ---------------------------------------------------------------- libical


def lic_properties(comp):
    out = []
    p = comp.get_first_property(I.PropertyKind.ANY_PROPERTY)
    while p is not None:
        out.append(p)
        p = comp.get_next_property(I.PropertyKind.ANY_PROPERTY)
    return out


def lic_children(comp, kind=I.ComponentKind.ANY_COMPONENT):
    out = []
    c = comp.get_first_component(kind)
    while c is not None:
        out.append(c)
        c = comp.get_next_component(kind)
    return out


def lic_param_names(prop):
    names = []
    p = prop.get_first_parameter(I.ParameterKind.ANY_PARAMETER)
    while p is not None:
        names.append(p.as_ical_string().split("=", 1)[0].strip().upper())
        p = prop.get_next_parameter(I.ParameterKind.ANY_PARAMETER)
    return names


def lic_components(comp, prefix, out, xlic):
    name = I.Component.kind_to_string(comp.isa())
    if comp.isa() == I.ComponentKind.X_COMPONENT:
        name = comp.get_x_name() if hasattr(comp, "get_x_name") else "X"
    path = f"{prefix}/{name}" if prefix else name
    props = []
    for p in lic_properties(comp):
        # By name: isa() raises on kinds the typelib's enum lacks (REFRESH-INTERVAL, CONFERENCE).
        if p.get_property_name().upper() == "X-LIC-ERROR":
            xlic.append(f"{path}: {p.get_xlicerror()}")
            continue
        props.append(";".join([p.get_property_name().upper(), *sorted(lic_param_names(p))]))
    out.append({"path": path, "props": sorted(props)})
    for child in lic_children(comp):
        lic_components(child, path, out, xlic)
    return out


def named(prop, name):
    return prop.get_property_name().upper() == name


def lic_param(prop, kind):
    p = prop.get_first_parameter(kind)
    if p is None:
        return None
    if kind == I.ParameterKind.CN_PARAMETER:
        return p.get_cn()
    return p.as_ical_string().split("=", 1)[1]


def lic_x_param(prop, name):
    p = prop.get_first_parameter(I.ParameterKind.ANY_PARAMETER)
    while p is not None:
        if p.as_ical_string().split("=", 1)[0].strip().upper() == name:
            # The string getter of a text parameter decodes RFC 6868 (^' ^n ^^) and the quotes.
            return p.get_xvalue()
        p = prop.get_next_parameter(I.ParameterKind.ANY_PARAMETER)
    return None


def lic_value(comp, kind):
    p = comp.get_first_property(kind)
    return None if p is None else p.get_value_as_string()


def lic_x_text(comp, name):
    """A TEXT (or X-) property's decoded value: get_value_as_string() gives TEXT back escaped."""
    for p in lic_properties(comp):
        if p.get_property_name().upper() == name:
            value = p.get_value()
            if value.isa() == I.ValueKind.TEXT_VALUE:
                return value.get_text()
            if value.isa() == I.ValueKind.X_VALUE:
                return value.get_x()
            return p.get_value_as_string()
    return None


def read_libical(ics):
    cal = I.Component.new_from_string(ics)
    if cal is None:
        raise ValueError("libical returned no component")
    method = lic_value(cal, I.PropertyKind.METHOD_PROPERTY)
    if method in ("REQUEST", "CANCEL"):
        cal.check_restrictions()
    xlic = []
    components = lic_components(cal, "", [], xlic)
    events = []
    for ev in lic_children(cal, I.ComponentKind.VEVENT_COMPONENT):
        props = lic_properties(ev)
        organizer = ev.get_first_property(I.PropertyKind.ORGANIZER_PROPERTY)
        has_end = ev.get_first_property(I.PropertyKind.DTEND_PROPERTY) is not None
        events.append(
            {
                "uid": ev.get_uid(),
                "summary": ev.get_summary(),
                "description": ev.get_description(),
                "location": ev.get_location(),
                "categories": [p.get_categories() for p in props if named(p, "CATEGORIES")],
                "url": lic_value(ev, I.PropertyKind.URL_PROPERTY),
                "organizerCn": None if organizer is None else lic_param(organizer, I.ParameterKind.CN_PARAMETER),
                "organizerAddress": None if organizer is None else organizer.get_organizer(),
                "attendeeCns": [
                    lic_param(p, I.ParameterKind.CN_PARAMETER) for p in props if named(p, "ATTENDEE")
                ],
                "attendeeAddresses": [p.get_attendee() for p in props if named(p, "ATTENDEE")],
                "conferenceLabels": [
                    lic_x_param(p, "LABEL") for p in props if named(p, "CONFERENCE")
                ],
                "alarmDescriptions": [a.get_description() for a in lic_children(ev, I.ComponentKind.VALARM_COMPONENT)],
                "start": read_ics.lic_instant(ev.get_dtstart()),
                "end": read_ics.lic_instant(ev.get_dtend()) if has_end else None,
            }
        )
    return {
        "components": components,
        "calendar": {
            "name": lic_x_text(cal, "NAME"),
            "calname": lic_x_text(cal, "X-WR-CALNAME"),
            "caldesc": lic_x_text(cal, "X-WR-CALDESC"),
        },
        "events": events,
        "errors": [],
        "xlic": xlic,
    }


def main():
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        ics = json.loads(line)["ics"]
        result = {}
        for name, reader in (("icalendar", read_icalendar), ("libical", read_libical)):
            try:
                result[name] = reader(ics)
            except Exception as error:  # a reader that cannot read the file is a finding
                result[name] = {"crash": f"{type(error).__name__}: {error}"}
        out.write(json.dumps(result) + "\n")
        out.flush()
    # At the end of input, the CPU time spent, for the run's summary.
    out.write(json.dumps({"done": True, "cpuSeconds": time.process_time()}) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
