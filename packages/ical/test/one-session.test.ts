import { type Convening, parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { convening as benchDocument } from "../bench/big-convening.mjs";
import { type CalendarOptions, toCalendar, toICS } from "../src/index.js";
import { FIXTURES } from "./fixtures/convenings.js";
import { sampleConvenings } from "./helpers/expectations.js";

// A one-session toICS reuses the calendar's head (options resolved, calendar properties,
// contexts) per parsed convening and reader (calendar-head.ts). toCalendar never does: it hands
// its calendar to the caller, so it builds its own every time, which makes it the oracle here.
// Every comparison below would fail if the head were shared between option sets that write
// different bytes (a key missing an option), or if a one-session calendar differed from what it
// was before the head was shared (toCalendar's path was not changed).

/** The text toCalendar writes for the same arguments: a head built afresh. */
function fresh(convening: Convening, options: CalendarOptions): string {
  return toCalendar(convening, options).toString();
}

/** Option sets that change the head (name, languages, audience, method...), some twice in a row. */
const OPTION_SETS: CalendarOptions[] = [
  {},
  { domain: "events.example.org" },
  { language: "fr" },
  { language: ["fr", "en"] },
  { audience: "network" },
  { name: "First name" },
  { name: "Second name" },
  { url: "https://example.org/elsewhere", refreshInterval: "PT1H" },
  {
    audience: "private",
    alarms: [15, "PT1H"],
    organizer: { name: "Programme team", email: "programme@example.org" },
  },
  {},
];

function everyDocument(): { label: string; convening: Convening }[] {
  return [
    ...Object.entries(FIXTURES).map(([name, make]) => ({
      label: name,
      convening: parseConvening(make()),
    })),
    ...sampleConvenings().map(({ name, doc }) => ({
      label: `examples/data/${name}`,
      convening: parseConvening(doc),
    })),
  ];
}

/** `text` split at its first component: the calendar's properties, then the rest. */
function headOf(text: string): string {
  return text.slice(0, text.search(/^BEGIN:(VTIMEZONE|VEVENT)\r$/m));
}

/** Each VEVENT of `text` as written, by UID (RECURRENCE-ID instances with their series). */
function eventsByUid(text: string): Map<string, string[]> {
  const byUid = new Map<string, string[]>();
  for (const [event] of text.matchAll(/^BEGIN:VEVENT\r\n[\s\S]*?^END:VEVENT\r\n/gm)) {
    const uid = /^UID:(.*)\r$/m.exec(event)![1]!;
    byUid.set(uid, [...(byUid.get(uid) ?? []), event]);
  }
  return byUid;
}

describe("a one-session calendar", () => {
  it("has the bytes toCalendar writes, for every session and series of every sample, whatever options came before", () => {
    let compared = 0;
    for (const { label, convening } of everyDocument()) {
      const ids = [...convening.sessions, ...convening.series].map((s) => s.id);
      // Option sets alternate per id as well as per pass, so each head is looked up after others.
      for (const options of OPTION_SETS) {
        for (const id of ids) {
          const selected = { ...options, only: [id] };
          expect(toICS(convening, selected), `${label} ${id} ${JSON.stringify(options)}`).toBe(
            fresh(convening, selected),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("has the whole calendar's header and the session's own VEVENT, for each of the benchmark's 2,000 sessions", () => {
    const convening = parseConvening(benchDocument);
    const options = { domain: "events.example.org" };
    const whole = toICS(convening, options);
    const wholeEvents = eventsByUid(whole);
    expect(wholeEvents.size).toBe(2000);
    convening.sessions.forEach(({ id }, i) => {
      const one = toICS(convening, { ...options, only: [id] });
      expect(headOf(one)).toBe(headOf(whole));
      const events = eventsByUid(one);
      expect([...events.keys()]).toEqual([`${id}@events.example.org`]);
      expect(events.get(`${id}@events.example.org`)).toEqual(
        wholeEvents.get(`${id}@events.example.org`),
      );
      // The VTIMEZONE covers this session alone, so only toCalendar can say what it must be.
      if (i % 10 === 0) expect(one).toBe(fresh(convening, { ...options, only: [id] }));
    });
  });

  it("follows a change of options from one call to the next", () => {
    const convening = parseConvening(FIXTURES.workshops!());
    const id = convening.sessions[0]!.id;
    const named = (name: string) => toICS(convening, { only: [id], name });
    expect(named("First")).toContain("\r\nNAME:First\r\n");
    expect(named("Second")).toContain("\r\nNAME:Second\r\n");
    expect(named("First")).toContain("\r\nX-WR-CALNAME:First\r\n");
    const publicText = toICS(convening, { only: [id] });
    const privateText = toICS(convening, {
      only: [id],
      audience: "private",
      organizer: { name: "Programme team", email: "programme@example.org" },
    });
    expect(privateText).toContain("mailto:programme@example.org");
    expect(publicText).not.toContain("mailto:");
    expect(toICS(convening, { only: [id] })).toBe(publicText);
    expect(toICS(convening, { only: [id], domain: "a.example.org" })).toContain(
      `UID:${id}@a.example.org`,
    );
    expect(toICS(convening, { only: [id], domain: "b.example.org" })).toContain(
      `UID:${id}@b.example.org`,
    );
  });

  it("is not changed by events added to a calendar toCalendar returned", () => {
    const convening = parseConvening(FIXTURES.workshops!());
    const id = convening.sessions[0]!.id;
    const before = toICS(convening, { only: [id] });
    const calendar = toCalendar(convening, { only: [id] });
    calendar.createEvent({
      id: "intruder@example.org",
      start: new Date(Date.UTC(2021, 2, 23, 15)),
      summary: "Added by the caller",
    });
    calendar.name("Renamed by the caller");
    expect(toICS(convening, { only: [id] })).toBe(before);
  });
});
