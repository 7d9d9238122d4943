import { parseConvening } from "@convening/schema";
import {
  call,
  construct,
  describeEveryExport,
  type ExportCase,
  predicate,
  value,
} from "../../../config/bad-input.js";
import { richConvening } from "../../../config/bad-input-documents.js";
import * as api from "../src/index.js";

// One valid call per export, with every option set; the harness corrupts every argument and
// every option of each and checks that only our errors come out. The parsed convening is not
// corrupted in place: any copy loses the parsed mark (NotParsedError).
const convening = parseConvening(richConvening());
const other = parseConvening({ ...richConvening(), id: "other", url: "https://other.example.org" });
const options = {
  domain: "events.example.org",
  audience: "private",
  includeAttendees: true,
  method: "REQUEST",
  organizer: { name: "Front desk", email: "desk@example.org" },
  name: "Workshops",
  url: "https://events.example.org/feed",
  refreshInterval: "PT6H",
  alarms: [15, "PT1H"],
  language: ["fr", "en"],
  only: ["story", "calls"],
};
const ics = api.toICS(convening);

const cases: Record<keyof typeof api, ExportCase> = {
  CalendarOptionsError: construct([["organizer", "email"], "x", "must be an e-mail address", {}]),
  calendarLinks: call(
    ["story", convening, { audience: "network", language: ["fr"] }],
    [convening.sessions[1], convening, { language: "en" }],
  ),
  ConveningError: construct(["over quota", { code: "over_quota", path: ["limit"], value: 9 }]),
  DuplicateUidError: construct([
    ["convenings", 1, "sessions", 0],
    "story@events.example.org",
    ["workshops-2021", "other"],
  ]),
  icsResponse: call([
    ics,
    {
      filename: "workshops.ics",
      audience: "network",
      maxAge: 60,
      disposition: "inline",
      etag: '"rev-1"',
      request: new Request("https://events.example.org/feed.ics", {
        headers: { "If-None-Match": '"x"' },
      }),
    },
  ]),
  InvitationError: construct([["organizer"], undefined, "REQUEST needs an organizer"]),
  isCalendarOptionsError: predicate,
  isConveningError: predicate,
  isDuplicateUidError: predicate,
  isInvitationError: predicate,
  isSessionNotFoundError: predicate,
  MAX_ALARMS: value,
  NotParsedError: construct(["convening", "toICS", ["convening"], {}]),
  SessionNotFoundError: construct(["nope", "workshops-2021", { path: ["session"], cause: 1 }]),
  toCalendar: call([convening, options]),
  toICS: call(
    [convening, options],
    [[convening, other], { audience: "network", alarms: ["PT0S"] }],
  ),
  toICSStream: call(
    [convening, options],
    [[convening, other], { audience: "network", alarms: ["PT0S"] }],
  ),
};

describeEveryExport(api, cases, api.isConveningError);
