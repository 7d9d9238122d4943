import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dataDir,
  memberPath,
  memberSecret,
  parseIcs,
  sampleData,
  startServer,
} from "./helpers.mjs";

// Besides ical.js, every feed must read cleanly in libical (Evolution, GNOME; through Debian's
// gir1.2-ical-3.0) and python3-icalendar, where the Debian packages are installed. A member's
// feed merges events of several convenings into one calendar, so this is where a clash of UIDs
// or VTIMEZONEs would show.
// PYTHON (passed through by turbo) overrides which interpreter carries those packages.
const PYTHON = process.env.PYTHON ?? "/usr/bin/python3";
const READ = `
import json, sys
import gi
gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib
import icalendar
out = []
for text in json.load(sys.stdin):
    root = ICalGLib.Component.new_from_string(text)
    lines = root.as_ical_string().splitlines()
    cal = icalendar.Calendar.from_ical(text)
    out.append({
        "libicalErrors": [l for l in lines if l.startswith("X-LIC-ERROR")],
        "libicalEvents": root.count_components(ICalGLib.ComponentKind.VEVENT_COMPONENT),
        "icalendarEvents": len(cal.walk("VEVENT")),
        "icalendarUids": sorted({str(e["UID"]) for e in cal.walk("VEVENT")}),
    })
print(json.dumps(out))
`;

function readersPresent() {
  const probe = spawnSync(PYTHON, [
    "-c",
    'import gi; gi.require_version("ICalGLib", "3.0"); from gi.repository import ICalGLib; import icalendar',
  ]);
  return probe.status === 0;
}

const present = readersPresent();
if (!present) {
  console.warn(
    `Skipping the libical and python3-icalendar checks: ${PYTHON} with gir1.2-ical-3.0, python3-gi and python3-icalendar is not installed.`,
  );
}

const data = sampleData();
const paths = [
  ...data.convenings.map((c) => `/convenings/${c.id}.ics`),
  ...data.sources.flatMap((s) => s.series.map((x) => `/series/${x.id}.ics`)),
  ...data.members.map((m) => memberPath(m.id)),
];
let server;

beforeAll(async () => {
  server = await startServer({ dataDir, memberSecret });
});
afterAll(() => server.close());

describe.skipIf(!present)("libical and python3-icalendar", () => {
  it("read every feed without an error, with the events and UIDs ical.js reads", async () => {
    const texts = await Promise.all(paths.map(async (p) => (await server.fetch(p)).text()));
    const run = spawnSync(PYTHON, ["-c", READ], { input: JSON.stringify(texts), encoding: "utf8" });
    expect(run.stderr).toBe("");
    const results = JSON.parse(run.stdout);
    expect(results.length).toBe(paths.length);
    results.forEach((result, i) => {
      const vevents = parseIcs(texts[i]).getAllSubcomponents("vevent");
      const uids = [...new Set(vevents.map((e) => e.getFirstPropertyValue("uid")))].sort();
      expect(result.libicalErrors, paths[i]).toEqual([]);
      expect(result.libicalEvents, paths[i]).toBe(vevents.length);
      expect(result.icalendarEvents, paths[i]).toBe(vevents.length);
      expect(result.icalendarUids, paths[i]).toEqual(uids);
    });
  });
});
