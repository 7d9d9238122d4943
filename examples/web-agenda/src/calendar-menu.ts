import { calendarLinks, toICS } from "@convening/ical";
import { type Convening, localize, type Session } from "@convening/schema";
import { h } from "./dom.js";

/** The providers in the order the menu lists them, with the name a reader recognises. */
const PROVIDERS = [
  ["google", "Google"],
  ["outlook", "Outlook.com"],
  ["office365", "Office 365"],
  ["yahoo", "Yahoo"],
] as const;

/**
 * The "Add to calendar" links of one session: the four web calendars from `calendarLinks`, and
 * an `.ics` file from `toICS` (only that session, public audience) offered as a Blob URL, so the
 * page needs no server. `convening` is the one `parseConvening` returned at start: neither call
 * validates it again, and both look the session up in indexes built once per parsed convening, so
 * a menu per session costs linear time in all (it was quadratic while every call re-parsed the
 * whole convening). The visible text stays short; each link's accessible name also says
 * which session it adds, because a screen reader's link list shows them out of context.
 *
 * @example
 * ```ts
 * list.append(calendarMenu(convening, convening.sessions[0]!, ["en"]));
 * ```
 */
export function calendarMenu(
  convening: Convening,
  session: Session,
  languages: readonly string[],
): HTMLElement {
  const title = localize(session.title, languages);
  const links = calendarLinks(session, convening, { language: languages });
  const labelId = `add-${session.id}`;
  const hidden = (text: string) => h("span", { class: "visually-hidden" }, text);
  return h(
    "div",
    { class: "add-to-calendar", role: "group", "aria-labelledby": labelId },
    h("span", { id: labelId, class: "add-to-calendar__label" }, "Add to calendar"),
    h(
      "ul",
      { class: "add-to-calendar__list" },
      PROVIDERS.map(([key, name]) =>
        h(
          "li",
          {},
          h(
            "a",
            {
              href: links[key],
              target: "_blank",
              rel: "noopener noreferrer",
              "data-calendar": key,
            },
            name,
            hidden(`: add “${title}” (opens in a new tab)`),
          ),
        ),
      ),
      h(
        "li",
        {},
        h(
          "a",
          {
            href: icsUrl(toICS(convening, { only: [session.id], language: languages })),
            download: `${session.id}.ics`,
            type: "text/calendar",
            "data-calendar": "ics",
          },
          ".ics file",
          hidden(` for “${title}” (Apple Calendar, Thunderbird, any calendar app)`),
        ),
      ),
    ),
  );
}

/** A download link for the whole convening as one `.ics` file. */
export function conveningDownload(
  convening: Convening,
  languages: readonly string[],
): HTMLAnchorElement {
  return h(
    "a",
    {
      class: "button",
      href: icsUrl(toICS(convening, { language: languages })),
      download: `${convening.id}.ics`,
      type: "text/calendar",
      "data-calendar": "convening-ics",
    },
    "Download every session (.ics)",
  );
}

// A Blob URL lives as long as the page. The agenda builds each menu once and moves the same
// element into every re-render (the calendar data does not depend on the zone picker), so
// switching zones never leaks one.
function icsUrl(ics: string): string {
  return URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
}
