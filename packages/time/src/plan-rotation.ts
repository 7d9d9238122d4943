import type { Series } from "@convening/schema";
import { blockedTimes } from "./blocked-time.js";
import type { HolidayCalendar } from "./holiday-types.js";
import type { InstantInput } from "./instant.js";
import type { MeetingParticipant, ResolvedParticipant } from "./meeting-participants.js";
import { rotationInput } from "./rotation-input.js";
import { rotationPeriods } from "./rotation-periods.js";
import { searchRotation } from "./rotation-search.js";
import { seriesCandidates } from "./rotation-series.js";
import {
  candidateStarts,
  type MeetingSlot,
  materializeSlot,
  round,
  scanSlots,
} from "./slot-scan.js";

/** What `planRotation` needs. */
export interface PlanRotationOptions {
  /** The people; a `Member` with a `timeZone` fits. */
  readonly participants: readonly MeetingParticipant[];
  /**
   * How many meetings: `[from, to)` is cut into this many equal periods, one meeting in each.
   * With a `series`: the first `count` occurrences between from and to (default: all of them).
   */
  readonly count?: number;
  /** Minutes, or an ISO 8601 duration (`PT1H`). With a `series`, default its `duration`. */
  readonly duration?: number | string;
  /** Start of the range, and of the first period; the first candidate start is `from` itself. Each meeting starts and ends inside its period. */
  readonly from: InstantInput;
  /** End of the range: every meeting ends by then. Each period must be at least `duration` long. */
  readonly to: InstantInput;
  /** Minutes between candidate starts, or an ISO duration. Default 15. Not used with a `series`. */
  readonly step?: number | string;
  /**
   * A parsed series (`parseConvening`'s `series`, or `parseSeries`): the meetings land on its
   * own scheduled occurrence dates between from and to (`expandSeries`), one per occurrence,
   * instead of anywhere in equal periods.
   */
  readonly series?: Series;
  /**
   * With a `series`: the start times allowed on each occurrence date (`["07:00", "15:00"]`),
   * wall time in `wallTimeZone`. Default the series' `startTime`.
   */
  readonly startTimes?: readonly string[];
  /**
   * With a `series`: the zone whose wall clock `startTimes` are read in, so it stays fixed
   * across DST while other zones shift by an hour. Default the series' `timeZone`.
   */
  readonly wallTimeZone?: string;
  /**
   * Where participants' public holidays come from (`publicHolidays` from
   * `@convening/time/holidays`, or your own {@link HolidayCalendar}). Left out, no holidays are
   * counted: the data weighs some 230 KB min+gzip, so it is loaded only by those who import it.
   */
  readonly holidays?: HolidayCalendar;
}

/** One person's share of a rotation. */
export interface RotationTotal {
  /** The participant's `id`, as given. */
  readonly id: string;
  /** Sum of their costs over the meetings (weight × mean penalty per minute, each meeting). */
  readonly cost: number;
  /** How many of the meetings reach into their sleep hours. */
  readonly asleep: number;
}

/** A rotation: the meetings in time order, and what each person bears. */
export interface Rotation {
  /** The `count` meetings, one per period, in time order, each scored as `findMeetingTimes` scores a slot. */
  readonly slots: readonly MeetingSlot[];
  /** Per person, in the order given. */
  readonly totals: readonly RotationTotal[];
  /** The largest total: what the rotation minimised first. */
  readonly worst: number;
  /** The sum of all totals: minimised second. */
  readonly total: number;
  /**
   * The zone whose wall time the candidate starts keep across DST: the `series` option's
   * `wallTimeZone` (default the series' zone), or `"UTC"` without a series, whose candidates
   * are `from` plus whole steps.
   */
  readonly wallTimeZone: string;
}

/**
 * `count` meeting times for a group spread over many zones that share the inconvenience: the
 * range is cut into `count` equal periods (eight weeks and `count: 8` is a weekly call), one
 * meeting in each, chosen to minimise the worst-off person's cumulative cost, then the sum of
 * everyone's, then the slot costs of `findMeetingTimes`. Repeating the single best slot lets the
 * same people carry every late night; a rotation moves the burden around (docs/time-zones.md
 * compares the two for a committee from Honolulu to Auckland). The search is greedy, then
 * improves one period at a time until nothing changes: a good plan, not a proven optimum.
 *
 * @example
 * ```ts
 * const plan = planRotation({
 *   participants: committee, // Members with timeZone
 *   count: 8,
 *   duration: "PT1H",
 *   from: "2021-09-06T00:00:00Z",
 *   to: "2021-11-01T00:00:00Z",
 *   step: 30,
 * });
 * plan.slots.map((s) => s.start);
 * plan.totals; // [ { id, cost, asleep }, … ]
 * ```
 */
export function planRotation(options: PlanRotationOptions): Rotation {
  const input = rotationInput(options);
  let starts: number[];
  let periods: number[][];
  let wallTimeZone = "UTC";
  if (input.series !== undefined) {
    ({ starts, periods, wallTimeZone } = seriesCandidates(input.series, input));
  } else {
    starts = candidateStarts(input.from, input.to, input.durationMs, input.stepMs);
    periods = rotationPeriods(starts, { ...input, count: input.count! }, input.step);
  }
  const blocked = blockedTimes(input.groups, input.from, input.to);
  const grid = scanSlots(input.groups, starts, input.durationMs, blocked);
  const chosen = searchRotation(input.groups, grid, periods);
  return summarizeRotation(
    chosen.map((k) => materializeSlot(grid, k, input.people)),
    input.people,
    wallTimeZone,
  );
}

/** The rotation with each person's share of it. */
function summarizeRotation(
  slots: readonly MeetingSlot[],
  people: readonly ResolvedParticipant[],
  wallTimeZone: string,
): Rotation {
  const totals = people.map((person, i) => ({
    id: person.id,
    cost: round(slots.reduce((sum, slot) => sum + slot.local[i]!.cost, 0)),
    asleep: slots.filter((slot) => slot.local[i]!.asleep).length,
  }));
  return {
    slots,
    totals,
    worst: Math.max(...totals.map((t) => t.cost)),
    total: round(totals.reduce((sum, t) => sum + t.cost, 0)),
    wallTimeZone,
  };
}
