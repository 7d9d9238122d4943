// Zone arithmetic for building test documents, straight from Intl with no memo, and by another
// route than the code under test: offsets come from the zone's offset name ("GMT+05:45"), not
// from comparing wall clocks.

const DAY_MS = 86_400_000;
const offsetNames = new Map<string, Intl.DateTimeFormat>();
const wallClocks = new Map<string, Intl.DateTimeFormat>();

function cached(
  map: Map<string, Intl.DateTimeFormat>,
  zone: string,
  options: Intl.DateTimeFormatOptions,
) {
  let f = map.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, ...options });
    map.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC of `zone` at `epochMs`. */
export function offsetMinutesAt(zone: string, epochMs: number): number {
  const name = cached(offsetNames, zone, { timeZoneName: "longOffset" })
    .formatToParts(epochMs)
    .find((part) => part.type === "timeZoneName")!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected offset name ${name} for ${zone}`);
  return m[1] ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The wall-clock fields of `epochMs` in `zone`. */
function wall(zone: string, epochMs: number) {
  const parts = cached(wallClocks, zone, {
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(epochMs);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}:${get("second")}`,
  };
}

/** `+05:45` */
export function formatOffsetMinutes(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export type InstantStyle = "seconds" | "minutes" | "fraction" | "zulu";

/**
 * `epochMs` written in `zone` with the zone's offset: `2021-03-23T11:20:00-04:00`. Styles vary the
 * form: without seconds, with a fraction, or `Z` where the offset is zero.
 */
export function instantIn(
  zone: string,
  epochMs: number,
  style: InstantStyle = "seconds",
  offsetShift = 0,
): string {
  const { date, time } = wall(zone, epochMs);
  const offset = offsetMinutesAt(zone, epochMs) + offsetShift;
  const clock =
    style === "minutes"
      ? time.slice(0, 5)
      : style === "fraction"
        ? `${time}.${String(epochMs % 1000).padStart(3, "0")}`
        : time;
  const suffix = style === "zulu" && offset === 0 ? "Z" : formatOffsetMinutes(offset);
  return `${date}T${clock}${suffix}`;
}

/** The wall date of `epochMs` in `zone`, `YYYY-MM-DD`. */
export function dateIn(zone: string, epochMs: number): string {
  return wall(zone, epochMs).date;
}

/** `date` moved by `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first instant of the day after `epochMs`'s wall date in `zone`: local midnight, or where
 * midnight does not exist (Santiago springs forward at 00:00) the first minute that does.
 */
export function nextMidnight(zone: string, epochMs: number): number {
  const next = addDays(dateIn(zone, epochMs), 1);
  const utcMidnight = Date.parse(`${next}T00:00:00Z`);
  // Midnight read with the offsets around it; then the first minute that is on the next day.
  let t = utcMidnight - offsetMinutesAt(zone, utcMidnight) * 60_000;
  t = utcMidnight - offsetMinutesAt(zone, t) * 60_000;
  while (dateIn(zone, t) < next) t += 60_000;
  while (dateIn(zone, t - 60_000) >= next) t -= 60_000;
  return t;
}
