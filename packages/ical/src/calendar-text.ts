import type { Convening } from "@convening/schema";
import { conveningEvent } from "./add-event.js";
import type { CalendarOptions } from "./calendar-options.js";
import { type CalendarPlan, PlanChecks, type Planned, planCalendar } from "./calendar-plan.js";
import { CALENDAR_CLOSING } from "./extra-properties.js";
import { foldContentLines } from "./fold-lines.js";
import { buildVtimezone } from "./vtimezone.js";
import { ZoneSpans } from "./zone-span.js";

// The text of a calendar, written in pieces: the calendar's properties and its VTIMEZONEs, then
// its VEVENTs a batch at a time, each written by ical-generator (through ConveningEvent) and let
// go. The pieces joined are exactly what `toCalendar(…).toString()` writes; toICS joins them, and
// toICSStream encodes them one per pull.

/**
 * About how many UTF-16 code units of text one piece holds: some 64 KB of UTF-8, the size of a
 * typical socket write, made of a few dozen events. Pieces end at an event's end.
 */
const PIECE_UNITS = 64 * 1024;

/**
 * The calendar's text as a sequence of pieces, after checking the calendar as a whole: every
 * error (a convening not parsed, an invalid option, a UID clash, an iTIP rule) is thrown by this
 * call, before any text is produced. Iterating the result writes the text.
 */
export function calendarText(
  convening: Convening | readonly Convening[],
  options: CalendarOptions,
  caller: string,
): Generator<string, void, undefined> {
  const plan = planCalendar(convening, options, caller, true);
  const checks = new PlanChecks(plan);
  // The VTIMEZONEs come before every event (the order ConveningCalendar writes), and each must
  // cover every event in its zone: every event is outlined before the first is written. A whole
  // calendar plans its sessions again while they are written, which costs a second outline each
  // (a few µs) and keeps memory flat however many sessions there are; series are planned once
  // (calendar-plan.ts). A calendar of the events named by `only` keeps them instead: they are few,
  // and a page writing one per session would pay the second outline for each.
  const zones = new ZoneSpans();
  const kept: Planned[] | undefined = plan.only === undefined ? undefined : [];
  for (const planned of plan.events()) {
    checks.add(planned);
    zones.add(planned.outline.tzid, planned.outline.span);
    kept?.push(planned);
  }
  checks.finish();
  return pieces(plan, zones, kept ?? plan.events());
}

function* pieces(
  plan: CalendarPlan,
  zones: ZoneSpans,
  events: Iterable<Planned>,
): Generator<string, void, undefined> {
  let text = plan.opening();
  for (const [tzid, span] of zones.entries()) text += foldContentLines(buildVtimezone(tzid, span));
  for (const planned of events) {
    text += foldContentLines(conveningEvent(planned.ctx, planned.event()).toString());
    if (text.length >= PIECE_UNITS) {
      yield text;
      text = "";
    }
  }
  yield text + CALENDAR_CLOSING;
}
