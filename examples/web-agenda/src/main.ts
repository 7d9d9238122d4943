import "./styles.css";
import { isConveningValidationError } from "@convening/schema";
import { renderAgendaView } from "./agenda-view.js";
import { h } from "./dom.js";
import { renderFindATimeView } from "./find-a-time-view.js";
import { startRouter } from "./router.js";
import { loadSamples } from "./samples.js";
import { browserZone, viewerZone } from "./viewer-zone.js";

function start(): void {
  const { workshops, committee } = loadSamples();
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const viewer = viewerZone(location.search, browserZone(), workshops.timeZone);
  renderAgendaView(document.getElementById("agenda")!, {
    convening: workshops,
    viewer,
    languages,
    onZoneChange: (zone) => {
      // Keep the picked zone in the address, so a reload or a shared link shows the same times.
      const url = new URL(location.href);
      url.searchParams.set("zone", zone);
      history.replaceState(history.state, "", url);
    },
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
