import type { Series } from "@convening/schema";
import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import { checkHolidayCalendar } from "./holiday-days.js";
import { toEpochMs } from "./instant.js";
import {
  minutesOf,
  type ParticipantGroup,
  type ResolvedParticipant,
  resolveParticipants,
} from "./meeting-participants.js";
import type { PlanRotationOptions } from "./plan-rotation.js";

/** `planRotation`'s options checked and reduced to numbers (times in ms since the epoch). */
export interface RotationInput {
  readonly people: readonly ResolvedParticipant[];
  readonly groups: readonly ParticipantGroup[];
  /** How many meetings; with a series, undefined means one per occurrence. */
  readonly count: number | undefined;
  readonly durationMs: number;
  readonly stepMs: number;
  /** `step` as given (minutes or an ISO duration), for messages. */
  readonly step: unknown;
  readonly from: number;
  readonly to: number;
  /** `(to - from) / count`: not a whole number of ms in general, so periods are cut in floats. */
  readonly periodMs: number;
  readonly series: Series | undefined;
  readonly startTimes: unknown;
  readonly wallTimeZone: unknown;
}

/**
 * Checks `planRotation`'s options in the order their errors are reported: the options object,
 * the participants, count, duration, step, from, to, then whether each period fits a meeting.
 * With a `series`, `count` and `duration` may be left out (one meeting per occurrence, the
 * series' own length); the series itself is checked by `expandSeries` (parsed, or `not_parsed`).
 */
export function rotationInput(options: PlanRotationOptions): RotationInput {
  // Each option read once: a getter that throws is named, and nothing changes after its check.
  const o = guard.fields(
    options,
    ["options"],
    [
      "participants",
      "count",
      "duration",
      "from",
      "to",
      "step",
      "series",
      "startTimes",
      "wallTimeZone",
      "holidays",
    ],
    "must be { participants, count, duration, from, to, step? }",
  ) as PlanRotationOptions;
  const { people, groups } = resolveParticipants(
    o.participants,
    undefined,
    undefined,
    checkHolidayCalendar(o.holidays),
  );
  const series = o.series;
  const count = o.count;
  if (!(series !== undefined && count === undefined))
    if (!Number.isInteger(count) || count! < 1 || count! > 1000)
      throw new InvalidTimeArgumentError(["count"], count, "must be a whole number from 1 to 1000");
  if (series === undefined) {
    if (o.startTimes !== undefined)
      throw new InvalidTimeArgumentError(["startTimes"], o.startTimes, "needs a series");
    if (o.wallTimeZone !== undefined)
      throw new InvalidTimeArgumentError(["wallTimeZone"], o.wallTimeZone, "needs a series");
  }
  const durationValue =
    o.duration === undefined && series !== undefined
      ? guard.field(series, "duration", ["series"])
      : o.duration;
  const minutes = minutesOf(durationValue, ["duration"], 7 * 1440);
  const step = minutesOf(o.step ?? 15, ["step"], 7 * 1440);
  const from = toEpochMs(o.from, ["from"]);
  const to = toEpochMs(o.to, ["to"]);
  const periodMs = (to - from) / (count ?? 1);
  if (!(periodMs >= minutes * 60_000))
    throw new InvalidTimeArgumentError(
      ["to"],
      o.to,
      `leaves less than the meeting's length for each of ${count ?? 1} periods`,
    );
  return {
    people,
    groups,
    count,
    durationMs: minutes * 60_000,
    stepMs: step * 60_000,
    step: o.step ?? 15,
    from,
    to,
    periodMs,
    series,
    startTimes: o.startTimes,
    wallTimeZone: o.wallTimeZone,
  };
}
