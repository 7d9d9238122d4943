import { civilFromDays, DAY_MS, isoWeekday } from "@convening/core";
// What an all-day poll option costs one group of voters: the same local dates for everyone
// (an all-day option never shifts a day), each day a holiday or out-of-office day costs
// PENALTY.unavailable, a weekend day PENALTY.weekend, a working day nothing.

import { holidayDays } from "./holiday-days.js";
import { PENALTY } from "./meeting-cost.js";
import type { ParticipantGroup } from "./meeting-participants.js";
import type { SlotReason } from "./slot-reasons.js";

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Mean penalty per day of local days `first`…`last` (day counts) for the group, and why. */
export function dayCost(
  group: ParticipantGroup,
  first: number,
  last: number,
): { mean: number; causes: Omit<SlotReason, "id">[] } {
  const causes: Omit<SlotReason, "id">[] = [];
  const { country, region, calendar } = group.holidays;
  let sum = 0;
  for (let day = first; day <= last; day++) {
    let blocked = false;
    if (country !== undefined && calendar !== undefined) {
      const year = civilFromDays(day).year;
      // A feast of several days that began the year before still covers early January.
      for (const y of [year - 1, year])
        for (const h of holidayDays(calendar, country, region, y))
          if (day >= h.first && day < h.first + h.length) {
            blocked = true;
            causes.push({ kind: "holiday", label: `${group.place}: ${h.name}` });
          }
    }
    for (const p of group.away)
      if (p.start < (day + 1) * DAY_MS && p.end > day * DAY_MS) {
        blocked = true;
        causes.push({ kind: "out-of-office", label: `${group.place}: ${p.name}` });
      }
    const weekday = isoWeekday(day);
    if (blocked) sum += PENALTY.unavailable;
    else if (group.weekend.has(weekday)) {
      sum += PENALTY.weekend;
      causes.push({ kind: "weekend", label: `${group.place}: ${DAY_NAMES[weekday - 1]}, weekend` });
    }
  }
  return { mean: sum / (last - first + 1), causes };
}
