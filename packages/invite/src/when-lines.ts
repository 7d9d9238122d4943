import type { Convening, DisplayZone, Member } from "@convening/schema";
import { expandSeries, formatInZones } from "@convening/time";
import type { Target } from "./convening-index.js";

/** When a session or series happens, in the reader's zones. */
export interface When {
  /** One meeting per entry: its date line and one line per zone. A series lists its first meetings. */
  readonly meetings: readonly { readonly date: string; readonly lines: readonly string[] }[];
  /** True for a series: the calendar holds every meeting, the text only the first few. */
  readonly repeats: boolean;
}

/** A series' first meetings shown in the text; the calendar carries the rule itself. */
const FIRST_MEETINGS = 3;
const DAY_MS = 86_400_000;
// Looked for this far after the first date: far enough for quarterly series with exceptions.
const LOOKAHEAD_DAYS = 400;

/** The instants of a session, or of a series' first scheduled meetings. */
export function meetingTimes(target: Target): { start: string; end: string }[] {
  if (target.kind === "sessions") return [{ start: target.item.start, end: target.item.end }];
  const from = Date.parse(`${target.item.firstDate}T00:00:00Z`) - 2 * DAY_MS;
  return expandSeries(target.item, {
    from: new Date(from),
    to: new Date(from + LOOKAHEAD_DAYS * DAY_MS),
  })
    .filter((o) => o.status === "scheduled")
    .slice(0, FIRST_MEETINGS)
    .map((o) => ({ start: o.start, end: o.end }));
}

function zoneOf(entry: DisplayZone): string {
  return typeof entry === "string" ? entry : entry.zone;
}

/**
 * The zones a recipient reads times in: their own first (a member's `timeZone`), then the
 * convening's display zones, else the zone of intent. Each zone once.
 */
export function readerZones(
  member: Member,
  convening: Convening,
  eventZone: string | undefined,
): DisplayZone[] {
  const zones: DisplayZone[] = [];
  const seen = new Set<string>();
  const add = (entry: DisplayZone) => {
    if (seen.has(zoneOf(entry))) return;
    seen.add(zoneOf(entry));
    zones.push(entry);
  };
  if (member.timeZone !== undefined) add(member.timeZone);
  for (const entry of convening.displayZones) add(entry);
  if (convening.displayZones.length === 0) add(eventZone ?? convening.timeZone);
  return zones;
}

/**
 * "Tuesday, March 23, 2021" in the first zone, then one line per zone
 * (`11:20a — 12:05p EDT`), the recipient's own marked "(your time)"; a display zone that reads
 * exactly like an earlier line (London beside Dakar, both GMT) adds nothing and is left out. Intl
 * is given the zone, so the machine's own zone never shows.
 */
export function whenFor(
  times: readonly { start: string; end: string }[],
  zones: readonly DisplayZone[],
  repeats: boolean,
  ownZone: boolean,
): When {
  const first = zoneOf(zones[0]!);
  const dateFormat = new Intl.DateTimeFormat("en-US", {
    timeZone: first,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
  });
  return {
    meetings: times.map(({ start, end }) => ({
      date: dateFormat.format(new Date(start)),
      lines: distinctLines(formatInZones(start, end, zones), ownZone),
    })),
    repeats,
  };
}

function distinctLines(lines: readonly string[], ownZone: boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(out.length === 0 && ownZone ? `${line} (your time)` : line);
  }
  return out;
}
