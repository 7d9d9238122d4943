#!/usr/bin/python3
"""Reads iCalendar text with two independent implementations and prints what each understood.

Input (stdin): JSON {"calendars": [ics, ...], "from": ISO UTC, "to": ISO UTC}, or with
"windows": [{"from", "to"}, ...] instead of "from"/"to", one window per calendar.
Output (stdout): JSON [{"icalendar": Calendar, "libical": Calendar}, ...], one per input, where
Calendar is {method, name, calname, refresh, ttl, url, zones, errors, events: [Event]} and Event
holds instants as UTC ISO strings ("2021-03-23T15:20:00Z"), unescaped text, and for events that
recur, the expanded occurrence starts inside [from, to).

Readers: Debian's python3-icalendar (4.x, with python3-dateutil for recurrences; instants read
through the file's own VTIMEZONE via to_tz(), and also through pytz's zone of the same name) and
libical 3 through GObject introspection (ICalGLib, from gir1.2-ical-3.0), whose parser records
problems as X-LIC-ERROR properties and whose check_restrictions() applies the iTIP rules of the
calendar's METHOD (RFC 5546), PUBLISH included.
"""

import json
import re
import sys
from datetime import datetime, timedelta, timezone

import dateutil.rrule
import gi
import icalendar
import icalendar.parser
import icalendar.prop
import pytz

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I  # noqa: E402

UTC = timezone.utc

# python3-icalendar 4.0.3 (Debian 12) has four decoding bugs fixed upstream later. The harness
# replaces exactly those decoders with RFC-conformant ones, so the comparison tests our output and
# not these bugs; unfolding, content-line and parameter splitting, VTIMEZONE handling and
# recurrence stay icalendar's and dateutil's own.
#  1. Content lines are split after rewriting "\," "\:" "\;" "\\" as %2C %3A %3B %5C and read back
#     by replacing those codes, so the escapes are lost and a literal "%2C" in text becomes ","
#     (collective/icalendar#355, fixed by #935). The rewrite here uses noncharacters and restores
#     the original escapes, so values reach the value decoders intact.
#  2. TEXT is unescaped with chained str.replace calls, so an escaped backslash before "n" comes
#     back as a line break (fixed by collective/icalendar#935, one left-to-right pass). RFC 5545 §3.3.11.
#  3. CATEGORIES is unescaped before it is split on commas, so "A\,B" becomes two categories.
#  4. Parameter values are not RFC 6868-decoded (^' ^n ^^).
_HIDDEN = {"\\\\": "\ufdd0", "\\,": "\ufdd1", "\\:": "\ufdd2", "\\;": "\ufdd3"}
_SHOWN = {v: k for k, v in _HIDDEN.items()}


def hide_escapes(value):
    return re.sub(r"\\[\\,:;]", lambda m: _HIDDEN[m.group(0)], value)


def show_escapes(value):
    return re.sub("[\ufdd0-\ufdd3]", lambda m: _SHOWN[m.group(0)], value)

_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def rfc5545_unescape(value):
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_unescaped_commas(value):
    parts, current, i = [], "", 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current += value[i : i + 2]
            i += 2
            continue
        if ch == ",":
            parts.append(current)
            current = ""
        else:
            current += ch
        i += 1
    parts.append(current)
    return [rfc5545_unescape(p) for p in parts]


def rfc6868_decode(value):
    if value is None:
        return None
    return re.sub(r"\^(\^|n|')", lambda m: {"^": "^", "n": "\n", "'": '"'}[m.group(1)], str(value))


icalendar.parser.escape_string = hide_escapes
icalendar.parser.unescape_string = show_escapes
icalendar.prop.unescape_char = rfc5545_unescape
icalendar.prop.vCategory.from_ical = staticmethod(lambda ical, timezone=None: split_unescaped_commas(ical))


def iso(dt):
    # A DATE value (an all-day event, RFC 5545 §3.3.4) is a day, not an instant: kept as its date.
    if not isinstance(dt, datetime):
        return dt.isoformat()
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def text(value):
    return None if value is None else str(value)


# ---------------------------------------------------------------- python3-icalendar


def localize(tz, naive):
    """A wall time in a zone, by RFC 5545 §3.3.5: a time in a gap moves forward, an ambiguous one is the first."""
    try:
        return tz.localize(naive, is_dst=None)
    except pytz.exceptions.NonExistentTimeError:
        return tz.normalize(tz.localize(naive, is_dst=False))
    except pytz.exceptions.AmbiguousTimeError:
        return tz.localize(naive, is_dst=True)


def instant(prop, zones, system=False):
    """The UTC instant of a DATE-TIME property, read through the calendar's own VTIMEZONE."""
    if prop is None:
        return None
    dt = prop.dt
    tzid = prop.params.get("TZID")
    if tzid is None:
        return iso(dt)
    naive = dt.replace(tzinfo=None)
    tz = pytz.timezone(tzid) if system else zones[tzid]
    return iso(localize(tz, naive))


def values(component, name):
    value = component.get(name)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def midnight(d):
    """A DATE value (or the date a DATE-TIME names, as written) as a naive datetime at midnight."""
    return datetime(d.year, d.month, d.day)


def date_rule_set(ev, window):
    """The occurrence dates ("YYYY-MM-DD") of a recurring all-day VEVENT (DTSTART;VALUE=DATE)
    whose day, read as a UTC day, starts in the window: dateutil on naive midnights, so date
    arithmetic only. EXDATE, RDATE and UNTIL are read by the date they name."""
    dtstart = midnight(ev["DTSTART"].dt)
    rs = dateutil.rrule.rruleset()
    for rule in values(ev, "RRULE"):
        parts = []
        for p in rule.to_ical().decode().split(";"):
            if p.startswith("UNTIL="):
                p = "UNTIL=" + p[6:14]
            parts.append(p)
        rs.rrule(dateutil.rrule.rrulestr(";".join(parts), dtstart=dtstart))
    for prop in values(ev, "RDATE"):
        for d in prop.dts:
            if not isinstance(d.dt, tuple):
                rs.rdate(midnight(d.dt))
    for prop in values(ev, "EXDATE"):
        for d in prop.dts:
            rs.exdate(midnight(d.dt))
    if not values(ev, "RRULE"):
        rs.rdate(dtstart)
    lo, hi = (w.replace(tzinfo=None) for w in window)
    out = []
    for occ in rs:
        if occ >= hi:
            break
        if occ >= lo:
            out.append(occ.date().isoformat())
    return out


def rrule_set(ev, zones, window):
    """The occurrence starts of a recurring VEVENT in the window, expanded with dateutil in wall time."""
    start = ev["DTSTART"]
    if not isinstance(start.dt, datetime):
        return date_rule_set(ev, window)
    tzid = start.params.get("TZID")
    tz = zones[tzid] if tzid else None
    dtstart = start.dt.replace(tzinfo=None) if tz else start.dt
    rs = dateutil.rrule.rruleset()
    for rule in values(ev, "RRULE"):
        parts = dict(rule)
        text_rule = rule.to_ical().decode()
        if tz and "UNTIL" in parts:
            # dateutil wants UNTIL in DTSTART's (naive) time: convert the UTC UNTIL to wall time.
            until = parts["UNTIL"][0]
            local_until = until.astimezone(tz).replace(tzinfo=None)
            text_rule = ";".join(
                p if not p.startswith("UNTIL=") else "UNTIL=" + local_until.strftime("%Y%m%dT%H%M%S")
                for p in text_rule.split(";")
            )
        rs.rrule(dateutil.rrule.rrulestr(text_rule, dtstart=dtstart))
    def wall(prop, d):
        # Values with the property's own TZID are wall times already; UTC ones are converted.
        if not tz:
            return d.dt
        if prop.params.get("TZID") or d.dt.tzinfo is None:
            return d.dt.replace(tzinfo=None)
        return d.dt.astimezone(tz).replace(tzinfo=None)

    for prop in values(ev, "RDATE"):
        for d in prop.dts:
            rs.rdate(wall(prop, d))
    for prop in values(ev, "EXDATE"):
        for d in prop.dts:
            rs.exdate(wall(prop, d))
    if not values(ev, "RRULE"):
        rs.rdate(dtstart)
    lo, hi = window
    out = []
    for occ in rs:
        at = localize(tz, occ) if tz else occ
        if at >= hi:
            break
        if at >= lo:
            out.append(iso(at))
    return out


def read_icalendar(ics, window):
    cal = icalendar.Calendar.from_ical(ics)
    zones = {str(z["TZID"]): z.to_tz() for z in cal.walk("VTIMEZONE")}
    out = {
        "method": text(cal.get("METHOD")),
        "name": text(cal.get("NAME")),
        "calname": text(cal.get("X-WR-CALNAME")),
        "refresh": text(cal.get("REFRESH-INTERVAL").to_ical().decode()) if cal.get("REFRESH-INTERVAL") else None,
        "ttl": text(cal.get("X-PUBLISHED-TTL")),
        "url": text(cal.get("URL")),
        "zones": sorted(zones.keys()),
        "errors": [],
        "events": [],
    }
    for ev in cal.walk("VEVENT"):
        start = ev.get("DTSTART")
        tzid = start.params.get("TZID") if start is not None else None
        cats = []
        for c in values(ev, "CATEGORIES"):
            cats.extend(str(x) for x in c.cats)
        geo = ev.get("GEO")
        organizer = ev.get("ORGANIZER")
        recurring = "RRULE" in ev or "RDATE" in ev
        event = {
            "props": [name for name, _ in ev.property_items(recursive=False)][1:-1],
            "uid": text(ev.get("UID")),
            "recurrenceId": instant(ev.get("RECURRENCE-ID"), zones),
            "start": instant(start, zones),
            "startTzdb": instant(start, zones, system=True),
            "end": instant(ev.get("DTEND"), zones),
            "tzid": text(tzid),
            "summary": text(ev.get("SUMMARY")),
            "description": text(ev.get("DESCRIPTION")),
            "location": text(ev.get("LOCATION")),
            "categories": cats,
            "status": text(ev.get("STATUS")),
            "sequence": int(ev.get("SEQUENCE")) if ev.get("SEQUENCE") is not None else None,
            "stamp": iso(ev.decoded("DTSTAMP")) if ev.get("DTSTAMP") is not None else None,
            "url": text(ev.get("URL")),
            "geo": [geo.latitude, geo.longitude] if geo is not None else None,
            "organizer": None
            if organizer is None
            else {"cn": rfc6868_decode(organizer.params.get("CN")), "address": text(organizer)},
            "attendees": [
                {
                    "cn": rfc6868_decode(a.params.get("CN")),
                    "address": text(a),
                    "role": text(a.params.get("ROLE")),
                    "partstat": text(a.params.get("PARTSTAT")),
                }
                for a in values(ev, "ATTENDEE")
            ],
            "conferences": [
                {"uri": text(c), "label": rfc6868_decode(c.params.get("LABEL")), "feature": text(c.params.get("FEATURE"))}
                for c in values(ev, "CONFERENCE")
            ],
            "alarms": [a["TRIGGER"].to_ical().decode() for a in ev.walk("VALARM")],
            "occurrences": rrule_set(ev, zones, window) if recurring else None,
        }
        out["events"].append(event)
    return out


# ---------------------------------------------------------------- libical

UTC_ZONE = I.Timezone.get_utc_timezone()


def lic_instant(t):
    if t is None or t.is_null_time():
        return None
    if t.is_date():
        return "%04d-%02d-%02d" % (t.get_year(), t.get_month(), t.get_day())
    u = t.clone()
    u.convert_to_zone_inplace(UTC_ZONE)
    return datetime.fromtimestamp(u.as_timet(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def lic_props(comp, kind):
    out = []
    p = comp.get_first_property(kind)
    while p is not None:
        out.append(p)
        p = comp.get_next_property(kind)
    return out


def lic_errors(comp):
    errors = [p.get_xlicerror() for p in lic_props(comp, I.PropertyKind.XLICERROR_PROPERTY)]
    child = comp.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while child is not None:
        errors.extend(lic_errors(child))
        child = comp.get_next_component(I.ComponentKind.ANY_COMPONENT)
    return errors


def lic_param(prop, kind):
    p = prop.get_first_parameter(kind)
    if p is None:
        return None
    # Text parameters through their decoding getters (RFC 6868); enumerated ones as written.
    if kind == I.ParameterKind.CN_PARAMETER:
        return p.get_cn()
    if kind == I.ParameterKind.TZID_PARAMETER:
        return p.get_tzid()
    return p.as_ical_string().split("=", 1)[1].strip('"')


def lic_value(comp, kind):
    p = comp.get_first_property(kind)
    return None if p is None else p.get_value_as_string()


def read_libical(ics, window):
    cal = I.Component.new_from_string(ics)
    method = lic_value(cal, I.PropertyKind.METHOD_PROPERTY)
    if method is not None:
        # iTIP's rules for the METHOD (RFC 5546 §3): an ORGANIZER in a PUBLISH, no ATTENDEE in it.
        cal.check_restrictions()
    out = {
        "method": method,
        "name": None,
        "calname": None,
        "refresh": None,
        "ttl": None,
        "url": lic_value(cal, I.PropertyKind.URL_PROPERTY),
        "zones": sorted(
            lic_value(z, I.PropertyKind.TZID_PROPERTY) for z in iter_components(cal, I.ComponentKind.VTIMEZONE_COMPONENT)
        ),
        "errors": lic_errors(cal),
        "events": [],
    }
    for x in lic_props(cal, I.PropertyKind.X_PROPERTY):
        if x.get_x_name() == "X-WR-CALNAME":
            out["calname"] = x.get_x()
        if x.get_x_name() == "X-PUBLISHED-TTL":
            out["ttl"] = x.get_x()
    lo = I.Time.new_from_timet_with_zone(int(window[0].timestamp()), 0, UTC_ZONE)
    hi = I.Time.new_from_timet_with_zone(int(window[1].timestamp()), 0, UTC_ZONE)
    for ev in iter_components(cal, I.ComponentKind.VEVENT_COMPONENT):
        start = ev.get_first_property(I.PropertyKind.DTSTART_PROPERTY)
        rid = ev.get_first_property(I.PropertyKind.RECURRENCEID_PROPERTY)
        recurring = rid is None and (
            ev.get_first_property(I.PropertyKind.RRULE_PROPERTY) is not None
            or ev.get_first_property(I.PropertyKind.RDATE_PROPERTY) is not None
        )
        occurrences = None
        if recurring:
            occurrences = []

            # An all-day event's occurrences are days: libical gives each as its midnight in UTC.
            shape = "%Y-%m-%d" if start is not None and ev.get_dtstart().is_date() else "%Y-%m-%dT%H:%M:%SZ"

            def collect(_comp, span, _data, occurrences=occurrences, shape=shape):
                occurrences.append(datetime.fromtimestamp(span.get_start(), UTC).strftime(shape))

            ev.foreach_recurrence(lo, hi, collect, None)
            occurrences = sorted(o for o in occurrences if window[0] <= parse_iso(o) < window[1])
        organizer = ev.get_first_property(I.PropertyKind.ORGANIZER_PROPERTY)
        event = {
            "props": [p.get_property_name() for p in lic_props(ev, I.PropertyKind.ANY_PROPERTY)],
            "uid": ev.get_uid(),
            # The component getter leaves RECURRENCE-ID floating; the property resolves its TZID.
            "recurrenceId": lic_instant(rid.get_datetime_with_component(ev)) if rid is not None else None,
            "start": lic_instant(ev.get_dtstart()),
            "end": lic_instant(ev.get_dtend()) if ev.get_first_property(I.PropertyKind.DTEND_PROPERTY) else None,
            "tzid": lic_param(start, I.ParameterKind.TZID_PARAMETER) if start is not None else None,
            "summary": ev.get_summary(),
            "description": ev.get_description(),
            "location": ev.get_location(),
            "categories": [p.get_categories() for p in lic_props(ev, I.PropertyKind.CATEGORIES_PROPERTY)],
            "status": lic_value(ev, I.PropertyKind.STATUS_PROPERTY),
            "sequence": ev.get_sequence(),
            "url": lic_value(ev, I.PropertyKind.URL_PROPERTY),
            "organizer": None
            if organizer is None
            else {"cn": lic_param(organizer, I.ParameterKind.CN_PARAMETER), "address": organizer.get_organizer()},
            "attendees": [
                {
                    "cn": lic_param(a, I.ParameterKind.CN_PARAMETER),
                    "address": a.get_attendee(),
                    "role": lic_param(a, I.ParameterKind.ROLE_PARAMETER),
                    "partstat": lic_param(a, I.ParameterKind.PARTSTAT_PARAMETER),
                }
                for a in lic_props(ev, I.PropertyKind.ATTENDEE_PROPERTY)
            ],
            "occurrences": occurrences,
        }
        out["events"].append(event)
    return out


def iter_components(comp, kind):
    child = comp.get_first_component(kind)
    while child is not None:
        yield child
        child = comp.get_next_component(kind)


def parse_iso(s):
    if len(s) == 10:
        return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=UTC)
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def main():
    request = json.load(sys.stdin)
    window = (parse_iso(request["from"]), parse_iso(request["to"])) if "from" in request else None
    # "windows": one {from, to} per calendar, for a batch whose calendars each need their own.
    windows = request.get("windows")
    results = []
    for i, ics in enumerate(request["calendars"]):
        if windows is not None:
            window = (parse_iso(windows[i]["from"]), parse_iso(windows[i]["to"]))
        result = {}
        for name, reader in (("icalendar", read_icalendar), ("libical", read_libical)):
            try:
                result[name] = reader(ics, window)
            except Exception as error:  # a reader that cannot read the file is a finding, not a crash
                result[name] = {"crash": "%s: %s" % (type(error).__name__, error)}
        results.append(result)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
