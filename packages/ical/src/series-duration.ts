// The length of a series as RFC 5545 §3.3.6 writes it: DURATION for a nominal length (days,
// weeks) or for a series whose DTSTART is a nominal wall time in a gap, DTEND otherwise.

import { durationMinutes, durationParts, formatDuration } from "@convening/core";

/**
 * A schema duration as RFC 5545 §3.3.6 writes it, when it has days or weeks (a nominal length
 * that keeps wall time across DST); undefined when it is exact (hours, minutes, seconds), which
 * is written as DTEND. RFC 5545 forbids mixing weeks with other units, so `P1W2D` becomes `P9D`.
 */
export function nominalDuration(duration: string): string | undefined {
  const parts = durationParts(duration);
  if (parts === undefined || (parts.weeks === 0 && parts.days === 0)) return undefined;
  return formatDuration(Math.round(durationMinutes(duration)! * 60));
}

/** `PT1H`, `PT1H30M`, `PT1H0M5S`, `PT36H`: whole seconds as RFC 5545 §3.3.6 dur-time, exact. */
export function exactDuration(seconds: number): string {
  return formatDuration(seconds, { exact: true });
}
