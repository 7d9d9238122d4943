import { describe, expect, it } from "vitest";
import { fromICS, IcsSyntaxError } from "../../src/read/index.js";

// Apple Calendar (iPhone OS 26, ical4j's apple-iphone-os-26-structured-location.ics) writes the
// X-TITLE parameter of X-APPLE-STRUCTURED-LOCATION unquoted, with a backslash before a ";" of the
// address. RFC 5545 has no escapes in parameters, but every reader takes the line.

const ics = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

const event = (location: string) =>
  ics(
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Apple Inc.//iPhone OS 26.4.2//EN",
    "BEGIN:VEVENT",
    "UID:linz@example.com",
    "DTSTAMP:20260501T000000Z",
    "DTSTART:20260522T083000Z",
    "DTEND:20260522T093000Z",
    "SUMMARY:Antrag",
    "LOCATION:Hauptstraße 1-5\\n4041 Linz",
    location,
    "END:VEVENT",
    "END:VCALENDAR",
  );

describe("fromICS reading Apple's structured locations", () => {
  it("reads a file whose X-TITLE escapes a semicolon with a backslash", () => {
    const text = event(
      "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-REFERENCEFRAME=1;X-TITLE=Hauptstraße 1-5\\; 4041 Linz;X-APPLE-RADIUS=70.5:geo:48.309978,14.283197",
    );
    const { convening } = fromICS(text);
    expect(convening.sessions.map((s) => [s.id, s.start])).toEqual([
      ["linz", "2026-05-22T08:30:00+00:00"],
    ]);
  });

  it("still refuses a parameter that is no NAME=value at all", () => {
    // The control: without the backslash, "; 4041 Linz" is a parameter with no name.
    const text = event(
      "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Hauptstraße 1-5; 4041 Linz:geo:48.309978,14.283197",
    );
    expect(() => fromICS(text)).toThrow(IcsSyntaxError);
  });
});
