import { blockedTimes } from "./blocked-time.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import { checkHolidayCalendar } from "./holiday-days.js";
import type { HolidayCalendar } from "./holiday-types.js";
import { type InstantInput, toEpochMs } from "./instant.js";
import { type MeetingParticipant, minutesOf, resolveParticipants } from "./meeting-participants.js";
import { candidateStarts, type MeetingSlot, materializeSlot, scanSlots } from "./slot-scan.js";

/** What `findMeetingTimes` needs. */
export interface FindMeetingTimesOptions {
  /** The people; a `Member` with a `timeZone` fits. */
  readonly participants: readonly MeetingParticipant[];
  /** Minutes, or an ISO 8601 duration (`PT1H`). */
  readonly duration: number | string;
  /** Earliest start. */
  readonly from: InstantInput;
  /** Latest end: a meeting may end at `to` but not after it. */
  readonly to: InstantInput;
  /** Minutes between candidate starts, or an ISO duration. Default 15. */
  readonly step?: number | string;
  /** How many slots to return, best first. Default 10. */
  readonly limit?: number;
  /**
   * Where participants' public holidays come from (`publicHolidays` from
   * `@convening/time/holidays`, or your own {@link HolidayCalendar}). Left out, no holidays are
   * counted: the data weighs some 230 KB min+gzip, so it is loaded only by those who import it.
   */
  readonly holidays?: HolidayCalendar;
}

/**
 * The best times for a meeting of people in many zones, cheapest first (then earliest). Each
 * candidate start from `from` in steps of `step` is scored by every person's local clock:
 * 0 a minute inside their availability (default 09:00–17:00 on their own workdays), shoulder
 * hours 1, evening 3, late or early 6, sleep (00:00–06:00) 20, plus 4 on their weekend
 * (Friday–Saturday where that applies); a person's cost is weight × mean penalty, and required
 * people count ten times. A slot that puts anyone in their sleep hours never outranks one that
 * puts nobody there, and a required sleeper weighs more than any number of optional ones. The
 * model, with numbers, is in docs/time-zones.md.
 *
 * A person's public holidays (from their `country` and `region`, unless `holidays: false`) and
 * `extraUnavailable` periods cost `PENALTY.unavailable` a minute; `workingHours` add to their
 * availability. Each slot says why it costs what it does (`reasons`, per person:
 * `"Nairobi: Jamhuri Day"`) and carries timeanddate's `band` (docs/meeting-times.md).
 *
 * @example
 * ```ts
 * const [best] = findMeetingTimes({
 *   participants: [
 *     { id: "amara", timeZone: "Africa/Nairobi" },
 *     { id: "lucia", timeZone: "America/Bogota" },
 *     { id: "priya", timeZone: "Asia/Kolkata", required: false },
 *   ],
 *   duration: "PT1H",
 *   from: "2021-07-26T00:00:00Z",
 *   to: "2021-07-31T00:00:00Z",
 * });
 * best.start; // "2021-07-26T12:00:00Z": 15:00 in Nairobi, 07:00 in Bogotá, 17:30 in Kolkata
 * best.cost; // 11: Bogotá's shoulder hour (1, required: ×10) plus Kolkata's (1, optional)
 * ```
 */
export function findMeetingTimes(options: FindMeetingTimesOptions): MeetingSlot[] {
  // Each option read once: a getter that throws is named, and nothing changes after its check.
  options = guard.fields(
    options,
    ["options"],
    ["participants", "duration", "from", "to", "step", "limit", "holidays"],
    "must be { participants, duration, from, to, step? }",
  ) as FindMeetingTimesOptions;
  const { people, groups } = resolveParticipants(
    options.participants,
    undefined,
    undefined,
    checkHolidayCalendar(options.holidays),
  );
  const minutes = minutesOf(options.duration, ["duration"], 7 * 1440);
  const step = minutesOf(options.step ?? 15, ["step"], 7 * 1440);
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1)
    throw new InvalidTimeArgumentError(["limit"], limit, "must be a positive whole number");
  const from = toEpochMs(options.from, ["from"]);
  const to = toEpochMs(options.to, ["to"]);
  if (to < from + minutes * 60_000)
    throw new InvalidTimeArgumentError(
      ["to"],
      options.to,
      "leaves no room for the meeting after from",
    );
  const starts = candidateStarts(from, to, minutes * 60_000, step * 60_000);
  const grid = scanSlots(groups, starts, minutes * 60_000, blockedTimes(groups, from, to));
  const order = starts.map((_, k) => k);
  order.sort((a, b) => grid.cost[a]! - grid.cost[b]! || a - b);
  return order.slice(0, limit).map((k) => materializeSlot(grid, k, people));
}
