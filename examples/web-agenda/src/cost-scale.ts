import { type LocalSlot, PENALTY } from "@convening/time";

/** A person's burden for one meeting, in four steps the grid colours and names. */
export interface CostLevel {
  /** 0 none … 3 in their sleep hours: the CSS class `cost--N`. */
  readonly level: 0 | 1 | 2 | 3;
  /** The words that carry the same information as the colour. */
  readonly label: string;
}

/**
 * The step of a person's cost for a meeting (`findMeetingTimes`' per-person cost: weight × mean
 * penalty per minute, 0 inside availability, 1 shoulder hours, 3 evening, 6 late or early, 20
 * asleep, plus 4 on their weekend). Any sleep is the top step whatever the mean.
 *
 * @example
 * ```ts
 * costLevel({ cost: 0, asleep: false }); // { level: 0, label: "in hours" }
 * costLevel({ cost: 7.5, asleep: true }); // { level: 3, label: "asleep" }
 * ```
 */
export function costLevel(local: Pick<LocalSlot, "cost" | "asleep">): CostLevel {
  if (local.asleep) return { level: 3, label: "asleep" };
  if (local.cost === 0) return { level: 0, label: "in hours" };
  // Up to an evening's penalty (19:00–22:00) is a stretch; beyond it, late night or early morning.
  if (local.cost <= PENALTY.evening) return { level: 1, label: "stretch" };
  return { level: 2, label: "late/early" };
}

/** `3`, `2.5`, `0.75`: a cost as people read it, without trailing zeros or float noise. */
export function formatCost(cost: number): string {
  return String(Math.round(cost * 100) / 100);
}
