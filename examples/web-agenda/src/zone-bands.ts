import { type Member, redactMember } from "@convening/schema";
import { type MeetingSlot, zoneAbbreviation } from "@convening/time";
import { type BandSegment, dayBands, type Shade, slotMarks } from "./day-bands.js";
import { h } from "./dom.js";
import { cityOf } from "./zone-choices.js";

const SHADE_WORDS: Record<Shade, string> = {
  working: "working hours or stated availability",
  evening: "outside those: early, evening, weekend",
  night: "sleep hours (00:00–06:00)",
};

const DAY = 24 * 60;
// A segment narrower than this has no room for its local start time.
const LABELLED_MINUTES = 150;

/**
 * Each member's day as a band on one UTC axis, shaded from `findMeetingTimes`' own scores, with
 * the best slots drawn across every band. Each band is also described in words (`role="img"`
 * with a label listing its stretches in UTC and local time), so the chart does not depend on
 * seeing the colours.
 */
export function zoneBands(
  members: readonly Member[],
  quarters: readonly MeetingSlot[],
  best: readonly MeetingSlot[],
  date: string,
): HTMLElement {
  const dayStart = `${date}T00:00:00Z`;
  const midday = `${date}T12:00:00Z`;
  const bands = dayBands(quarters, dayStart);
  const pct = (minutes: number) => `${((minutes / DAY) * 100).toFixed(4)}%`;
  const ticks = [0, 3, 6, 9, 12, 15, 18, 21, 24];
  return h(
    "div",
    {
      class: "scroller",
      role: "region",
      "aria-label": "Members' days aligned on UTC",
      tabindex: 0,
    },
    h(
      "div",
      { class: "bands" },
      h(
        "div",
        { class: "bands__axis", "aria-hidden": "true" },
        h("span", { class: "band__who" }, "UTC →"),
        h(
          "div",
          { class: "ticks" },
          ticks.map((hour) =>
            h("span", { style: `left:${pct(hour * 60)}` }, `${String(hour).padStart(2, "0")}:00`),
          ),
        ),
      ),
      members.map((member) => {
        const shown = redactMember(member, "network");
        const name = shown?.name ?? "A member";
        const zone = member.timeZone!;
        const where = `${cityOf(zone)} · ${zoneAbbreviation(zone, midday)}`;
        const segments = bands.get(member.id) ?? [];
        return h(
          "div",
          { class: "band", "data-member": member.id },
          h("div", { class: "band__who" }, h("strong", {}, name), h("span", {}, where)),
          h(
            "div",
            {
              class: "band__track",
              role: "img",
              "aria-label": `${name}, ${where}: ${describe(segments)}`,
            },
            segments.map((s) =>
              h(
                "div",
                {
                  class: `segment segment--${s.shade}`,
                  style: `left:${pct(s.start)};width:${pct(s.end - s.start)}`,
                },
                s.end - s.start >= LABELLED_MINUTES &&
                  h("span", { class: "segment__local" }, s.localStart),
              ),
            ),
          ),
        );
      }),
      h(
        "div",
        { class: "slots", "aria-hidden": "true" },
        slotMarks(best, dayStart).map((m) =>
          h(
            "div",
            {
              class: "slot-mark",
              "data-rank": m.rank,
              "data-start": m.slot.start,
              style: `left:${m.left.toFixed(4)}%;width:${m.width.toFixed(4)}%`,
            },
            h("span", { class: "slot-mark__rank" }, String(m.rank)),
          ),
        ),
      ),
    ),
  );
}

/** `sleep hours 00:00–04:00 UTC (14:00 local), working hours …`: a band in words. */
function describe(segments: readonly BandSegment[]): string {
  return segments
    .map(
      (s) =>
        `${SHADE_WORDS[s.shade]} ${clock(s.start)}–${clock(s.end)} UTC (from ${s.localStart} local)`,
    )
    .join("; ");
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The legend: each shade as a swatch and in words, and what a numbered mark means. */
export function bandLegend(): HTMLElement {
  return h(
    "ul",
    { class: "legend", "aria-label": "Legend" },
    (Object.keys(SHADE_WORDS) as Shade[]).map((shade) =>
      h(
        "li",
        {},
        h("span", { class: `swatch swatch--${shade}`, "aria-hidden": "true" }),
        SHADE_WORDS[shade],
      ),
    ),
    h(
      "li",
      {},
      h("span", { class: "swatch--slot", "aria-hidden": "true" }, "1"),
      "best slot, by rank",
    ),
  );
}
