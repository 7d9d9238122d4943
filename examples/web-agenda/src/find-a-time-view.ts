import { type Convening, localize, type Member } from "@convening/schema";
import {
  formatInZones,
  formatRange,
  type MeetingSlot,
  type PollTally,
  zoneOffset,
} from "@convening/time";
import {
  BEST_SLOT_COUNT,
  bestSlots,
  committeeOf,
  quarterHours,
  rotationFor,
} from "./committee-plan.js";
import { samplePoll } from "./committee-poll.js";
import { costLevel, formatCost } from "./cost-scale.js";
import { fill, h } from "./dom.js";
import { rotationGrid, rotationKey } from "./rotation-grid.js";
import { bandLegend, zoneBands } from "./zone-bands.js";
import { cityOf } from "./zone-choices.js";

/** What the Find-a-time view starts from. */
export interface FindATimeViewOptions {
  /** A convening with a group and its series of calls (the exploratory committee sample). */
  readonly convening: Convening;
  readonly languages: readonly string[];
}

const dayLabel = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/**
 * "Find a time" for a committee spread over many zones: every member's day as a band aligned on
 * UTC for a chosen call day, the best slots `findMeetingTimes` ranks marked across the bands and
 * listed with their times in the convening's display zones, and a rotation from `planRotation`
 * over the series' calls as a members × calls grid of costs with each member's total.
 * Shows members as the committee's network sees them: an organiser's view, not a public page.
 */
export function renderFindATimeView(
  root: HTMLElement,
  { convening, languages }: FindATimeViewOptions,
): void {
  const committee = committeeOf(convening);
  const { members, calls } = committee;
  const zones = new Set(members.map((m) => m.timeZone));
  const select = h(
    "select",
    { id: "call-day", name: "day" },
    calls.map((call, i) =>
      h(
        "option",
        { value: call.date },
        `${dayLabel.format(new Date(`${call.date}T12:00:00Z`))} (call ${i + 1})`,
      ),
    ),
  );
  const chart = h("div", { class: "chart" });
  const bestTitle = h("h2", { id: "best-title" });
  const bestList = h("ol", { class: "best-slots" });
  const pollTitle = h("h2", { id: "poll-title" });
  const pollList = h("ol", { class: "poll" });

  const render = (date: string) => {
    const best = bestSlots(committee, date);
    chart.replaceChildren(zoneBands(members, quarterHours(committee, date), best, date));
    bestTitle.textContent = `The ${BEST_SLOT_COUNT} best one-hour slots on ${dayLabel.format(new Date(`${date}T12:00:00Z`))}`;
    bestList.replaceChildren(...best.map((slot) => bestSlotItem(slot, convening)));
    pollTitle.textContent = "A poll on these slots and the whole day, as tallyPoll ranks it";
    pollList.replaceChildren(...samplePoll(committee, date, best).map(pollItem));
  };
  select.addEventListener("change", () => render(select.value));

  const rotation = rotationFor(committee);
  fill(
    root,
    h(
      "header",
      {},
      h(
        "h1",
        { id: "find-a-time-title", tabindex: -1 },
        `Find a time: ${localize(convening.title, languages)}`,
      ),
      h(
        "p",
        { class: "lede" },
        `${members.length} members in ${zones.size} time zones, from ${span(members, calls[0]!.start)}. Each band is one member's day on a shared UTC axis; the numbered marks are the call times that put the least burden on the group, best first.`,
      ),
    ),
    h(
      "div",
      { class: "controls" },
      h(
        "div",
        { class: "field" },
        h("label", { for: "call-day" }, "Day to plan (UTC)"),
        select,
        h("span", { class: "hint" }, "The committee's calls, from its series of calls."),
      ),
    ),
    bandLegend(),
    chart,
    h("section", { class: "view-section", "aria-labelledby": "best-title" }, bestTitle, bestList),
    h(
      "section",
      { class: "view-section", "aria-labelledby": "poll-title" },
      pollTitle,
      h(
        "p",
        { class: "lede" },
        "Each member votes yes inside their hours, no in their sleep hours, if-need-be otherwise (the whole day: yes unless it is their holiday or weekend). Options rank by yes, then if-need-be, then the finder's cost; a slot shows on each member's own clock, the whole day keeps its date for everyone.",
      ),
      pollList,
    ),
    h(
      "section",
      { class: "view-section", "aria-labelledby": "rotation-title" },
      h("h2", { id: "rotation-title" }, `A fair rotation over the ${calls.length} calls`),
      h(
        "p",
        { class: "lede" },
        `One call in each of ${calls.length} equal periods from the first call to the last, chosen so that the heaviest load anyone carries is as light as possible, then the load of all together (planRotation). Heaviest total: ${formatCost(rotation.worst)}; all members together: ${formatCost(rotation.total)}.`,
      ),
      h("p", { class: "lede" }, rotationKey()),
      rotationGrid(members, rotation),
    ),
  );
  render(select.value);
}

/**
 * One ranked slot: its UTC time, timeanddate's band (in words as well as colour), cost and
 * sleepers, why it costs what it does, and its line in each display zone.
 */
function bestSlotItem(slot: MeetingSlot, convening: Convening): HTMLElement {
  const zones = convening.displayZones.length > 0 ? convening.displayZones : [convening.timeZone];
  return h(
    "li",
    { "data-start": slot.start, "data-band": slot.band },
    h("span", { class: `slot-band slot-band--${slot.band}` }, BAND_WORDS[slot.band]),
    " ",
    h("strong", {}, formatRange(slot.start, slot.end, "UTC")),
    ` · ${burden(slot)} `,
    h("span", { class: "score" }, `(score ${formatCost(slot.cost)})`),
    h(
      "details",
      { class: "reasons" },
      h("summary", {}, `Why: ${slot.reasons.length} reason${slot.reasons.length === 1 ? "" : "s"}`),
      h(
        "ul",
        {},
        slot.reasons.map((r) => h("li", { "data-kind": r.kind }, `${r.label} (${r.id})`)),
      ),
    ),
    h(
      "details",
      {},
      h("summary", {}, "In the committee's zones"),
      h(
        "ul",
        { class: "zone-lines" },
        formatInZones(slot.start, slot.end, zones).map((line) => h("li", {}, line)),
      ),
    ),
  );
}

const BAND_WORDS = {
  green: "green: everyone in working hours",
  yellow: "yellow: everyone awake",
  red: "red: someone asleep",
} as const;

/** One poll option: its votes, and what the first and last voters saw. */
function pollItem(tally: PollTally): HTMLElement {
  const first = tally.seen[0];
  const last = tally.seen[tally.seen.length - 1];
  const seen =
    first && last
      ? `${cityOf(first.timeZone)} saw ${first.start}, ${cityOf(last.timeZone)} saw ${last.start}`
      : "";
  return h(
    "li",
    { "data-option": tally.id, "data-band": tally.band },
    h("strong", {}, tally.kind === "all-day" ? `All day ${tally.seen[0]?.start ?? ""}` : tally.id),
    ` · ${tally.yes.length} yes, ${tally.ifNeedBe.length} if need be, ${tally.no.length} no `,
    h("span", { class: "score" }, `(cost ${formatCost(tally.cost)}; ${seen})`),
  );
}

/** `Honolulu to Auckland`: the members furthest west and east by UTC offset at `at`. */
function span(members: readonly Member[], at: string): string {
  const byOffset = [...members].sort(
    (a, b) => zoneOffset(a.timeZone!, at).offset - zoneOffset(b.timeZone!, at).offset,
  );
  return `${cityOf(byOffset[0]!.timeZone!)} to ${cityOf(byOffset[byOffset.length - 1]!.timeZone!)}`;
}

/** `2 asleep, 4 late/early, 6 stretch, 7 in hours`: who a slot asks what of. */
function burden(slot: MeetingSlot): string {
  const counts = new Map<string, number>();
  const order = ["asleep", "late/early", "stretch", "in hours"];
  for (const local of slot.local) {
    const { label } = costLevel(local);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return order
    .filter((label) => counts.has(label))
    .map((label) => `${counts.get(label)} ${label}`)
    .join(", ");
}
