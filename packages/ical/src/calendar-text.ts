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
  const { plan, zones, kept } = checkedPlan(convening, options, caller);
  return pieces(plan, zones, kept ?? plan.events());
}

/**
 * The calendar's text in one string: what {@link calendarText}'s pieces join to, written without
 * a generator for a calendar of the few events `only` names (a page may write one per session).
 */
export function calendarString(
  convening: Convening | readonly Convening[],
  options: CalendarOptions,
  caller: string,
): string {
  const { plan, zones, kept } = checkedPlan(convening, options, caller);
  if (kept === undefined) return Array.from(pieces(plan, zones, plan.events())).join("");
  let text = opening(plan, zones);
  for (const planned of kept) text += eventText(planned);
  return text + CALENDAR_CLOSING;
}

function checkedPlan(
  convening: Convening | readonly Convening[],
  options: CalendarOptions,
  caller: string,
): { plan: CalendarPlan; zones: ZoneSpans; kept: Planned[] | undefined } {
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
  return { plan, zones, kept };
}

/** The calendar's properties and its VTIMEZONEs, folded. */
function opening(plan: CalendarPlan, zones: ZoneSpans): string {
  let text = plan.opening();
  for (const [tzid, span] of zones.entries()) text += foldContentLines(buildVtimezone(tzid, span));
  return text;
}

/** One event's VEVENT (and the lines ical-generator cannot write), folded. */
function eventText(planned: Planned): string {
  return foldContentLines(conveningEvent(planned.ctx, planned.event()).toString());
}

function* pieces(
  plan: CalendarPlan,
  zones: ZoneSpans,
  events: Iterable<Planned>,
): Generator<string, void, undefined> {
  let text = opening(plan, zones);
  for (const planned of events) {
    text += eventText(planned);
    if (text.length >= PIECE_UNITS) {
      yield text;
      text = "";
    }
  }
  yield text + CALENDAR_CLOSING;
}
