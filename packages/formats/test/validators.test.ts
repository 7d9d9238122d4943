import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toFrabJson, toFrabXml, toScheduleV2 } from "../src/frab/index.js";
import { sample } from "./helpers/samples.js";
import { frabJsonErrors, frabXmlErrors, scheduleV2Errors } from "./helpers/validators.js";

// The validators are what every "valid" in these tests rests on, so each is shown to say no.
const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`vendor/voc-schedule/examples/${name}`, import.meta.url), "utf8"),
  );

describe("the vendored c3voc validators", () => {
  it("accept the examples c3voc's own CI validates", () => {
    expect(frabJsonErrors(example("pretalx-democon.json"))).toEqual([]);
  });

  it("reject the producers' files c3voc lists as failing (frab camp2019, pretalx rC3)", () => {
    expect(frabJsonErrors(example("frab-camp2019.json")).length).toBeGreaterThan(0);
    expect(frabJsonErrors(example("pretalx-rc3.json")).length).toBeGreaterThan(0);
  });

  it("reject our schedule.json without an event's guid, or with a zone that is no IANA name", () => {
    const json = toFrabJson(sample("collaborative-workshops-2021.json"));
    const event = Object.values(json.schedule.conference.days[0]!.rooms).flat()[0]!;
    delete (event as Partial<typeof event>).guid;
    expect(frabJsonErrors(json).join("\n")).toContain("guid");
  });

  it("reject schedule v2 with an event type outside its list", () => {
    const v2 = toScheduleV2(sample("collaborative-workshops-2021.json"));
    (v2.schedule.events[0] as { type: string }).type = "workshop";
    expect(scheduleV2Errors(v2).length).toBeGreaterThan(0);
  });

  it("reject schedule.xml whose event has no guid, or a date without an offset", () => {
    const xml = toFrabXml(sample("collaborative-workshops-2021.json"));
    expect(frabXmlErrors(xml.replace(/<event guid="[^"]+"/, "<event"))).not.toEqual([]);
    expect(frabXmlErrors(xml.replace(/(<date>[^<]+)-04:00</, "$1<"))).not.toEqual([]);
  });
});
