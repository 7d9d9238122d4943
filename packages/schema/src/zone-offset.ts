// Offsets from the runtime's zone data, without luxon: one cached Intl formatter per zone, and a
// per-zone, per-UTC-day memo so that a 2,000-session document costs a few dozen Intl calls.

const formatters = new Map<string, Intl.DateTimeFormat>();
const DAY_MS = 86_400_000;

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Exact UTC offset of `zone` at `epochMs`, in seconds. */
function offsetSecondsExact(zone: string, epochMs: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of formatterFor(zone).formatToParts(epochMs)) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        hour = Number(part.value);
        break;
      case "minute":
        minute = Number(part.value);
        break;
      case "second":
        second = Number(part.value);
        break;
      case "era":
        bc = part.value.startsWith("B");
        break;
    }
  }
  const utc = new Date(0);
  utc.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  utc.setUTCHours(hour, minute, second, 0);
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return Math.round((utc.getTime() - wholeSecond) / 1000);
}

const dayMemo = new Map<string, number | null>();

/**
 * UTC offset of `zone` at `epochMs`, in seconds (positive east of Greenwich). No zone changes its
 * offset twice within one UTC day, so when the offsets at both ends of a day agree, every instant of
 * that day shares them and the answer is memoised per day.
 */
export function zoneOffsetSeconds(zone: string, epochMs: number): number {
  const dayStart = Math.floor(epochMs / DAY_MS) * DAY_MS;
  const key = `${zone}\u0000${dayStart}`;
  let memo = dayMemo.get(key);
  if (memo === undefined) {
    const atStart = offsetSecondsExact(zone, dayStart);
    const atEnd = offsetSecondsExact(zone, dayStart + DAY_MS - 1000);
    memo = atStart === atEnd ? atStart : null;
    if (dayMemo.size > 50_000) dayMemo.clear();
    dayMemo.set(key, memo);
  }
  return memo ?? offsetSecondsExact(zone, epochMs);
}

/** `+05:45`, `-04:00`: the ISO 8601 form of an offset in seconds (rounded to the minute). */
export function formatOffset(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${sign}${hh}:${mm}`;
}
