import type { Convening } from "@convening/schema";
import type { ICalCalendar } from "ical-generator";
import { addEvent } from "./add-event.js";
import type { CalendarOptions } from "./calendar-options.js";
import { PlanChecks, planCalendar } from "./calendar-plan.js";

/**
 * Builds an ical-generator calendar for a parsed convening, or for several (one feed spanning
 * them): one VEVENT per session, one per series (RRULE, RDATE, EXDATE, and RECURRENCE-ID
 * instances for overridden or cancelled occurrences), each with a stable UID (`<id>@<domain>`),
 * DTSTAMP from `updatedAt`, SEQUENCE, STATUS, CATEGORIES, a DESCRIPTION with speakers, languages
 * and materials, LOCATION/GEO for places and URL/CONFERENCE for online rooms the audience may
 * join, times with TZID and a VTIMEZONE for every zone used.
 *
 * The convening is not validated again: pass what `parseConvening` returned (its directory comes
 * along as `convening.directory`). Indexes are built once per parsed convening and reused by every
 * later call, and `only` costs O(the sessions named), so a one-session calendar for each session of
 * a large convening costs time linear in the sessions. (toICS and toICSStream also keep the
 * calendar's head per parsed convening and options; toCalendar builds its own every time, since the
 * calendar it returns is the caller's to change.)
 *
 * With an array, every convening keeps its own defaults (domain, languages) and UIDs stay
 * `<id>@<domain>`; two events of different convenings with one UID throw {@link DuplicateUidError}.
 * The calendar's name defaults to the titles joined with commas; pass `name` for a better one.
 *
 * The calendar's name, description and refresh interval are written by this package (ical-
 * generator writes name and description unescaped); set them through `options`, not on the
 * returned object.
 *
 * @throws {NotParsedError} when a convening did not come from `parseConvening` (code `not_parsed`).
 * @throws {CalendarOptionsError} when an option is invalid.
 * @throws {InvitationError} when a REQUEST or CANCEL lacks an organizer, or a REQUEST invites nobody.
 * @throws {DuplicateUidError} when two convenings of one feed would give events one UID.
 * @example
 * ```ts
 * import { toCalendar } from "@convening/ical";
 * import { parseConvening } from "@convening/schema";
 *
 * const calendar = toCalendar(parseConvening(doc), { domain: "events.example.org" });
 * calendar.events().length; // one per session and series, plus override instances
 * const ics = calendar.toString();
 * ```
 */
export function toCalendar(
  convening: Convening | readonly Convening[],
  options: CalendarOptions = {},
): ICalCalendar {
  const plan = planCalendar(convening, options, "toCalendar");
  // Every event is planned and the calendar checked as a whole before any event is added, so an
  // error leaves no half-built calendar behind.
  const planned = [...plan.events()];
  const checks = new PlanChecks(plan);
  for (const p of planned) checks.add(p);
  checks.finish();
  for (const p of planned) addEvent(p.ctx, p.event());
  return plan.calendar;
}
