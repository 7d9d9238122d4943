import type { LocalSlot, MeetingSlot } from "@convening/time";

/**
 * How a stretch of someone's day is shaded: `working` inside their availability (default
 * 09:00–17:00 on their own workdays), `night` in their sleep hours (00:00–06:00), `evening` for
 * the rest (early morning, evening, their weekend).
 */
export type Shade = "working" | "evening" | "night";

/** A run of one shade in a member's band, in minutes after the band's UTC midnight. */
export interface BandSegment {
  readonly start: number;
  readonly end: number;
  readonly shade: Shade;
  /** The member's wall time when the run starts (`09:00`). */
  readonly localStart: string;
}

/** The shade of one scored stretch: what `findMeetingTimes` said it costs that person. */
export function shadeOf(local: Pick<LocalSlot, "cost" | "asleep">): Shade {
  if (local.asleep) return "night";
  return local.cost === 0 ? "working" : "evening";
}

/**
 * Each member's band for one UTC day, from short slots covering the day that `findMeetingTimes`
 * scored (see `quarterHours`): consecutive stretches of one shade merge into one segment.
 * `dayStart` is the band's UTC midnight; the slots may come in any order.
 *
 * @example
 * ```ts
 * dayBands(quarterHours(committee, "2011-07-27"), "2011-07-27T00:00:00Z").get("arjun-p");
 * // [ { start: 0, end: 30, shade: "night", localStart: "05:30" }, { start: 30, end: 210, shade: "evening", … }, … ]
 * ```
 */
export function dayBands(
  slots: readonly MeetingSlot[],
  dayStart: string,
): Map<string, BandSegment[]> {
  const origin = Date.parse(dayStart);
  const ordered = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const bands = new Map<string, BandSegment[]>();
  for (const slot of ordered) {
    const start = (Date.parse(slot.start) - origin) / 60_000;
    const end = (Date.parse(slot.end) - origin) / 60_000;
    for (const local of slot.local) {
      const shade = shadeOf(local);
      const band = bands.get(local.id) ?? [];
      const last = band[band.length - 1];
      if (last && last.shade === shade && last.end === start)
        band[band.length - 1] = { ...last, end };
      else band.push({ start, end, shade, localStart: wallClock(local.start) });
      bands.set(local.id, band);
    }
  }
  return bands;
}

/** `2011-07-27T09:00:00+05:30` → `09:00`: the wall time an ISO string with offset carries. */
export function wallClock(iso: string): string {
  return iso.slice(11, 16);
}

/** Where a slot sits on a band, as percentages of the day, with its rank (1 = best). */
export interface SlotMark {
  readonly rank: number;
  readonly slot: MeetingSlot;
  readonly left: number;
  readonly width: number;
}

/** The marks for ranked slots on the band of the UTC day starting at `dayStart`. */
export function slotMarks(slots: readonly MeetingSlot[], dayStart: string): SlotMark[] {
  const origin = Date.parse(dayStart);
  const day = 24 * 60;
  return slots.map((slot, i) => {
    const start = (Date.parse(slot.start) - origin) / 60_000;
    const end = (Date.parse(slot.end) - origin) / 60_000;
    return { rank: i + 1, slot, left: (start / day) * 100, width: ((end - start) / day) * 100 };
  });
}
