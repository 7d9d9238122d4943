import { parseConvening } from "@convening/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toICS } from "../src/index.js";
import { type HostileTexts, hostileConvening, hostileTexts, tame } from "./fixtures/hostile.js";
import { core } from "./helpers/expectations.js";
import { readWithPython, WINDOW } from "./readers/read-all.js";
import { readWithIcalJs } from "./readers/read-icaljs.js";
import type { ReadCalendar } from "./readers/types.js";

// Hostile text in every text field must come back exactly, in every reader, and must never add,
// drop or reorder a property or component. Line breaks come back as LF: RFC 5545 TEXT has one
// line-break escape (§3.3.11), so CRLF from a textarea is read as LF. A description of white
// space alone is not written (see blank-description.test.ts).

const OPTIONS = {
  audience: "private",
  includeAttendees: true,
  language: "fr",
  domain: "events.example.org",
} as const;

/**
 * The document as a feed (PUBLISH: calendar name and description), or as an invitation
 * (REQUEST: ATTENDEE lines, which iTIP keeps out of a PUBLISH).
 */
function ics(t: HostileTexts, method: "PUBLISH" | "REQUEST" = "PUBLISH"): string {
  return toICS(parseConvening(hostileConvening(t)), {
    ...OPTIONS,
    method,
    organizer: { name: t.organizerName, email: "team@example.org" },
  });
}

/** Feeds for even samples, invitations for odd ones: each reader sees both, once per sample. */
const methodOf = (i: number) => (i % 2 === 0 ? "PUBLISH" : "REQUEST");

const lf = (s: string) => s.replace(/\r\n/g, "\n");

/** Every physical line ends in CRLF, is at most 75 octets, and is valid UTF-8 on its own. */
function expectWellFolded(text: string): void {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(text)).toBe(false);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const bytes = Buffer.from(text, "utf8");
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
      start = i + 2;
    }
  }
}

function structure(cal: ReadCalendar): string[][] {
  return cal.events.map((e) => e.props);
}

// Parameter values carry no backslash; each is written as U+FF3C (see paramText in
// src/content-line.ts for the two readers that misread one).
const asParam = (s: string) => s.replace(/\\/g, "\uff3c");

// libical 3 strips spaces and tabs from both ends of every property value (and of each
// CATEGORIES item), and sometimes from the end of a parameter value; RFC 5545 keeps them, and
// ical.js and python-icalendar do. For that reader only, values are compared without them.
const libicalTrim = (s: string) => s.replace(/^[ \t]+|[ \t]+$/g, "");
const libicalTrimEnd = (s: string) => s.replace(/[ \t]+$/, "");

/** The text each reader must return, exactly as written in the document. */
function expectTextRoundTrips(cal: ReadCalendar, t: HostileTexts, reader: string): void {
  const param = reader === "libical" ? (s: string) => libicalTrimEnd(asParam(s)) : asParam;
  const read = reader === "libical" ? libicalTrimEnd : (s: string) => s;
  const value = reader === "libical" ? libicalTrim : (s: string) => s;
  const start = reader === "libical" ? (s: string) => s.replace(/^[ \t]+/, "") : (s: string) => s;
  const session = cal.events.find((e) => e.uid === "session@events.example.org")!;
  const master = cal.events.find(
    (e) => e.uid === "series@events.example.org" && e.recurrenceId === null,
  )!;
  const instance = cal.events.find(
    (e) => e.uid === "series@events.example.org" && e.recurrenceId !== null,
  )!;
  expect(session.summary, reader).toBe(value(t.sessionTitle));
  expect(session.categories, reader).toEqual(["Workshop", value(t.track)]);
  expect(session.location, reader).toBe(value(`${t.venueName}, ${t.address}, ${t.locality}`));
  const description = session.description ?? "";
  if (/\S/.test(t.sessionDescription))
    expect(description.startsWith(start(lf(t.sessionDescription))), reader).toBe(true);
  for (const piece of [
    t.memberName,
    t.pronouns,
    t.affiliationTitle,
    t.organizationName,
    t.organizationShortName,
    t.materialTitle,
    lf(t.accessibility),
  ]) {
    expect(description.includes(piece), `${reader}: ${JSON.stringify(piece)} in DESCRIPTION`).toBe(
      true,
    );
  }
  expect(
    session.attendees.map((a) => read(a.cn ?? "")),
    reader,
  ).toEqual(cal.method === "REQUEST" ? [param(t.memberName)] : []);
  expect(read(session.organizer?.cn ?? ""), reader).toBe(param(t.organizerName));
  if (session.conferences) {
    expect(
      session.conferences.map((c) => c.label),
      reader,
    ).toEqual([param(t.platform), param(`+33 1 23 45 67 89, PIN ${t.dialInPin}`)]);
  }
  expect(session.url, reader).toBe("https://meet.example.org/room?a=1,2;b=3");
  expect(master.summary, reader).toBe(value(t.seriesTitle));
  if (/\S/.test(t.seriesDescription))
    expect((master.description ?? "").startsWith(start(lf(t.seriesDescription))), reader).toBe(
      true,
    );
  expect(master.description?.includes(`Group: ${t.groupName}`), reader).toBe(true);
  expect(instance.summary, reader).toBe(value(t.overrideTitle));
  const title =
    t.conveningTitleFr.trim() === "" || cal.method === "REQUEST" ? null : t.conveningTitleFr;
  if (reader !== "libical") expect(cal.name, reader).toBe(title);
  expect(cal.calname, reader).toBe(title === null ? null : value(title));
}

describe("hostile text in every field", () => {
  it("keeps the property set and round-trips the text exactly in ical.js (2,000 documents)", () => {
    fc.assert(
      fc.property(hostileTexts, fc.constantFrom("PUBLISH", "REQUEST"), (t, method) => {
        const text = ics(t, method);
        expectWellFolded(text);
        const read = readWithIcalJs(text, WINDOW);
        const baseline = readWithIcalJs(ics(tame(t), method), WINDOW);
        expect(structure(read)).toEqual(structure(baseline));
        expectTextRoundTrips(read, t, "ical.js");
      }),
      { numRuns: 2000 },
    );
  }, 300_000);

  it("round-trips the same way in python3-icalendar and libical, which agree with ical.js (600 documents)", () => {
    const samples = fc.sample(hostileTexts, { numRuns: 600, seed: 20210323 });
    const texts = samples.map((t, i) => ics(t, methodOf(i)));
    const tames = samples.map((t, i) => ics(tame(t), methodOf(i)));
    const read = readWithPython([...texts, ...tames]);
    samples.forEach((t, i) => {
      const { icalendar, libical } = read[i]!;
      const baseline = read[i + samples.length]!;
      const icaljs = readWithIcalJs(texts[i]!, WINDOW);
      expect(icalendar.crash).toBeUndefined();
      expect(libical.crash).toBeUndefined();
      expect(libical.errors).toEqual([]);
      expect(structure(icalendar)).toEqual(structure(baseline.icalendar));
      expect(structure(libical)).toEqual(structure(baseline.libical));
      expectTextRoundTrips(icalendar, t, "python-icalendar");
      expectTextRoundTrips(libical, t, "libical");
      expect(libical.events.map((e) => core(e, { param: libicalTrimEnd }))).toEqual(
        icalendar.events.map((e) => core(e, { text: libicalTrim, param: libicalTrimEnd })),
      );
      expect(icalendar.events.map((e) => core(e))).toEqual(icaljs.events.map((e) => core(e)));
    });
  }, 300_000);
});
