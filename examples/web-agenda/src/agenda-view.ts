import { type Convening, localize } from "@convening/schema";
import { buildAgenda, zoneAbbreviation } from "@convening/time";
import { calendarMenu, conveningDownload } from "./calendar-menu.js";
import { fill, h } from "./dom.js";
import { languageAttributes, languagePicker, type PageLanguage } from "./language-picker.js";
import { sessionCard } from "./session-card.js";
import type { ViewerZone } from "./viewer-zone.js";
import { type ZoneChoice, zoneChoices } from "./zone-choices.js";

/** What the agenda view starts from. */
export interface AgendaViewOptions {
  readonly convening: Convening;
  readonly viewer: ViewerZone;
  /** The reader's languages (`navigator.languages`). */
  readonly languages: readonly string[];
  /** Called with the zone the reader picks, to keep it in the URL. */
  readonly onZoneChange?: (zone: string) => void;
  /** The language of the lines and headings (`?lang=`). Default English. */
  readonly locale?: PageLanguage;
  /** Called with the language the reader picks, to keep it in the URL. */
  readonly onLocaleChange?: (locale: PageLanguage) => void;
}

/**
 * The agenda in the reader's zone: a heading, the zone picker, and the days of `buildAgenda` in
 * the picked zone, each session with its display-zone lines and "Add to calendar" links.
 * Picking a zone re-renders the days only, so keyboard focus stays on the picker.
 */
export function renderAgendaView(root: HTMLElement, options: AgendaViewOptions): void {
  const { convening, viewer, languages } = options;
  const menus = new Map(
    convening.sessions.map((s) => [s.id, calendarMenu(convening, s, languages)]),
  );
  const days = h("div", { class: "days" });
  // A polite live region: after a zone change a screen reader hears which zone the times are in
  // now, not the whole agenda again.
  const summary = h("p", { class: "hint", id: "zone-summary", "aria-live": "polite" });
  const select = zonePicker(convening, viewer);
  const language = languagePicker(options.locale ?? "en");
  let locale: PageLanguage = options.locale ?? "en";

  const render = (zone: string) => {
    // Lines and headings follow the picked language; the rest of the page stays in English.
    const inLocale = languageAttributes(locale);
    summary.textContent = `Times below are in ${describeZone(zone, convening)}. Each session also shows its time in the convening's zones.`;
    days.replaceChildren(
      ...buildAgenda(convening, { zone, locale }).map((day) =>
        h(
          "section",
          { class: "day", "aria-labelledby": `day-${day.date}` },
          h("h2", { id: `day-${day.date}`, ...inLocale }, day.heading),
          h(
            "ol",
            { class: "sessions" },
            day.sessions.map((item) =>
              sessionCard(item, {
                convening,
                zone,
                languages,
                locale,
                menu: menus.get(item.session.id)!,
              }),
            ),
          ),
        ),
      ),
    );
  };

  select.addEventListener("change", () => {
    render(select.value);
    options.onZoneChange?.(select.value);
  });
  language.select.addEventListener("change", () => {
    locale = language.select.value as PageLanguage;
    render(select.value);
    options.onLocaleChange?.(locale);
  });

  const description = localize(convening.description, languages);
  fill(
    root,
    h(
      "header",
      {},
      h("h1", { id: "agenda-title", tabindex: -1 }, localize(convening.title, languages)),
      h("p", { class: "lede" }, dateLine(convening)),
      description && h("p", {}, description),
    ),
    viewer.rejected !== undefined &&
      h(
        "p",
        { class: "notice", role: "status" },
        `“${viewer.rejected}” is not a time zone this browser knows, so times are shown in ${viewer.zone}.`,
      ),
    h(
      "div",
      { class: "controls" },
      h("div", { class: "field" }, h("label", { for: "zone" }, "Show times in"), select, summary),
      language.field,
      conveningDownload(convening, languages),
    ),
    days,
  );
  select.setAttribute("aria-describedby", "zone-summary");
  render(viewer.zone);
}

function zonePicker(convening: Convening, viewer: ViewerZone): HTMLSelectElement {
  const { suggested, all } = zoneChoices(convening, viewer.zone, viewer.browser);
  const option = (c: ZoneChoice) =>
    h("option", { value: c.zone, selected: c.zone === viewer.zone }, c.label);
  return h(
    "select",
    { id: "zone", name: "zone" },
    h("optgroup", { label: "Suggested" }, suggested.map(option)),
    h("optgroup", { label: "All time zones" }, all.map(option)),
  );
}

function describeZone(zone: string, convening: Convening): string {
  const at = convening.sessions[0]?.start ?? `${convening.startDate}T12:00:00Z`;
  return `${zone.replaceAll("_", " ")} (${zoneAbbreviation(zone, at)})`;
}

/** `23 – 24 March 2021 · online`, in the organisers' calendar. */
function dateLine(convening: Convening): string {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const asDate = (d: string) => new Date(`${d}T12:00:00Z`);
  const dates =
    convening.startDate === convening.endDate
      ? format.format(asDate(convening.startDate))
      : format.formatRange(asDate(convening.startDate), asDate(convening.endDate));
  const mode = { online: "online", "in-person": "in person", hybrid: "in person and online" }[
    convening.attendanceMode
  ];
  return `${dates} · ${mode}`;
}
