import { parseConvening } from "@convening/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { type CalendarOptions, toICS } from "../src/index.js";
import { FIXTURES } from "./fixtures/convenings.js";
import {
  expectMatchesDocument,
  expectReadersAgree,
  parsed,
  sampleConvenings,
} from "./helpers/expectations.js";
import { readManyWithAll, WINDOW } from "./readers/read-all.js";
import type { ThreeReadings } from "./readers/types.js";

// Every calendar the fixtures and the sample data produce, in every audience and method, read
// back by ical.js, python3-icalendar and libical: all three must see the same UIDs, instants,
// text and recurrence sets, and the ones the document describes.

const ORGANIZER = { name: "Programme team", email: "programme@example.org" };
const VARIANTS: readonly { label: string; options: CalendarOptions }[] = [
  { label: "public feed", options: {} },
  {
    label: "network feed with alarms",
    options: { audience: "network", alarms: [15, "PT1H"], language: "fr" },
  },
  {
    // includeAttendees asks for ATTENDEE lines, which a feed leaves out (iTIP's PUBLISH forbids them).
    label: "private feed asking for attendees",
    options: { audience: "private", includeAttendees: true, organizer: ORGANIZER },
  },
];

interface Case {
  readonly name: string;
  readonly doc: unknown;
  readonly label: string;
  readonly options: CalendarOptions;
}

const cases: Case[] = [];
for (const [name, make] of Object.entries(FIXTURES)) {
  for (const v of VARIANTS) cases.push({ name, doc: make(), ...v });
}
for (const { name, doc } of sampleConvenings()) {
  for (const v of VARIANTS) cases.push({ name: `examples/data/${name}`, doc, ...v });
}

let readings: ThreeReadings[] = [];

beforeAll(() => {
  readings = readManyWithAll(cases.map((c) => toICS(parseConvening(c.doc), c.options)));
}, 120_000);

describe("three independent readers", () => {
  it("covers the fixtures and every sample convening in examples/data", () => {
    expect(cases.length).toBeGreaterThanOrEqual(Object.keys(FIXTURES).length * VARIANTS.length);
  });

  cases.forEach((c, i) => {
    it(`read ${c.name} as a ${c.label} identically, as the document says`, () => {
      const r = readings[i]!;
      expectReadersAgree(r);
      const convening = parsed(c.doc);
      const url = convening.url === undefined ? undefined : new URL(convening.url).hostname;
      const language = c.options.language;
      const languages =
        language === undefined
          ? convening.languages
          : typeof language === "string"
            ? [language]
            : language;
      for (const cal of [r.icaljs, r.icalendar, r.libical]) {
        expectMatchesDocument(cal, convening, {
          domain: url ?? convening.id,
          languages,
          window: WINDOW,
        });
      }
    });
  });
});
