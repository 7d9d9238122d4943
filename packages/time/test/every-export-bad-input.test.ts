import { parseConvening, parseSeries } from "@convening/schema";
import { DateTime } from "luxon";
import {
  call,
  construct,
  describeEveryExport,
  type ExportCase,
  predicate,
  value,
} from "../../../config/bad-input.js";
import { richConvening, richSeries } from "../../../config/bad-input-documents.js";
import { publicHolidays } from "../src/holidays.js";
import * as api from "../src/index.js";

// One valid call per export (two where the inputs take other paths: a Date, a luxon DateTime);
// the harness corrupts every argument and every field of each and checks that only our errors
// come out. Parsed values are not corrupted in place: any copy loses the parsed mark.
const START = "2021-03-23T11:20:00-04:00";
const END = "2021-03-23T12:05:00-04:00";
const convening = parseConvening(richConvening());
const series = parseSeries(richSeries());
const wall = { date: "2021-11-07", time: "01:30", zone: "America/New_York" };
const parts = { date: "2021-03-14", time: "02:30", zone: "America/New_York" };
const people = [
  {
    id: "amara",
    timeZone: "Africa/Nairobi",
    availability: [{ day: "mo", start: "09:00", end: "17:00" }],
    weekend: ["sa", "su"],
    weight: 2,
  },
  { id: "lucia", timeZone: "America/Bogota", required: false, country: "CO" },
  { id: "farah", timeZone: "Asia/Riyadh", location: { country: "SA" } },
  {
    id: "oliver",
    timeZone: "Europe/London",
    country: "GB",
    region: "ENG",
    holidays: true,
    workingHours: { mo: [["09:00", "17:00"]], fr: [["09:00", "13:00"]] },
    extraUnavailable: [{ start: "2021-07-26", end: "2021-07-26T12:00", label: "Dentist" }],
  },
];

const cases: Record<keyof typeof api, ExportCase> = {
  AmbiguousTimeError: construct([
    parts,
    ["2021-11-07T01:30:00-04:00", "2021-11-07T01:30:00-05:00"],
    { path: ["time"], cause: new Error("cause") },
  ]),
  buildAgenda: call(
    [
      convening,
      { zone: "Europe/Paris", dayStartsAt: "05:00", style: "locale", locale: "fr-FR", dash: "en" },
    ],
    [convening, { locale: "ar" }],
  ),
  canonicalZone: call(["US/Eastern", ["options", "zone"]]),
  ConveningError: construct(["over quota", { code: "over_quota", path: ["limit"], value: 9 }]),
  expandSeries: call([
    series,
    {
      from: "2023-01-01T00:00:00Z",
      to: "2025-01-01T00:00:00Z",
      gap: "forward",
      overlap: "later",
      keepExceptions: true,
    },
  ]),
  firstRuleDate: call([series]),
  findConflicts: call([
    [
      {
        id: "panel",
        start: START,
        end: END,
        participants: [{ memberId: "annie" }],
        venueId: "hall",
        status: "scheduled",
      },
      { id: "story", start: START, end: END, participants: [{ memberId: "annie" }] },
      {
        id: "rest",
        start: START,
        end: END,
        allDay: { startDate: "2021-03-23", endDate: "2021-03-24" },
        participants: [{ memberId: "annie" }],
      },
    ],
  ]),
  tallyPoll: call([
    {
      options: [
        { id: "tue", start: "2025-12-09T13:00:00Z", end: "2025-12-09T14:00:00Z" },
        { id: "retreat", date: "2025-12-12", endDate: "2025-12-13" },
      ],
      votes: [
        { voter: people[0], answers: { tue: "yes", retreat: "if-need-be" } },
        { voter: people[3], answers: { tue: "no" } },
      ],
      holidays: publicHolidays,
    },
  ]),
  findMeetingTimes: call([
    {
      participants: people,
      duration: "PT1H",
      from: "2021-07-26T00:00:00Z",
      to: "2021-07-27T00:00:00Z",
      step: 60,
      limit: 3,
      holidays: publicHolidays,
    },
  ]),
  formatAllDay: call(
    [
      { startDate: "2024-03-10", endDate: "2024-03-11" },
      ["Pacific/Honolulu", { zone: "Pacific/Kiritimati", label: "Kiritimati" }],
      { dash: "en" },
    ],
    [{ startDate: "2024-03-10" }, ["UTC"], { locale: "fr-FR" }],
  ),
  formatInZones: call(
    [
      START,
      END,
      ["America/New_York", { zone: "Africa/Nairobi", label: "Nairobi" }],
      { dash: "en" },
    ],
    [
      new Date(START),
      DateTime.fromISO(END),
      ["Asia/Kolkata", "Europe/Dublin"],
      { style: "locale" },
    ],
    // A localised path: its own labels, separator, weekdays and bidi isolates.
    [START, END, ["Asia/Tokyo", { zone: "Africa/Nairobi", label: "Nairobi" }], { locale: "ar-EG" }],
  ),
  formatRange: call(
    [
      START,
      END,
      "Australia/Sydney",
      { reference: "America/New_York", label: "Sydney", locale: "en-AU", style: "compact" },
    ],
    [new Date(START), DateTime.fromISO(END), "Europe/Paris", { style: "locale", locale: "fr-FR" }],
    [START, END, "Asia/Tokyo", { reference: "America/New_York", locale: "sw", dash: "en" }],
  ),
  InvalidTimeArgumentError: construct([["end"], END, "is before start", { cause: "x" }]),
  InvalidZoneError: construct(["Mars/Base", { path: ["zone"], cause: new Error("cause") }]),
  isAmbiguousTimeError: predicate,
  isConveningError: predicate,
  isInvalidTimeArgumentError: predicate,
  isInvalidZoneError: predicate,
  isNonexistentTimeError: predicate,
  MAX_RANGE_DAYS: value,
  MAX_SERIES_OCCURRENCES: value,
  MAX_TRANSITION_SPAN_DAYS: value,
  MAX_WEIGHT: value,
  NonexistentTimeError: construct([
    parts,
    { start: "2021-03-14T01:59:59-05:00", end: "2021-03-14T03:00:00-04:00" },
    { path: ["series", "startTime"] },
  ]),
  NotParsedError: construct(["convening", "buildAgenda", ["convening"], {}]),
  PENALTY: value,
  planRotation: call(
    [
      {
        participants: people,
        count: 2,
        duration: 60,
        from: "2021-07-26T00:00:00Z",
        to: "2021-07-28T00:00:00Z",
        step: "PT2H",
        holidays: publicHolidays,
      },
    ],
    [
      {
        participants: people,
        count: 2,
        from: "2023-10-01T00:00:00Z",
        to: "2024-02-01T00:00:00Z",
        series,
        startTimes: ["09:00", "15:00"],
        wallTimeZone: "Europe/London",
        holidays: publicHolidays,
      },
    ],
  ),
  REQUIRED_FACTOR: value,
  supportedZones: call([]),
  toRRule: call([series]),
  TZDATA_VERSION: value,
  wallTime: call([wall, { gap: "forward", overlap: "later" }]),
  wallTimeInstant: call([wall, { gap: "reject", overlap: "earlier" }]),
  WEEKENDS_BY_COUNTRY: value,
  zoneAbbreviation: call(["Africa/Nairobi", START], ["Europe/London", new Date(START)]),
  zoneLabel: call(
    ["America/New_York", START, "fr-CA"],
    ["Africa/Nairobi", new Date(START)],
    ["Asia/Kolkata", DateTime.fromISO(END), "hi"],
  ),
  zoneOffset: call(["Asia/Kathmandu", START]),
  zoneTransitions: call([
    "America/New_York",
    { from: "2021-01-01T00:00:00Z", to: "2022-01-01T00:00:00Z" },
  ]),
};

describeEveryExport(api, cases, api.isConveningError);
