import { describe, expect, it } from "vitest";
import { fromICS } from "../../src/read/index.js";

// Hand-made files in the shape Outlook/Exchange writes: Windows zone names, with and without a
// VTIMEZONE, a "Customized Time Zone", Southern-hemisphere DST, and floating times.

const ics = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

function vtimezone(tzid: string, std: [string, string, string], dst?: [string, string, string]) {
  // [DTSTART, RRULE, offset]: Exchange writes 1601 starts and yearly BYDAY rules.
  const part = (name: string, [start, rule, to]: [string, string, string], from: string) => [
    `BEGIN:${name}`,
    `DTSTART:${start}`,
    `RRULE:${rule}`,
    `TZOFFSETFROM:${from}`,
    `TZOFFSETTO:${to}`,
    `END:${name}`,
  ];
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${tzid}`,
    ...part("STANDARD", std, dst?.[2] ?? std[2]),
    ...(dst ? part("DAYLIGHT", dst, std[2]) : []),
    "END:VTIMEZONE",
  ];
}

function event(uid: string, tzid: string, start: string, end: string) {
  return [
    "BEGIN:VEVENT",
    `UID:${uid}`,
    "DTSTAMP:20240101T000000Z",
    "SUMMARY:Call",
    `DTSTART;TZID="${tzid}":${start}`,
    `DTEND;TZID="${tzid}":${end}`,
    "END:VEVENT",
  ];
}

describe("fromICS reading Exchange zones", () => {
  it("maps a Windows name without VTIMEZONE through CLDR, numbered copies included", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      ...event("a", "W. Europe Standard Time", "20240704T100000", "20240704T110000"),
      ...event("b", "Eastern Standard Time 1", "20240110T090000", "20240110T100000"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text);
    expect(convening.sessions.map((s) => [s.timeZone, s.start])).toEqual([
      ["Europe/Berlin", "2024-07-04T10:00:00+02:00"],
      ["America/New_York", "2024-01-10T09:00:00-05:00"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps a Windows name whose VTIMEZONE agrees with CLDR's zone (Southern hemisphere)", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      ...vtimezone(
        "AUS Eastern Standard Time",
        ["16010101T030000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4", "+1000"],
        ["16010101T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10", "+1100"],
      ),
      ...event("syd", "AUS Eastern Standard Time", "20240115T090000", "20240115T100000"),
      ...event("syd-winter", "AUS Eastern Standard Time", "20240715T090000", "20240715T100000"),
      "END:VCALENDAR",
    );
    const { convening } = fromICS(text);
    expect(convening.sessions.map((s) => [s.timeZone, s.start])).toEqual([
      ["Australia/Sydney", "2024-01-15T09:00:00+11:00"],
      ["Australia/Sydney", "2024-07-15T09:00:00+10:00"],
    ]);
  });

  it("matches a Customized Time Zone to the runtime zone its VTIMEZONE agrees with, the X-WR-TIMEZONE first", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      "X-WR-TIMEZONE:Europe/Paris",
      ...vtimezone(
        "Customized Time Zone",
        ["16010101T030000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "+0100"],
        ["16010101T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "+0200"],
      ),
      ...event("c", "Customized Time Zone", "20240704T100000", "20240704T110000"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text);
    expect(convening.sessions[0]).toMatchObject({
      timeZone: "Europe/Paris",
      start: "2024-07-04T10:00:00+02:00",
    });
    expect(warnings.map((w) => w.code)).toEqual(["zone_matched"]);
  });

  it("keeps exact instants from a VTIMEZONE no zone matches, and names its TZID", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      ...vtimezone(
        "Customized Time Zone",
        ["16010101T030000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=11", "+0130"],
        ["16010101T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=5", "+0230"],
      ),
      ...event("odd", "Customized Time Zone", "20240704T100000", "20240704T110000"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text, { timeZone: "UTC" });
    expect(Date.parse(convening.sessions[0]!.start)).toBe(Date.parse("2024-07-04T07:30:00Z"));
    expect(warnings).toMatchObject([
      { code: "zone_unmatched", message: expect.stringContaining('"Customized Time Zone"') },
    ]);
  });

  it("reads floating times in X-WR-TIMEZONE, else in the timeZone option", () => {
    const body = [
      "BEGIN:VEVENT",
      "UID:f",
      "DTSTAMP:20240101T000000Z",
      "DTSTART:20240704T100000",
      "DTEND:20240704T110000",
      "END:VEVENT",
      "END:VCALENDAR",
    ];
    const google = ics("BEGIN:VCALENDAR", "X-WR-TIMEZONE:America/Sao_Paulo", ...body);
    expect(fromICS(google).convening.sessions[0]!.start).toBe("2024-07-04T10:00:00-03:00");
    const bare = ics("BEGIN:VCALENDAR", ...body);
    expect(fromICS(bare, { timeZone: "Asia/Kolkata" }).convening.sessions[0]!.start).toBe(
      "2024-07-04T10:00:00+05:30",
    );
  });
  it("matches a Southern-hemisphere Customized Time Zone over both DST seasons (Santiago)", () => {
    // Chile (tzdata 2024): DST from the first Sunday on or after 2 September to the one on or
    // after 2 April, changing at local midnight.
    const text = ics(
      "BEGIN:VCALENDAR",
      "X-WR-TIMEZONE:America/Santiago",
      ...vtimezone(
        "Customized Time Zone",
        ["16010101T000000", "FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8", "-0400"],
        ["16010101T000000", "FREQ=YEARLY;BYMONTH=9;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8", "-0300"],
      ),
      ...event("jan", "Customized Time Zone", "20240115T090000", "20240115T100000"),
      ...event("jul", "Customized Time Zone", "20240715T090000", "20240715T100000"),
      "END:VCALENDAR",
    );
    const { convening } = fromICS(text);
    expect(convening.sessions.map((s) => [s.timeZone, s.start])).toEqual([
      ["America/Santiago", "2024-01-15T09:00:00-03:00"],
      ["America/Santiago", "2024-07-15T09:00:00-04:00"],
    ]);
  });

  it("reads a numbered Windows copy with its VTIMEZONE as CLDR's zone when the rules agree", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      ...vtimezone(
        "Eastern Standard Time 1",
        ["16010101T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "-0500"],
        ["16010101T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "-0400"],
      ),
      ...event("ny", "Eastern Standard Time 1", "20240310T090000", "20240310T100000"),
      "END:VCALENDAR",
    );
    const { convening, warnings } = fromICS(text);
    expect(convening.sessions[0]).toMatchObject({
      timeZone: "America/New_York",
      start: "2024-03-10T09:00:00-04:00",
    });
    expect(warnings).toEqual([]);
  });

  it("refuses floating times with neither X-WR-TIMEZONE nor a zone option, naming the UID", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:floating-1",
      "DTSTAMP:20240101T000000Z",
      "DTSTART:20240704T100000",
      "DTEND:20240704T110000",
      "END:VEVENT",
      "END:VCALENDAR",
    );
    expect(() => fromICS(text)).toThrow(expect.objectContaining({ uids: ["floating-1"] }));
  });
  it("writes the exact instants of an unmatched VTIMEZONE in the convening's zone", () => {
    const text = ics(
      "BEGIN:VCALENDAR",
      "X-WR-TIMEZONE:America/Santiago",
      ...vtimezone(
        "Customized Time Zone",
        ["16010101T030000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=11", "+0130"],
        ["16010101T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=5", "+0230"],
      ),
      ...event("odd", "Customized Time Zone", "20240704T100000", "20240704T110000"),
      "END:VCALENDAR",
    );
    const { convening } = fromICS(text);
    expect(convening.sessions[0]!.start).toBe("2024-07-04T03:30:00-04:00");
  });
});
