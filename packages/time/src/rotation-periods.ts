import { InvalidTimeArgumentError } from "./errors.js";
import type { RotationInput } from "./rotation-input.js";

/**
 * The candidates of each period, as indexes into `starts`: the slots that start and end inside
 * it, so that no two meetings of a plan can overlap across a period boundary. The last period
 * ends at `to` exactly, whatever the rounding of `periodMs`.
 */
export function rotationPeriods(
  starts: readonly number[],
  input: Pick<RotationInput, "durationMs" | "from" | "to" | "periodMs"> & {
    readonly count: number;
  },
  step: unknown,
): number[][] {
  const { count, durationMs, from, to, periodMs } = input;
  const periods: number[][] = Array.from({ length: count }, () => []);
  starts.forEach((start, k) => {
    const p = Math.min(count - 1, Math.floor((start - from) / periodMs));
    const periodEnd = p === count - 1 ? to : from + (p + 1) * periodMs;
    if (start + durationMs <= periodEnd) periods[p]!.push(k);
  });
  const empty = periods.findIndex((p) => p.length === 0);
  if (empty >= 0)
    throw new InvalidTimeArgumentError(
      ["step"],
      step,
      `leaves period ${empty + 1} of ${count} without a meeting time that fits inside it`,
    );
  return periods;
}
