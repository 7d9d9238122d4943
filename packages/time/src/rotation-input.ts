import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
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
  readonly count: number;
  readonly durationMs: number;
  readonly stepMs: number;
  /** `step` as given (minutes or an ISO duration), for messages. */
  readonly step: unknown;
  readonly from: number;
  readonly to: number;
  /** `(to - from) / count`: not a whole number of ms in general, so periods are cut in floats. */
  readonly periodMs: number;
}

/**
 * Checks `planRotation`'s options in the order their errors are reported: the options object,
 * the participants, count, duration, step, from, to, then whether each period fits a meeting.
 */
export function rotationInput(options: PlanRotationOptions): RotationInput {
  // Each option read once: a getter that throws is named, and nothing changes after its check.
  options = guard.fields(
    options,
    ["options"],
    ["participants", "count", "duration", "from", "to", "step"],
    "must be { participants, count, duration, from, to, step? }",
  ) as PlanRotationOptions;
  const { people, groups } = resolveParticipants(options.participants);
  const count = options.count;
  if (!Number.isInteger(count) || count < 1 || count > 1000)
    throw new InvalidTimeArgumentError(["count"], count, "must be a whole number from 1 to 1000");
  const minutes = minutesOf(options.duration, ["duration"], 7 * 1440);
  const step = minutesOf(options.step ?? 15, ["step"], 7 * 1440);
  const from = toEpochMs(options.from, ["from"]);
  const to = toEpochMs(options.to, ["to"]);
  const periodMs = (to - from) / count;
  if (!(periodMs >= minutes * 60_000))
    throw new InvalidTimeArgumentError(
      ["to"],
      options.to,
      `leaves less than the meeting's length for each of ${count} periods`,
    );
  return {
    people,
    groups,
    count,
    durationMs: minutes * 60_000,
    stepMs: step * 60_000,
    step: options.step ?? 15,
    from,
    to,
    periodMs,
  };
}
