import {
  call,
  construct,
  describeEveryExport,
  type ExportCase,
  predicate,
  value,
} from "../../../config/bad-input.js";
import * as api from "../src/index.js";

// One valid call per export (two where options change the path taken); the harness corrupts
// every argument and field of each and checks that only our errors come out.
const MS = Date.UTC(2021, 2, 23, 15, 20);
const table = api.zoneOffsetTable("America/New_York");

const cases: Record<keyof typeof api, ExportCase> = {
  argumentGuards: call([api.InvalidArgumentError], []),
  BoundedCache: {
    kind: "class",
    seeds: [[8]],
    methods: { get: [["America/New_York"]], set: [["America/New_York", 1]], clear: [[]] },
  },
  canSee: call(["network", "public"]),
  civilFromDays: call([18_709]),
  ConveningError: construct([
    "limit: 9 is over the quota",
    { code: "over_quota", path: ["limit", 0], value: 9, cause: new Error("cause") },
  ]),
  DAY_MS: value,
  daysFromCivil: call([2021, 3, 23]),
  daysInMonth: call([2024, 2]),
  describePath: call([["sessions", 3, "start"]]),
  describeValue: call(["Mars/Base"]),
  DURATION_PATTERN: value,
  durationMinutes: call(["PT1H30M"]),
  durationParts: call(["P1DT2H"]),
  fieldVisibility: call([{ visibility: "network", fieldVisibility: { bio: "public" } }, "bio"]),
  firstInstantAtOrAfterLocal: call([table, Date.UTC(2021, 2, 14, 2, 30)]),
  formatBasicDateTime: call([MS, -14_400]),
  formatDuration: call([5400, { exact: true }]),
  formatInstant: call([MS, -240]),
  formatInstantUtc: call([MS]),
  formatLocalDate: call([18_709]),
  formatOffset: call([20_700]),
  formatPath: call([["sessions", 3, "participants", 0, "memberId"]]),
  InvalidArgumentError: construct([
    ["options", "alarms", 2],
    -5,
    "must be a positive whole number of minutes",
    { cause: new Error("cause") },
  ]),
  isConveningError: predicate,
  isEmail: predicate,
  isLanguageTag: predicate,
  isLocalDate: predicate,
  isLocalTime: predicate,
  isoWeekday: call([18_709]),
  isParsed: call([{ id: "x" }, "convening"]),
  isSingleLineText: predicate,
  isTimeZone: predicate,
  isValidDate: call([2024, 2, 29]),
  isWebUrl: predicate,
  localize: call([{ en: "Plenary", fr: "Plénière" }, ["fr-CA", "en"]], [{ en: "Plenary" }, "en"]),
  MAX_SEQUENCE: value,
  MAX_TRANSITION_SEARCH_MS: value,
  markParsed: call([{ id: "fresh" }, "series"]),
  NotParsedError: construct(["convening", "toICS", ["convening"], { id: "raw" }]),
  peekField: call([{ cause: 1 }, "cause"]),
  parseInstant: call(["2021-03-23T11:20:00.125-04:00"]),
  parseLocalDate: call(["2021-03-23"]),
  parseLocalTime: call(["11:20:30"]),
  readDigits: call(["2021-03-23", 5, 2]),
  redactMember: call([
    {
      id: "ana",
      visibility: "network",
      email: "ana@example.org",
      fieldVisibility: { bio: "private" },
      affiliations: [{ organizationId: "x" }],
    },
    "network",
  ]),
  requireParsed: call([api.markParsed({ id: "raw" }, "convening"), "convening", "toICS", ["c"]]),
  TIME_ZONE_PATTERN: value,
  toErrorPath: call([["sessions", 3, "start"]]),
  zoneOffsetSeconds: call(["Asia/Kathmandu", MS]),
  zoneOffsetTable: call(["America/New_York"]),
  ZoneOffsetTable: {
    kind: "class",
    seeds: [["America/New_York"]],
    methods: {
      gapAround: [[Date.UTC(2021, 2, 14, 2, 30)]],
      instantsForLocal: [[Date.UTC(2021, 10, 7, 1, 30)]],
      nextTransition: [[Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)]],
      offsetAt: [[MS]],
      transitionsBetween: [[Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)]],
    },
  },
};

describeEveryExport(api, cases, api.isConveningError);
