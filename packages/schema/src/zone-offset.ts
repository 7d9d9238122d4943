// Offsets from the runtime's zone data, without luxon: one cached Intl formatter per zone, and a
// per-zone, per-UTC-day memo so that a 2,000-session document costs a few dozen Intl calls.

import { DAY_MS } from "./civil-date.js";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    if (formatters.size >= 1_000) formatters.clear();
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

// What one zone does during one UTC day: a single offset, or one change at `changeAt` (ms).
type DayOffsets =
  | number
  | { readonly before: number; readonly after: number; readonly changeAt: number };

const memos = new Map<string, Map<number, DayOffsets>>();

function offsetsOfDay(zone: string, day: number): DayOffsets {
  const first = day * DAY_MS;
  const last = first + DAY_MS - 1000;
  const before = offsetSecondsExact(zone, first);
  const after = offsetSecondsExact(zone, last);
  if (before === after) return before;
  // A DST change: find its second once (about 17 lookups), so every later instant of the day is
  // answered from the memo. Transitions fall on whole seconds.
  let lo = first;
  let hi = last;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetSecondsExact(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return { before, after, changeAt: hi };
}

/**
 * UTC offset of `zone` at `epochMs`, in seconds (positive east of Greenwich). Each zone's offsets
 * are memoised per UTC day: no zone changes its offset twice within one day, so a day is either
 * one offset or one change at a known second. A 2,000-session document costs a few dozen Intl
 * calls in all, then Map lookups.
 */
export function zoneOffsetSeconds(zone: string, epochMs: number): number {
  const day = Math.floor(epochMs / DAY_MS);
  let days = memos.get(zone);
  if (!days) {
    // Ids are case-insensitive to Intl, so the spellings are unbounded; the memo is not.
    if (memos.size >= 1_000) memos.clear();
    days = new Map();
    memos.set(zone, days);
  }
  let memo = days.get(day);
  if (memo === undefined) {
    memo = offsetsOfDay(zone, day);
    // Bounded, so a long-running server that validates documents from all eras keeps flat memory.
    if (days.size >= 20_000) days.clear();
    days.set(day, memo);
  }
  if (typeof memo === "number") return memo;
  return epochMs < memo.changeAt ? memo.before : memo.after;
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
