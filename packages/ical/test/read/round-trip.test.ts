import { type Convening, parseConvening } from "@convening/schema";
import { expandSeries } from "@convening/time";
import { describe, expect, it } from "vitest";
import { type CalendarOptions, toICS } from "../../src/index.js";
import { fromICS } from "../../src/read/index.js";
import { FIXTURES } from "../fixtures/convenings.js";
import { sampleConvenings } from "../helpers/expectations.js";

// fromICS(toICS(c)) keeps what a calendar carries: session and series ids (from UIDs), instants,
// zones, series dates and overridden times, and so the UIDs of a second export. Lost on purpose:
// what toICS folds into DESCRIPTION (speakers, languages, materials) comes back as description
// text; the track and kind other than the first CATEGORIES label; participants and e-mails of a
// public feed; join links a public feed leaves out; a session written in UTC because its wall
// time falls in a repeated hour takes the convening's zone.

// One domain for both exports: toICS defaults it to the host of the convening's url, which a
// calendar does not carry.
const DOMAIN = "round-trip.example.org";
const PRIVATE: CalendarOptions = { audience: "private", includeAttendees: true, domain: DOMAIN };
const WINDOW = { from: "1990-01-01T00:00:00Z", to: "2040-01-01T00:00:00Z" };

const cases: { name: string; convening: Convening }[] = [
  ...Object.entries(FIXTURES).map(([name, make]) => ({ name, convening: parseConvening(make()) })),
  ...sampleConvenings().map(({ name, doc }) => ({
    name: `examples/data/${name}`,
    convening: parseConvening(doc),
  })),
];

function occurrences(c: Convening) {
  return c.series.map((s) => ({
    id: s.id,
    timeZone: s.timeZone,
    starts: expandSeries(s, WINDOW).map((o) => [Date.parse(o.start), Date.parse(o.end), o.status]),
  }));
}

function uids(ics: string): string[] {
  return [...new Set(ics.match(/^UID:.*$/gm) ?? [])].sort();
}

describe("fromICS(toICS(c)) round trip", () => {
  for (const { name, convening } of cases) {
    for (const [feed, options] of [
      ["public", { domain: DOMAIN }],
      ["private", PRIVATE],
    ] as const) {
      it(`keeps the sessions, instants, zones and series dates of ${name} (${feed} feed)`, () => {
        const ics = toICS(convening, options);
        const { convening: back } = fromICS(ics, {
          id: convening.id,
          timeZone: convening.timeZone,
        });
        expect(back.sessions.map((s) => s.id)).toEqual(convening.sessions.map((s) => s.id));
        for (const [i, s] of convening.sessions.entries()) {
          const b = back.sessions[i]!;
          expect([Date.parse(b.start), Date.parse(b.end)]).toEqual([
            Date.parse(s.start),
            Date.parse(s.end),
          ]);
          expect(b.timeZone).toBe(s.timeZone);
          expect(b.status).toBe(
            s.status === "scheduled" || s.status === "tentative" || s.status === "cancelled"
              ? s.status
              : b.status,
          );
        }
        expect(occurrences(back)).toEqual(occurrences(convening));
        expect(uids(toICS(back, options))).toEqual(uids(ics));
      });
    }
  }
});
