import {
  call,
  construct,
  describeEveryExport,
  type ExportCase,
  predicate,
  value,
} from "../../../config/bad-input.js";
import * as api from "../src/read/index.js";

// Every export of @convening/ical/read, given hostile arguments (at the top level and at every
// nested option of a valid call), throws only the toolkit's errors. The valid call reads a file
// with a Windows zone and its VTIMEZONE, a floating time, an organiser and a weekly series, with
// every option set.
const ics = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//convening//bad input//EN",
  "X-WR-CALNAME:Steering calls",
  "BEGIN:VTIMEZONE",
  "TZID:Customized Time Zone",
  "BEGIN:STANDARD",
  "DTSTART:16010101T030000",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:16010101T020000",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
  "BEGIN:VEVENT",
  "UID:weekly@example.org",
  "DTSTAMP:20240101T000000Z",
  "DTSTART;TZID=Customized Time Zone:20240104T100000",
  "DTEND;TZID=Customized Time Zone:20240104T110000",
  "RRULE:FREQ=WEEKLY;COUNT=5",
  "ORGANIZER;CN=Amina Diallo:mailto:amina@example.org",
  "SUMMARY:Steering call",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:floating@example.org",
  "DTSTAMP:20240101T000000Z",
  "DTSTART:20240110T090000",
  "DURATION:PT1H",
  "SUMMARY:Floating",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

const cases: Record<keyof typeof api, ExportCase> = {
  CLDR_VERSION: value,
  ConveningError: construct(["over quota", { code: "over_quota", path: ["limit"], value: 9 }]),
  FloatingTimeError: construct([["uid-1", "uid-2"]]),
  fromICS: call([
    ics,
    {
      id: "steering",
      title: "Steering calls",
      timeZone: "Europe/Berlin",
      floatingZone: "Europe/Paris",
      from: "2024-01-01T00:00:00Z",
      to: new Date("2025-01-01T00:00:00Z"),
    },
  ]),
  IcsSyntaxError: construct([3, "BEGIN:VEVENT", "VEVENT never ends"]),
  ImportOptionsError: construct([["timeZone"], "CET+1", "must be an IANA time zone"]),
  isConveningError: predicate,
};

describeEveryExport(api, cases, api.isConveningError);
