import "./styles.css";
import { isConveningValidationError } from "@convening/schema";
import { renderAgendaView } from "./agenda-view.js";
import { h } from "./dom.js";
import { pageLanguage } from "./language-picker.js";
import { startRouter } from "./router.js";
import { loadWorkshops } from "./samples.js";
import { browserZone, viewerZone } from "./viewer-zone.js";

/**
 * A sample that fails validation is a bug in the data, not something to half-render: show
 * parseConvening's readable list of issues instead.
 */
function showError(error: unknown): void {
  const main = document.getElementById("main")!;
  const message = isConveningValidationError(error) ? error.message : String(error);
  main.replaceChildren(
    h("h1", {}, "This page could not show the convening"),
    h("pre", { class: "notice error-page", role: "alert" }, message),
  );
}

function start(): void {
  const workshops = loadWorkshops();
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const viewer = viewerZone(location.search, browserZone(), workshops.timeZone);
  // Keep the picked zone and language in the address, so a reload or a shared link shows the
  // same times.
  const remember = (name: string, value: string) => {
    const url = new URL(location.href);
    url.searchParams.set(name, value);
    history.replaceState(history.state, "", url);
  };
  renderAgendaView(document.getElementById("agenda")!, {
    convening: workshops,
    viewer,
    languages,
    locale: pageLanguage(location.search),
    onZoneChange: (zone) => remember("zone", zone),
    onLocaleChange: (locale) => remember("lang", locale),
  });

  // Find a time is its own chunk, fetched and drawn the first time it opens.
  let findATime: Promise<void> | undefined;
  const openFindATime = () => {
    findATime ??= (async () => {
      const root = document.getElementById("find-a-time")!;
      root.setAttribute("aria-busy", "true");
      try {
        const { showFindATime } = await import("./find-a-time-page.js");
        showFindATime(root, languages);
      } catch (error) {
        showError(error);
        throw error;
      } finally {
        root.removeAttribute("aria-busy");
      }
    })();
    return findATime;
  };
  startRouter((view) => (view === "find-a-time" ? openFindATime() : undefined));
}

try {
  start();
} catch (error) {
  showError(error);
  throw error;
}
