import { describe, expect, it } from "vitest";
import { fromICS } from "../../src/read/index.js";

// A calendar that kept every iTIP update of an occurrence (the shape of node-ical's
// test/fixtures/recurrence-sequence.ics): several VEVENTs for one RECURRENCE-ID, told apart by
// SEQUENCE (RFC 5545 §3.8.7.4). The file's last copy is not necessarily the current one.

const ics = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

function instance(rid: string, start: string, sequence: number, summary: string) {
  return [
    "BEGIN:VEVENT",
    "UID:daily@example.com",
    "DTSTAMP:20240101T000000Z",
    `RECURRENCE-ID:${rid}`,
    `DTSTART:${start}`,
    "DURATION:PT1H",
    `SEQUENCE:${sequence}`,
    `SUMMARY:${summary}`,
    "END:VEVENT",
  ];
}

const master = [
  "BEGIN:VEVENT",
  "UID:daily@example.com",
  "DTSTAMP:20240101T000000Z",
  "DTSTART:20240101T100000Z",
  "DURATION:PT1H",
  "RRULE:FREQ=DAILY;COUNT=5",
  "SUMMARY:Daily",
  "END:VEVENT",
];

describe("fromICS choosing between instances of one occurrence", () => {
  it("keeps the higher SEQUENCE even when an older copy comes later in the file", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      ...master,
      ...instance("20240102T100000Z", "20240102T140000Z", 3, "Current"),
      ...instance("20240102T100000Z", "20240102T110000Z", 1, "Stale"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text);
    expect(convening.series[0]!.overrides).toEqual([
      { date: "2024-01-02", title: "Current", startTime: "14:00" },
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: "duplicate_uid",
        uid: "daily@example.com",
        message: expect.stringContaining("RECURRENCE-ID 2024-01-02 10:00:00Z"),
      }),
    ]);
  });

  it("keeps a later copy with a higher SEQUENCE", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      ...master,
      ...instance("20240103T100000Z", "20240103T110000Z", 2, "Older"),
      ...instance("20240103T100000Z", "20240103T150000Z", 5, "Newer"),
      "END:VCALENDAR",
    );
    const { convening } = fromICS(text);
    expect(convening.series[0]!.overrides).toEqual([
      { date: "2024-01-03", title: "Newer", startTime: "15:00" },
    ]);
  });

  it("names the instance left out when two RECURRENCE-IDs fall on one date", () => {
    // Neither 09:00 nor 15:00 is an occurrence of the 10:00 series; a series holds one override
    // a day, so the higher SEQUENCE stays and the other is named, not silently overwritten.
    const text = ics(
      "BEGIN:VCALENDAR",
      ...master,
      ...instance("20240104T150000Z", "20240104T150000Z", 4, "Afternoon"),
      ...instance("20240104T090000Z", "20240104T090000Z", 2, "Morning"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text);
    expect(convening.series[0]!.overrides).toEqual([
      { date: "2024-01-04", title: "Afternoon", startTime: "15:00" },
    ]);
    expect(warnings.map((w) => [w.code, w.uid])).toEqual([["duplicate_uid", "daily@example.com"]]);
    expect(warnings[0]!.message).toContain("2024-01-04");
  });
});
