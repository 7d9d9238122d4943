import { readFileSync } from "node:fs";
import { parseInstant } from "@convening/core";
import { describe, expect, it } from "vitest";
import { toFrabJson, toFrabXml, toScheduleV2 } from "../src/frab/index.js";
import { fromPretalxSchedule, fromPretalxTalks } from "../src/pretalx/index.js";
import {
  fromSessionize,
  TimeZoneRequiredError,
  UnrecognizedFormatError,
} from "../src/sessionize/index.js";
import { frabJsonErrors, frabXmlErrors, scheduleV2Errors } from "./helpers/validators.js";

const fixture = (path: string) =>
  readFileSync(new URL(`fixtures/${path}`, import.meta.url), "utf8");

describe("fromSessionize on Orlando Code Camp 2020's All Data", () => {
  const text = fixture("sdk-sessionize/orlando-code-camp-2020-all.json");
  const source = JSON.parse(text.replace(/^\ufeff/, ""));
  const { convening, warnings } = fromSessionize(text, {
    timeZone: "America/New_York",
    title: "Orlando Code Camp 2020",
  });

  it("imports every session, speaker and room", () => {
    console.info(
      `orlando-code-camp-2020: ${source.sessions.length} sessions in, ${convening.sessions.length} out; ${source.speakers.length} speakers in, ${convening.people.length} people out; warnings: ${JSON.stringify(warnings.map((w) => w.message))}`,
    );
    expect(convening.sessions).toHaveLength(source.sessions.length);
    expect(convening.people).toHaveLength(source.speakers.length);
    const usedRooms = new Set(source.sessions.map((s: { roomId: number }) => s.roomId));
    expect(convening.venues).toHaveLength(usedRooms.size);
  });

  it("reads startsAt as a wall time in the zone given: 08:00 in Orlando is 12:00 UTC in March 2020", () => {
    const keynote = convening.sessions.find((s) => s.title === "Keynote")!;
    expect(keynote.start).toBe("2020-03-28T08:00:00-04:00");
    for (const s of source.sessions) {
      const mine = convening.sessions.find((c) => c.id === s.id)!;
      expect(mine.start.slice(0, 19), s.title).toBe(s.startsAt);
      expect(mine.end.slice(0, 19), s.title).toBe(s.endsAt);
    }
  });

  it("files service sessions as breaks or others, plenum sessions as plenaries, and categories as track and tags", () => {
    const service = source.sessions.filter(
      (s: { isServiceSession: boolean }) => s.isServiceSession,
    ).length;
    const imported = convening.sessions.filter(
      (s) => s.kind === "break" || s.kind === "other" || s.kind === "plenary",
    );
    expect(imported.length).toBeGreaterThanOrEqual(service);
    expect(convening.sessions.some((s) => s.tags.includes("Intermediate"))).toBe(true);
  });

  it("re-exports valid against c3voc's XSD and JSON Schemas", () => {
    expect(frabXmlErrors(toFrabXml(convening))).toEqual([]);
    expect(frabJsonErrors(toFrabJson(convening))).toEqual([]);
    expect(scheduleV2Errors(toScheduleV2(convening))).toEqual([]);
  });

  it("requires the zone, with a typed error", () => {
    expect(() => fromSessionize(source, {} as { timeZone: string })).toThrow(TimeZoneRequiredError);
  });

  it("refuses a document that is not the All Data view", () => {
    expect(() => fromSessionize({ sessions: [] }, { timeZone: "UTC" })).toThrow(
      UnrecognizedFormatError,
    );
  });
});

describe("fromPretalxTalks", () => {
  it("leaves out talks without a slot, warning for each, and never reads a speaker's e-mail (EuroPython's example)", () => {
    const doc = JSON.parse(fixture("europython-programapi/submissions.json"));
    const { convening, warnings } = fromPretalxTalks(doc, { timeZone: "Europe/Prague" });
    console.info(
      `europython submissions: ${doc.length} talks in, ${convening.sessions.length} sessions out; warnings: ${JSON.stringify(warnings.map((w) => w.message))}`,
    );
    expect(convening.sessions).toHaveLength(0);
    expect(warnings.filter((w) => w.code === "item_dropped").map((w) => w.path)).toEqual([
      [0],
      [1],
    ]);
    expect(JSON.stringify(convening)).not.toContain("@example.com");
  });

  it("imports a scheduled talk with its slot, room, speakers and the event's zone", () => {
    const doc = JSON.parse(fixture("europython-programapi/submissions.json"));
    doc[0].slot = {
      start: "2024-07-10T11:00:00+02:00",
      end: "2024-07-10T11:45:00+02:00",
      room: { en: "Forum Hall" },
    };
    const { convening } = fromPretalxTalks(
      { count: 2, next: null, results: doc },
      {
        event: {
          name: { en: "EuroPython 2024" },
          slug: "europython-2024",
          timezone: "Europe/Prague",
          date_from: "2024-07-08",
          date_to: "2024-07-14",
        },
      },
    );
    expect(convening).toMatchObject({
      id: "europython-2024",
      title: "EuroPython 2024",
      timeZone: "Europe/Prague",
      startDate: "2024-07-08",
    });
    expect(convening.sessions).toMatchObject([
      {
        id: "A8CD3F",
        start: "2024-07-10T11:00:00+02:00",
        track: "Software Engineering & Architecture",
        languages: ["en"],
      },
    ]);
    expect(convening.venues).toMatchObject([{ kind: "physical", name: "Forum Hall" }]);
    expect(convening.people.map((p) => [p.id, p.bio])).toEqual([
      ["F3DC8A", "This is a biography of F3D speaker"],
      ["ZXCVBN", "This is a biography of ZXC speaker"],
    ]);
    expect(convening.sessions[0]!.materials.map((m) => m.title)).toEqual([
      "Notebook used in the talk",
      "Video of the robot in action",
    ]);
  });

  it("asks for the zone when neither the event nor the options give it", () => {
    expect(() => fromPretalxTalks([])).toThrow(TimeZoneRequiredError);
  });
});

describe("fromPretalxSchedule", () => {
  it("reads pretalx's schedule export like frab JSON, with its instants", () => {
    const doc = JSON.parse(
      readFileSync(
        new URL("vendor/voc-schedule/examples/pretalx-democon.json", import.meta.url),
        "utf8",
      ),
    );
    const { convening } = fromPretalxSchedule(doc, { timeZone: "Europe/Berlin" });
    expect(convening.timeZone).toBe("Europe/Berlin");
    const first = convening.sessions.find((s) => s.title === "Focused 5thgeneration hardware")!;
    expect(parseInstant(first.start)!.epochMs).toBe(Date.parse("2020-12-14T09:00:00+01:00"));
    expect(first.start).toBe("2020-12-14T09:00:00+01:00");
  });
});
