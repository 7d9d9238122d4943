import { describe, expect, it } from "vitest";
import { FloatingTimeError, fromICS, IcsSyntaxError } from "../../src/read/index.js";

const ics = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;
const event = (uid: string, ...lines: string[]) => [
  "BEGIN:VEVENT",
  `UID:${uid}`,
  "DTSTAMP:20240101T000000Z",
  ...lines,
  "END:VEVENT",
];

function syntaxLine(text: string): number {
  try {
    fromICS(text);
  } catch (error) {
    expect(error).toBeInstanceOf(IcsSyntaxError);
    return (error as IcsSyntaxError).line;
  }
  throw new Error("fromICS did not throw");
}

describe("fromICS on text that is not a calendar", () => {
  it("names line 1 for text that is not iCalendar", () => {
    expect(syntaxLine("<html><body>Not found</body></html>")).toBe(1);
    expect(syntaxLine("")).toBe(1);
  });

  it("names the BEGIN that never ends in a truncated file", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      ...event("a", "DTSTART:20240101T100000Z"),
    ).replace("END:VEVENT\r\n", "");
    expect(() => fromICS(text)).toThrow(/BEGIN:VEVENT on line 3 never ends/);
  });

  it("names the physical line of a broken content line, counting folded lines", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VEVENT",
      "UID:a",
      "SUMMARY:A long",
      "  title folded",
      "this line has no colon",
      "END:VEVENT",
      "END:VCALENDAR",
    );
    expect(syntaxLine(text)).toBe(7);
  });

  it("names mismatched END lines", () => {
    expect(syntaxLine(ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "END:VTODO", "END:VCALENDAR"))).toBe(
      3,
    );
  });
});

describe("fromICS with one bad event among good ones", () => {
  it("imports the good events and warns with the bad one's UID", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      ...event("good@x", "DTSTART:20240101T100000Z", "DTEND:20240101T110000Z", "SUMMARY:Good"),
      ...event("backwards@x", "DTSTART:20240101T100000Z", "DTEND:20240101T090000Z", "SUMMARY:Bad"),
      ...event("no-start@x", "SUMMARY:No start"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text);
    expect(convening.sessions.map((s) => s.id)).toEqual(["good"]);
    expect(warnings.map((w) => [w.code, w.uid])).toEqual([
      ["event_skipped", "backwards@x"],
      ["event_skipped", "no-start@x"],
    ]);
  });

  it("throws FloatingTimeError naming the events when nothing gives floating times a zone", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      ...event("float@x", "DTSTART:20240101T100000", "DTEND:20240101T110000"),
      "END:VCALENDAR",
    );
    expect(() => fromICS(text)).toThrow(FloatingTimeError);
    expect(() => fromICS(text)).toThrow(/"float@x"/);
    expect(fromICS(text, { floatingZone: "Europe/Berlin" }).convening.sessions[0]!.start).toBe(
      "2024-01-01T10:00:00+01:00",
    );
  });
});
