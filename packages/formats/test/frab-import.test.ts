import { readFileSync } from "node:fs";
import { parseInstant } from "@convening/core";
import { describe, expect, it } from "vitest";
import {
  fromFrabJson,
  fromFrabXml,
  TimeZoneRequiredError,
  toFrabJson,
  toFrabXml,
  toScheduleV2,
  UnrecognizedFormatError,
} from "../src/frab/index.js";
import { frabJsonErrors, frabXmlErrors, scheduleV2Errors } from "./helpers/validators.js";

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`vendor/voc-schedule/examples/${name}`, import.meta.url), "utf8"),
  );

/** Every v1 event of a file with its source instant, by guid. */
function sourceEvents(doc: {
  schedule: {
    conference: {
      days: {
        rooms: Record<string, { guid: string; date: string; duration: string; title: string }[]>;
      }[];
    };
  };
}) {
  return doc.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
}

// Per fixture: sessions in, sessions out, validator results and warnings (the issue's "done").
const fixtures = [
  { file: "pretalx-democon.json", options: {} },
  { file: "frab-camp2019.json", options: {} },
  // pretalx's rC3 export names no zone (pretalx #1334): the caller has to.
  { file: "pretalx-rc3.json", options: { timeZone: "Europe/Berlin" } },
];

describe("fromFrabJson on c3voc's example files", () => {
  for (const { file, options } of fixtures) {
    describe(file, () => {
      const doc = example(file);
      const source = sourceEvents(doc);
      const { convening, warnings } = fromFrabJson(doc, options);

      it("imports every event whole", () => {
        console.info(
          `${file}: ${source.length} events in, ${convening.sessions.length} sessions out; warnings: ${JSON.stringify(warnings.map((w) => `${w.code}: ${w.message}`))}`,
        );
        expect(convening.sessions).toHaveLength(source.length);
        expect(warnings.filter((w) => w.code === "item_dropped")).toEqual([]);
      });

      it("keeps each event's instant as the file's own offset gives it", () => {
        const starts = new Set(convening.sessions.map((s) => parseInstant(s.start)!.epochMs));
        for (const e of source) expect(starts.has(parseInstant(e.date)!.epochMs)).toBe(true);
      });

      it("re-exports valid against c3voc's XSD and both JSON Schemas", () => {
        expect(frabXmlErrors(toFrabXml(convening))).toEqual([]);
        expect(frabJsonErrors(toFrabJson(convening))).toEqual([]);
        expect(scheduleV2Errors(toScheduleV2(convening))).toEqual([]);
      });
    });
  }

  it("reads pretalx speakers as people with their biographies", () => {
    const { convening } = fromFrabJson(example("pretalx-democon.json"));
    const brian = convening.people.find((p) => p.name === "Brian Robinson");
    expect(brian?.bio).toMatch(/^Break through direction/);
    expect(convening.timeZone).toBe("UTC");
  });

  it("warns that pretalx wrote +01:00 for a conference it says is in UTC, and keeps the instants", () => {
    const { convening, warnings } = fromFrabJson(example("pretalx-democon.json"));
    expect(warnings.map((w) => w.code)).toContain("offset_corrected");
    expect(convening.sessions.every((s) => s.start.endsWith("+00:00"))).toBe(true);
  });

  it("asks for a zone when the file names none, with a typed error", () => {
    expect(() => fromFrabJson(example("pretalx-rc3.json"))).toThrow(TimeZoneRequiredError);
    try {
      fromFrabJson(example("pretalx-rc3.json"));
    } catch (error) {
      expect(error).toMatchObject({
        code: "time_zone_required",
        path: ["schedule", "conference", "time_zone_name"],
      });
    }
  });

  it("reads frab's bare city name as its IANA zone, with a warning (frab #729)", () => {
    const doc = example("frab-camp2019.json");
    doc.schedule.conference.time_zone_name = "Berlin";
    const { convening, warnings } = fromFrabJson(doc);
    expect(convening.timeZone).toBe("Europe/Berlin");
    expect(warnings.find((w) => w.code === "zone_guessed")?.message).toContain("Europe/Berlin");
  });

  it("imports c3voc's schedule v2 example", () => {
    const doc = example("hub-schedule2.json");
    const { convening } = fromFrabJson(doc);
    expect(convening.sessions.map((s) => s.start)).toEqual(
      doc.schedule.events.map((e: { start: string }) => e.start),
    );
    expect(convening.sessions[0]?.participants.map((p) => p.role)).toEqual([
      "speaker",
      "speaker",
      "panelist",
    ]);
  });

  it("leaves out one bad event with a warning naming it, and keeps the rest", () => {
    const doc = example("pretalx-democon.json");
    const first = Object.values(doc.schedule.conference.days[0].rooms)[0] as {
      duration: string;
      date: string;
    }[];
    first[0]!.duration = "00:00";
    const { convening, warnings } = fromFrabJson(doc);
    expect(convening.sessions).toHaveLength(
      sourceEvents(example("pretalx-democon.json")).length - 1,
    );
    expect(warnings.find((w) => w.code === "item_dropped")).toMatchObject({
      path: [
        "schedule",
        "conference",
        "days",
        0,
        "rooms",
        Object.keys(doc.schedule.conference.days[0].rooms)[0],
        0,
      ],
    });
  });

  it("gives a repeated slug a numbered id, with a warning, instead of losing the event", () => {
    const doc = example("pretalx-democon.json");
    const events = Object.values(doc.schedule.conference.days[0].rooms).flat() as {
      slug: string;
    }[];
    for (const e of events.slice(0, 3)) e.slug = "same-slug";
    const { convening, warnings } = fromFrabJson(doc);
    expect(convening.sessions.map((s) => s.id).filter((id) => id.startsWith("same-slug"))).toEqual([
      "same-slug",
      "same-slug-2",
      "same-slug-3",
    ]);
    expect(warnings.filter((w) => w.code === "duplicate_id")).toHaveLength(2);
  });

  it("refuses a document that is not a schedule", () => {
    expect(() => fromFrabJson({ hello: "world" })).toThrow(UnrecognizedFormatError);
    expect(() => fromFrabJson("{not json")).toThrow(UnrecognizedFormatError);
  });
});

describe("fromFrabXml on DebConf 23's schedule.xml (wafer, from Giggity's tests)", () => {
  const xml = readFileSync(new URL("fixtures/giggity/debconf23.xml", import.meta.url), "utf8");
  const { convening, warnings } = fromFrabXml(xml);
  const source = [...xml.matchAll(/<event id="(\d+)"[^>]*>\s*<date>([^<]+)<\/date>/g)].map(
    (m) => m[2]!,
  );

  it("imports every event, in the zone the file names", () => {
    console.info(
      `debconf23.xml: ${source.length} events in, ${convening.sessions.length} sessions out; XSD on the source: ${frabXmlErrors(xml).length} errors; warnings: ${JSON.stringify(warnings.map((w) => `${w.code}: ${w.message}`))}`,
    );
    expect(convening.timeZone).toBe("Asia/Kolkata");
    expect(convening.sessions).toHaveLength(source.length);
  });

  it("keeps the instants wafer wrote in UTC, now with India's offset", () => {
    const starts = new Set(convening.sessions.map((s) => parseInstant(s.start)!.epochMs));
    for (const date of source) expect(starts.has(parseInstant(date)!.epochMs)).toBe(true);
    expect(convening.sessions.every((s) => s.start.endsWith("+05:30"))).toBe(true);
    expect(warnings.map((w) => w.code)).toEqual(["offset_corrected"]);
  });

  it("re-exports valid, where wafer's own file fails the XSD", () => {
    expect(frabXmlErrors(xml).length).toBeGreaterThan(0);
    expect(frabXmlErrors(toFrabXml(convening))).toEqual([]);
    expect(frabJsonErrors(toFrabJson(convening))).toEqual([]);
    expect(scheduleV2Errors(toScheduleV2(convening))).toEqual([]);
  });
});

describe("fromFrabXml", () => {
  it("reads back what toFrabXml wrote for a pretalx file: sessions, instants, rooms and people", () => {
    const { convening: original } = fromFrabJson(example("frab-camp2019.json"));
    const xml = toFrabXml(original);
    const { convening, warnings } = fromFrabXml(xml);
    expect(warnings).toEqual([]);
    expect(convening.sessions.map((s) => [s.id, s.start, s.end, s.title])).toEqual(
      original.sessions.map((s) => [s.id, s.start, s.end, s.title]),
    );
    expect(convening.venues.map((v) => v.id)).toEqual(original.venues.map((v) => v.id));
    expect(new Set(convening.people.map((p) => p.name))).toEqual(
      new Set(original.people.map((p) => p.name)),
    );
  });

  it("refuses text that is not a schedule.xml", () => {
    expect(() => fromFrabXml("<html><body/></html>")).toThrow(UnrecognizedFormatError);
    expect(() => fromFrabXml("<schedule><conference>")).toThrow(UnrecognizedFormatError);
  });
});
