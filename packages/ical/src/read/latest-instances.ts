import type { TimeValue } from "./read-event.js";

/** What choosing between a UID's RECURRENCE-ID instances needs of one VEVENT. */
export interface InstanceLike {
  readonly raw: {
    readonly recurrenceId: TimeValue | undefined;
    readonly sequence: number | undefined;
  };
}

/** A RECURRENCE-ID as written (wall time, `Z`, TZID): instances with equal keys redo one occurrence. */
export function recurrenceKey(rid: TimeValue): string {
  const w = rid.wall;
  const time = w.isDate ? "" : `T${w.hour}:${w.minute}:${w.second}${w.utc ? "Z" : ""}`;
  return `${w.year}-${w.month}-${w.day}${time};${rid.tzid ?? ""}`;
}

/**
 * One VEVENT per RECURRENCE-ID: the one with the highest SEQUENCE, the first in the file on a tie
 * (as for masters). A calendar that kept every iTIP update of an occurrence has several
 * (node-ical's `recurrence-sequence.ics`); RFC 5545 §3.8.7.4 makes the higher SEQUENCE the
 * current one, so the file's last copy is not necessarily the one to keep.
 *
 * @example
 * ```ts
 * const { kept, superseded } = latestInstances(instancesOfOneUid);
 * ```
 */
export function latestInstances<T extends InstanceLike>(
  instances: readonly T[],
): { kept: T[]; superseded: { dropped: T; kept: T }[] } {
  const best = new Map<string, T>();
  for (const inst of instances) {
    const key = recurrenceKey(inst.raw.recurrenceId!);
    const known = best.get(key);
    if (known === undefined || (inst.raw.sequence ?? 0) > (known.raw.sequence ?? 0))
      best.set(key, inst);
  }
  const winners = new Set(best.values());
  const kept = instances.filter((i) => winners.has(i));
  const superseded = instances
    .filter((i) => !winners.has(i))
    .map((dropped) => ({ dropped, kept: best.get(recurrenceKey(dropped.raw.recurrenceId!))! }));
  return { kept, superseded };
}
