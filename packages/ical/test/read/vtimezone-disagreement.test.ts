import { describe, expect, it } from "vitest";
import { fromICS } from "../../src/read/index.js";

const ics = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

describe("fromICS with an IANA TZID whose VTIMEZONE says otherwise", () => {
  // ical4j's samples/valid/stacksize.ics (MailClient.VObject): America/New_York written as its two
  // 2007 changes with no RRULE, so by the file's own rules a 2023 summer time is EST.
  const cutZone = [
    "BEGIN:VTIMEZONE",
    "TZID:America/New_York",
    "BEGIN:STANDARD",
    "DTSTART:20071104T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:20070311T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
  ];
  const event = (uid: string, start: string) => [
    "BEGIN:VEVENT",
    `UID:${uid}`,
    "DTSTAMP:20230101T000000Z",
    `DTSTART;TZID=America/New_York:${start}`,
    "DURATION:PT30M",
    "SUMMARY:Session",
    "END:VEVENT",
  ];

  it("reads the IANA zone and names the event with both offsets", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      ...cutZone,
      ...event("june", "20230613T115500"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text);
    expect(convening.sessions[0]!.start).toBe("2023-06-13T11:55:00-04:00");
    expect(warnings).toEqual([
      {
        code: "zone_disagrees",
        uid: "june",
        message: expect.stringMatching(/UTC-04:00.*UTC-05:00/),
      },
    ]);
  });

  it("says nothing for a time where the VTIMEZONE and the zone agree", () => {
    // January 2023 is EST by both readings.
    const text = ics(
      "BEGIN:VCALENDAR",
      ...cutZone,
      ...event("jan", "20230110T115500"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text);
    expect(convening.sessions[0]!.start).toBe("2023-01-10T11:55:00-05:00");
    expect(warnings).toEqual([]);
  });

  it("says nothing for a time before the VTIMEZONE's first observance", () => {
    // RFC 5545 §4's example (ical4j's rfc5545-sec4.2.ics): rules from October 1998, an event in
    // March 1998. ical.js gives UTC+00:00 there, an offset the VTIMEZONE never names: no evidence.
    const text = ics(
      "BEGIN:VCALENDAR",
      ...cutZone.map((line) =>
        line
          .replace("20071104T020000", "19981025T020000")
          .replace("20070311T020000", "19990404T020000"),
      ),
      ...event("march", "19980312T083000"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text);
    expect(convening.sessions[0]!.start).toBe("1998-03-12T08:30:00-05:00");
    expect(warnings).toEqual([]);
  });
});
