import { wallTimeInstant } from "@convening/time";
import ICAL from "ical.js";

type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The UTC instant of a DATE-TIME property, as `2022-11-02T09:15:00Z`. ical.js resolves a TZID
 * through the calendar's own VTIMEZONE; a TZID without one (RFC 5545 §3.2.19 requires it, but
 * clients omit it) is read as an IANA zone when it is one. A floating time, or a zone no one
 * knows, is read as UTC and reported through `warn`: the result never depends on the machine's
 * own zone.
 */
export function instantOf(property: Property, warn: (message: string) => void): string {
  const time = property.getFirstValue() as Time;
  const tzid = property.getParameter("tzid");
  const name = property.name.toUpperCase();
  const zone = time.zone;
  const resolved =
    zone !== undefined &&
    zone !== null &&
    zone !== ICAL.Timezone.localTimezone &&
    (zone === ICAL.Timezone.utcTimezone || zone.tzid === tzid);
  if (time.isDate) {
    warn(`${name} is a date without a time; read as midnight UTC`);
  } else if (!resolved && typeof tzid === "string") {
    try {
      const local = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
      const at = wallTimeInstant(
        { date: local, time: `${pad(time.hour)}:${pad(time.minute)}`, zone: tzid },
        { gap: "forward" },
      );
      return new Date(Date.parse(at) + time.second * 1000).toISOString().replace(".000Z", "Z");
    } catch {
      warn(`${name} has TZID ${JSON.stringify(tzid)}, which no VTIMEZONE defines; read as UTC`);
    }
  } else if (!resolved) {
    warn(`${name} is a floating time; read as UTC`);
  }
  return new Date(time.toUnixTime() * 1000).toISOString().replace(".000Z", "Z");
}
