import { type Member, redactMember } from "@convening/schema";
import { PENALTY, type Rotation } from "@convening/time";
import { costLevel, formatCost } from "./cost-scale.js";
import { wallClock } from "./day-bands.js";
import { h } from "./dom.js";
import { cityOf } from "./zone-choices.js";

/** What the grid's numbers mean, for the paragraph above it. */
export function rotationKey(): string {
  return `Each cell is the member's local start time (−1d or +1d when that is the day before or after the UTC date) and their cost for that call: 0 “in hours”, up to ${PENALTY.evening} a “stretch” (early morning or evening), more is “late/early”, and any part of their sleep hours (00:00–06:00) is “asleep”, ${PENALTY.sleep} a minute. Total is the sum over all calls; the bar compares it with the heaviest.`;
}

const callDate = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "short",
  day: "numeric",
  month: "short",
});

/**
 * The rotation as a members × meetings table: each cell is the member's local start and their
 * cost for that meeting, coloured and named by its step (`costLevel`); the last column is the
 * member's total over all meetings with a bar scaled to the heaviest load, and how often the
 * rotation reaches into their sleep hours.
 */
export function rotationGrid(members: readonly Member[], rotation: Rotation): HTMLElement {
  const worst = Math.max(rotation.worst, Number.EPSILON);
  return h(
    "div",
    { class: "scroller", role: "region", "aria-labelledby": "rotation-title", tabindex: 0 },
    h(
      "table",
      { class: "rotation" },
      h("caption", {}, "Each member's local start time and cost, call by call, and their total"),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Member"),
          rotation.slots.map((slot, i) =>
            h(
              "th",
              { scope: "col", "data-start": slot.start },
              `Call ${i + 1}`,
              h("br"),
              callDate.format(new Date(slot.start)),
              h("br"),
              `${wallClock(slot.start)} UTC`,
            ),
          ),
          h("th", { scope: "col" }, "Total"),
        ),
      ),
      h(
        "tbody",
        {},
        members.map((member, i) => {
          const total = rotation.totals[i]!;
          const name = redactMember(member, "network")?.name ?? "A member";
          return h(
            "tr",
            { "data-member": member.id },
            h(
              "th",
              { scope: "row" },
              name,
              h("small", { class: "zone" }, ` ${cityOf(member.timeZone!)}`),
            ),
            rotation.slots.map((slot) => {
              const local = slot.local[i]!;
              const { level, label } = costLevel(local);
              const shift = dayShift(slot.start, local.start);
              return h(
                "td",
                { class: `cost cost--${level}`, "data-cost": local.cost },
                wallClock(local.start),
                shift && [
                  h("span", { class: "shift", "aria-hidden": "true" }, ` ${shift.short}`),
                  h("span", { class: "visually-hidden" }, ` (${shift.long})`),
                ],
                h("small", {}, `${formatCost(local.cost)} · ${label}`),
              );
            }),
            h(
              "td",
              { class: "total", "data-total": total.cost },
              h("strong", {}, formatCost(total.cost)),
              total.asleep > 0 && h("small", {}, `asleep ${total.asleep}×`),
              h("span", {
                class: "total__bar",
                style: `width:${((total.cost / worst) * 100).toFixed(1)}%`,
                "aria-hidden": "true",
              }),
            ),
          );
        }),
      ),
    ),
  );
}

/** `+1d` (the next day) when the member's local date is after the UTC date, `−1d` before. */
function dayShift(utc: string, local: string): { short: string; long: string } | undefined {
  const a = utc.slice(0, 10);
  const b = local.slice(0, 10);
  if (a === b) return undefined;
  return b > a ? { short: "+1d", long: "the next day" } : { short: "−1d", long: "the day before" };
}
