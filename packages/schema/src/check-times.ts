import {
  DAY_MS,
  formatLocalDate,
  formatOffset,
  isLocalTime,
  isTimeZone,
  parseInstant,
  parseLocalDate,
  zoneOffsetSeconds,
} from "@convening/core";
import type { IssueCollector } from "./issue-collector.js";
import { eachRecord, isRecord, type Path, type Raw } from "./raw.js";

/** What every session's times are checked against: the convening's zone and dates, when valid. */
export interface ConveningFrame {
  readonly zone: string | undefined;
  readonly startDate: string | undefined;
  readonly endDate: string | undefined;
  /** startDate and endDate as day numbers (days since 1970-01-01). */
  readonly firstDay: number | undefined;
  readonly lastDay: number | undefined;
}

/** The convening's zone and dates; reports an endDate before its startDate. */
export function conveningFrame(out: IssueCollector, doc: Raw): ConveningFrame {
  const zone = isTimeZone(doc.timeZone) ? doc.timeZone : undefined;
  const firstDay = parseLocalDate(doc.startDate);
  const lastDay = parseLocalDate(doc.endDate);
  const startDate = firstDay === undefined ? undefined : (doc.startDate as string);
  const endDate = lastDay === undefined ? undefined : (doc.endDate as string);
  if (firstDay !== undefined && lastDay !== undefined && lastDay < firstDay) {
    out.value(["endDate"], "end_before_start", endDate, `is before startDate ${startDate}`);
  }
  return { zone, startDate, endDate, firstDay, lastDay };
}

/** The day number of the wall date in `zone` at `epochMs`. */
function localDayIn(zone: string, epochMs: number): number {
  return Math.floor((epochMs + zoneOffsetSeconds(zone, epochMs) * 1000) / DAY_MS);
}

/** Reports an instant whose written offset is not the zone's offset at that moment (the EST/EDT slip). */
function checkOffset(
  out: IssueCollector,
  path: Path,
  value: string,
  epochMs: number,
  written: number,
  zone: string,
): void {
  const actualSeconds = zoneOffsetSeconds(zone, epochMs);
  // Offsets with seconds (pre-1972 local mean time) cannot be written in ISO 8601 ±HH:MM.
  if (Math.abs(actualSeconds - written * 60) < 60) return;
  // People usually mean the wall time they typed, so both repairs are offered: keep the clock
  // reading with the zone's offset, or keep the moment.
  const typedWall = epochMs + written * 60_000;
  const wallOffset = zoneOffsetSeconds(zone, typedWall - zoneOffsetSeconds(zone, typedWall) * 1000);
  const sameWall = `${new Date(typedWall).toISOString().slice(0, 19)}${formatOffset(wallOffset)}`;
  const sameMoment = `${new Date(epochMs + actualSeconds * 1000).toISOString().slice(0, 19)}${formatOffset(actualSeconds)}`;
  out.value(
    path,
    "offset_mismatch",
    value,
    `has offset ${formatOffset(written * 60)} but ${zone} is at ${formatOffset(actualSeconds)} then: write ${sameWall} to keep the wall time, or ${sameMoment} to keep the moment`,
  );
}

/**
 * One session's times: offsets agree with its zone of intent (its own, else the convening's),
 * end after start, and every minute of it inside the convening's dates read in the convening's
 * zone. A session ending at midnight ends on the day before.
 */
export function checkSessionTimes(
  out: IssueCollector,
  session: Raw,
  index: number,
  frame: ConveningFrame,
): void {
  if (session.allDay !== undefined) {
    checkAllDay(out, session.allDay, index, frame);
    return;
  }
  for (const key of ["start", "end"] as const) {
    if (session[key] === undefined)
      out.add(["sessions", index, key], "invalid_type", "is required (expected string)");
  }
  const own = session.timeZone;
  const zone = own === undefined ? frame.zone : isTimeZone(own) ? own : undefined;
  const startText = session.start;
  const endText = session.end;
  const start = parseInstant(startText);
  const end = parseInstant(endText);
  if (zone !== undefined) {
    if (start)
      checkOffset(
        out,
        ["sessions", index, "start"],
        startText as string,
        start.epochMs,
        start.offsetMinutes,
        zone,
      );
    if (end)
      checkOffset(
        out,
        ["sessions", index, "end"],
        endText as string,
        end.epochMs,
        end.offsetMinutes,
        zone,
      );
  }
  const ordered = start !== undefined && end !== undefined && end.epochMs > start.epochMs;
  if (start && end && !ordered) {
    out.value(
      ["sessions", index, "end"],
      "end_before_start",
      endText,
      `is not after start ${startText as string}`,
    );
  }
  if (
    frame.zone === undefined ||
    start === undefined ||
    frame.firstDay === undefined ||
    frame.lastDay === undefined
  )
    return;
  const first = localDayIn(frame.zone, start.epochMs);
  const last = ordered ? localDayIn(frame.zone, end.epochMs - 1) : first;
  if (first >= frame.firstDay && last <= frame.lastDay) return;
  const days =
    first === last
      ? formatLocalDate(first)
      : `${formatLocalDate(first)} to ${formatLocalDate(last)}`;
  out.value(
    ["sessions", index, "start"],
    "outside_convening",
    startText,
    `falls on ${days} in ${frame.zone}, outside the convening's ${frame.startDate} to ${frame.endDate}`,
  );
}

/**
 * An all-day session's days: the last not before the first, and both inside the convening's
 * dates. Dates, not instants: no zone is involved, which is the point of the form. Any `start`
 * and `end` given beside `allDay` are replaced by the ones its days give, so a parsed convening
 * written out as JSON parses again.
 */
function checkAllDay(out: IssueCollector, allDay: unknown, index: number, frame: ConveningFrame) {
  if (!isRecord(allDay)) return;
  const path = ["sessions", index, "allDay"];
  const first = parseLocalDate(allDay.startDate);
  const last = allDay.endDate === undefined ? first : parseLocalDate(allDay.endDate);
  if (first === undefined || last === undefined) return;
  if (last < first) {
    out.value(
      [...path, "endDate"],
      "end_before_start",
      allDay.endDate,
      `is before startDate ${allDay.startDate as string}`,
    );
    return;
  }
  if (frame.firstDay === undefined || frame.lastDay === undefined) return;
  if (first >= frame.firstDay && last <= frame.lastDay) return;
  out.value(
    [...path, first < frame.firstDay ? "startDate" : "endDate"],
    "outside_convening",
    first < frame.firstDay ? allDay.startDate : (allDay.endDate ?? allDay.startDate),
    `is outside the convening's ${frame.startDate} to ${frame.endDate}`,
  );
}

/** Registration closes after it opens. */
export function checkRegistrationWindow(out: IssueCollector, registration: unknown): void {
  if (!isRecord(registration)) return;
  const opens = parseInstant(registration.opens);
  const closes = parseInstant(registration.closes);
  if (opens && closes && closes.epochMs <= opens.epochMs) {
    out.value(
      ["registration", "closes"],
      "end_before_start",
      registration.closes,
      `is not after opens ${String(registration.opens)}`,
    );
  }
}

/** Each weekly availability window ends after it starts (00:00 meaning midnight at the end). */
export function checkAvailability(out: IssueCollector, members: unknown, path: Path): void {
  eachRecord(members, (member, m) => {
    eachRecord(member.availability, (w, j) => {
      if (isLocalTime(w.start) && isLocalTime(w.end) && w.end !== "00:00" && w.end <= w.start) {
        out.value(
          [...path, m, "availability", j, "end"],
          "end_before_start",
          w.end,
          `is not after start ${w.start} (use 00:00 for midnight)`,
        );
      }
    });
  });
}
