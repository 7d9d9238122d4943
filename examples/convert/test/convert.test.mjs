import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../src/convert.mjs", import.meta.url));
const data = (name) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
const vendor = (name) =>
  fileURLToPath(
    new URL(`../../../packages/formats/test/vendor/voc-schedule/examples/${name}`, import.meta.url),
  );
const work = mkdtempSync(join(tmpdir(), "convert-"));
const run = (...args) => execFileSync(process.execPath, [cli, ...args], { encoding: "utf8" });

describe("npm run convert", () => {
  it("turns a convening into schedule.xml and that back into schedule.json with the same sessions", () => {
    const xml = join(work, "workshops.xml");
    run(data("collaborative-workshops-2021.json"), "--to", "frab-xml", "--out", xml);
    expect(readFileSync(xml, "utf8")).toContain(
      "<time_zone_name>America/New_York</time_zone_name>",
    );
    const json = JSON.parse(run(xml, "--to", "frab-json"));
    const events = json.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
    expect(events).toHaveLength(7);
    expect(events[0].date).toBe("2021-03-23T11:20:00-04:00");
  });

  it("turns pretalx's export into iCalendar and JSON-LD", () => {
    const ics = run(vendor("pretalx-democon.json"), "--to", "ics");
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(36);
    const ld = JSON.parse(run(vendor("pretalx-democon.json"), "--to", "jsonld"));
    expect(ld.subEvent).toHaveLength(36);
  });

  it("says what is missing when a file names no zone", () => {
    const result = spawnSync(process.execPath, [cli, vendor("pretalx-rc3.json"), "--to", "ics"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("time_zone_required");
    expect(
      run(vendor("pretalx-rc3.json"), "--to", "ics", "--time-zone", "Europe/Berlin"),
    ).toContain("TZID=Europe/Berlin");
  });
});
