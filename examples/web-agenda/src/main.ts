import "./styles.css";
import { isConveningValidationError } from "@convening/schema";
import { renderAgendaView } from "./agenda-view.js";
import { h } from "./dom.js";
import { renderFindATimeView } from "./find-a-time-view.js";
import { pageLanguage } from "./language-picker.js";
import { startRouter } from "./router.js";
import { loadSamples } from "./samples.js";
import { browserZone, viewerZone } from "./viewer-zone.js";

function start(): void {
  const { workshops, committee } = loadSamples();
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
  renderFindATimeView(document.getElementById("find-a-time")!, { convening: committee, languages });
  startRouter();
}

try {
  start();
} catch (error) {
  // A sample that fails validation is a bug in the data, not something to half-render: show
  // parseConvening's readable list of issues instead.
  const main = document.getElementById("main")!;
  const message = isConveningValidationError(error) ? error.message : String(error);
  main.replaceChildren(
    h("h1", {}, "This page could not show the convening"),
    h("pre", { class: "notice error-page", role: "alert" }, message),
  );
  throw error;
}
