import type { IssueCollector } from "./issue-collector";
import { type Path, type Raw, records, text } from "./raw";
import { isLocalDate, isLocalTime, parseInstant } from "./temporal-strings";
import { isTimeZone } from "./time-zone";
import { formatOffset, zoneOffsetSeconds } from "./zone-offset";

function localDateIn(zone: string, epochMs: number): string {
  const local = new Date(epochMs + zoneOffsetSeconds(zone, epochMs) * 1000);
  return local.toISOString().slice(0, 10);
}

/** Reports an instant whose written offset is not the zone's offset at that moment (the EST/EDT slip). */
function checkOffset(out: IssueCollector, path: Path, value: string, epochMs: number, written: number, zone: string): void {
  const actualSeconds = zoneOffsetSeconds(zone, epochMs);
  // Offsets with seconds (pre-1972 local mean time) cannot be written in ISO 8601 ±HH:MM.
  if (Math.abs(actualSeconds - written * 60) < 60) return;
  const wall = new Date(epochMs + actualSeconds * 1000).toISOString().slice(0, 19);
  out.value(
    path,
    "offset_mismatch",
    value,
    `has offset ${formatOffset(written * 60)} but ${zone} is at ${formatOffset(actualSeconds)} then (write ${wall}${formatOffset(actualSeconds)})`,
  );
}

export function checkSessionTimes(out: IssueCollector, doc: Raw): void {
  const conveningZone = isTimeZone(doc.timeZone) ? doc.timeZone : undefined;
  const startDate = isLocalDate(doc.startDate) ? doc.startDate : undefined;
  const endDate = isLocalDate(doc.endDate) ? doc.endDate : undefined;
  if (startDate && endDate && endDate < startDate) {
    out.value(["endDate"], "end_before_start", endDate, `is before startDate ${startDate}`);
  }
  for (const [session, i] of records(doc.sessions)) {
    const zone = session.timeZone === undefined ? conveningZone : isTimeZone(session.timeZone) ? session.timeZone : undefined;
    const startText = text(session.start);
    const endText = text(session.end);
    const start = parseInstant(startText);
    const end = parseInstant(endText);
    if (zone) {
      if (start) checkOffset(out, ["sessions", i, "start"], startText!, start.epochMs, start.offsetMinutes, zone);
      if (end) checkOffset(out, ["sessions", i, "end"], endText!, end.epochMs, end.offsetMinutes, zone);
    }
    if (start && end && end.epochMs <= start.epochMs) {
      out.value(["sessions", i, "end"], "end_before_start", endText, `is not after start ${startText}`);
    }
    if (conveningZone && start && startDate && endDate) {
      const first = localDateIn(conveningZone, start.epochMs);
      const last = end && end.epochMs > start.epochMs ? localDateIn(conveningZone, end.epochMs - 1) : first;
      if (first < startDate || last > endDate) {
        out.value(
          ["sessions", i, "start"],
          "outside_convening",
          startText,
          `falls on ${first === last ? first : `${first} to ${last}`} in ${conveningZone}, outside the convening's ${startDate} to ${endDate}`,
        );
      }
    }
  }
  const registration = doc.registration;
  if (registration && typeof registration === "object") {
    const r = registration as Raw;
    const opens = parseInstant(r.opens);
    const closes = parseInstant(r.closes);
    if (opens && closes && closes.epochMs <= opens.epochMs) {
      out.value(["registration", "closes"], "end_before_start", r.closes, `is not after opens ${String(r.opens)}`);
    }
  }
}

export function checkAvailability(out: IssueCollector, members: unknown, path: Path): void {
  for (const [member, m] of records(members)) {
    for (const [w, j] of records(member.availability)) {
      if (isLocalTime(w.start) && isLocalTime(w.end) && w.end !== "00:00" && w.end <= w.start) {
        out.value([...path, m, "availability", j, "end"], "end_before_start", w.end, `is not after start ${w.start} (use 00:00 for midnight)`);
      }
    }
  }
}
