import { describe, expect, it } from "vitest";
import { fromICS } from "../../src/read/index.js";

// BYSETPOS and WKST are held by a Series rule: fromICS maps them instead of expanding the rule.

const ics = (rule: string) =>
  [
    "BEGIN:VCALENDAR",
    "BEGIN:VEVENT",
    "UID:calls@example.org",
    "DTSTAMP:20240101T000000Z",
    "SUMMARY:Committee call",
    "DTSTART;TZID=America/New_York:20240131T100000",
    "DTEND;TZID=America/New_York:20240131T110000",
    `RRULE:${rule}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");

const read = (rule: string) =>
  fromICS(ics(rule), { from: "2024-01-01T00:00:00Z", to: "2024-06-01T00:00:00Z" });

describe("fromICS with BYSETPOS and WKST", () => {
  it("maps the last weekday of the month to bySetPos, without a warning", () => {
    const { convening, warnings } = read("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4");
    expect(warnings).toEqual([]);
    expect(convening.series[0]!.rule).toEqual({
      freq: "monthly",
      interval: 1,
      byWeekday: ["mo", "tu", "we", "th", "fr"],
      bySetPos: [-1],
      count: 4,
    });
  });

  // ical.js leaves a WKST=MO (the default) out of the rule it gives, so that one reads as absent.
  it("maps WKST to weekStart, even every other week with several days", () => {
    const sunday = read("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SU;WKST=SU;COUNT=6");
    expect(sunday.warnings).toEqual([]);
    expect(sunday.convening.series[0]!.rule?.weekStart).toBe("su");
    expect(sunday.convening.series[0]!.rule?.interval).toBe(2);
  });

  it("expands a BYSETPOS the model cannot hold (DAILY) with a warning naming the UID", () => {
    const { convening, warnings } = read("FREQ=DAILY;BYDAY=WE;BYSETPOS=1;COUNT=3");
    expect(convening.series).toEqual([]);
    expect(convening.sessions.length).toBe(3);
    expect(JSON.stringify(warnings)).toContain("calls@example.org");
    expect(JSON.stringify(warnings)).toContain("BYSETPOS");
  });
});
