import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import {
  call,
  construct,
  describeEveryExport,
  type ExportCase,
  predicate,
  value,
} from "../../../config/bad-input.js";
import { richConvening } from "../../../config/bad-input-documents.js";
import * as frab from "../src/frab/index.js";
import * as api from "../src/index.js";
import * as jsonld from "../src/jsonld/index.js";
import * as pretalx from "../src/pretalx/index.js";
import * as sessionize from "../src/sessionize/index.js";

// One valid call per export (two where the input's form changes the path taken); the harness
// corrupts every argument and every field of each, foreign documents included, and checks that
// only our errors come out. The parsed convening is not corrupted in place: any copy loses the
// parsed mark (NotParsedError). The importers' seeds are small documents with a value in each
// field their readers look at.
const convening = parseConvening(richConvening());
const exportOptions = {
  domain: "events.example.org",
  dayStartsAt: "06:00",
  defaultRoom: "Hall",
  language: "fr",
  version: "v1",
};
const frabJson = api.toFrabJson(convening, exportOptions);
const frabXml = api.toFrabXml(convening, exportOptions);
const importOptions = { timeZone: "America/New_York", domain: "events.example.org" };

/** A pretalx schedule export: frab JSON with pretalx's zone name and speaker codes. */
function pretalxSchedule(): Record<string, unknown> {
  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    schedule: {
      version: "0.3",
      conference: {
        acronym: "democon",
        title: "DemoCon",
        start: "2024-07-08",
        end: "2024-07-08",
        daysCount: 1,
        timeslot_duration: "00:05",
        time_zone_name: "Europe/Prague",
        rooms: [{ name: "Forum Hall", guid: "8d0f9e3a-3b4c-5d6e-8f90-a1b2c3d4e5f6" }],
        days: [
          {
            index: 1,
            date: "2024-07-08",
            day_start: "2024-07-08T04:00:00+02:00",
            day_end: "2024-07-09T03:59:00+02:00",
            rooms: {
              "Forum Hall": [
                {
                  guid: "1f0e2d3c-4b5a-5968-8776-a5b4c3d2e1f0",
                  code: "A8CD3F",
                  id: 1,
                  date: "2024-07-08T11:00:00+02:00",
                  start: "11:00",
                  duration: "00:45",
                  room: "Forum Hall",
                  slug: "democon-1-talk",
                  url: "https://pretalx.example.org/democon/talk/A8CD3F/",
                  title: "A talk",
                  subtitle: "",
                  track: "Software",
                  type: "Talk",
                  language: "en",
                  abstract: "The abstract.",
                  description: "The description.",
                  recording_license: "",
                  do_not_record: false,
                  persons: [{ code: "F3DC8A", name: "A Speaker", biography: "A biography." }],
                  links: [{ url: "https://example.org/slides", title: "Slides" }],
                  attachments: [],
                },
              ],
            },
          },
        ],
      },
    },
  };
}

/** One page of pretalx's REST API talks, with the API's event object as options. */
function pretalxTalks(): [Record<string, unknown>, Record<string, unknown>] {
  return [
    {
      count: 1,
      next: null,
      results: [
        {
          code: "A8CD3F",
          speakers: [
            {
              code: "F3DC8A",
              name: "A Speaker",
              biography: "A biography.",
              email: "f3dc8a@example.com",
            },
          ],
          title: "A talk",
          submission_type: { en: "Talk" },
          track: { en: "Software" },
          state: "confirmed",
          abstract: "The abstract.",
          description: "The description.",
          duration: 45,
          do_not_record: false,
          content_locale: "en",
          slot: {
            start: "2024-07-10T11:00:00+02:00",
            end: "2024-07-10T11:45:00+02:00",
            room: { en: "Forum Hall" },
          },
          resources: [{ resource: "https://example.org/notebook", description: "Notebook" }],
        },
      ],
    },
    {
      event: {
        name: { en: "EuroPython 2024" },
        slug: "europython-2024",
        timezone: "Europe/Prague",
        date_from: "2024-07-08",
        date_to: "2024-07-14",
      },
      domain: "events.example.org",
    },
  ];
}

/** Sessionize's All Data view with one session, speaker, room and category of each kind. */
function sessionizeAllData(): Record<string, unknown> {
  return {
    sessions: [
      {
        id: "101",
        title: "A talk",
        description: "The description.",
        startsAt: "2024-03-10T09:30:00",
        endsAt: "2024-03-10T10:15:00",
        isServiceSession: false,
        isPlenumSession: false,
        speakers: ["a1b2"],
        categoryItems: [7, 9],
        roomId: 3,
        recordingUrl: "https://example.org/recording",
      },
      {
        id: "102",
        title: "Lunch",
        startsAt: "2024-03-10T12:00:00",
        endsAt: "2024-03-10T13:00:00",
        isServiceSession: true,
        isPlenumSession: false,
        speakers: [],
        categoryItems: [],
        roomId: 3,
      },
    ],
    speakers: [
      {
        id: "a1b2",
        firstName: "Amina",
        lastName: "Diallo",
        fullName: "Amina Diallo",
        bio: "A biography.",
        links: [{ title: "Site", url: "https://example.org/amina", linkType: "Blog" }],
        sessions: [101],
      },
    ],
    categories: [
      { id: 1, title: "Track", items: [{ id: 7, name: "Software" }] },
      { id: 2, title: "Session format", items: [{ id: 9, name: "Workshop" }] },
    ],
    rooms: [{ id: 3, name: "Hall A" }],
  };
}

const cases: Record<keyof typeof api, ExportCase> = {
  CONVENING_NAMESPACE: value,
  ConveningError: construct(["over quota", { code: "over_quota", path: ["limit"], value: 9 }]),
  FormatOptionsError: construct([["dayStartsAt"], "25:00", "must be a time of day"]),
  fromFrabJson: call([frabJson, importOptions], [JSON.stringify(frabJson), {}]),
  fromFrabXml: call([frabXml, importOptions]),
  fromPretalxSchedule: call([pretalxSchedule(), { domain: "events.example.org" }]),
  fromPretalxTalks: call(pretalxTalks(), [[pretalxTalks()[0].results], importOptions]),
  fromSessionize: call([sessionizeAllData(), { timeZone: "Europe/Oslo", id: "ndc", title: "NDC" }]),
  isConveningError: predicate,
  jsonLdScript: call([api.toJsonLd(convening)]),
  NotParsedError: construct(["convening", "toJsonLd", ["convening"], {}]),
  sessionGuid: call(["story", "events.example.org"]),
  TimeZoneRequiredError: construct(["sessionize", ["timeZone"], undefined, "needs a zone"]),
  toFrabJson: call([convening, exportOptions]),
  toFrabXml: call([convening, exportOptions]),
  toJsonLd: call([convening, { language: "fr", url: "https://events.example.org/workshops" }]),
  toScheduleV2: call([convening, exportOptions]),
  UnrecognizedFormatError: construct(["frab-json", [], { a: 1 }, "not a schedule"]),
  UnusableDocumentError: construct([
    "frab-xml",
    ["schedule"],
    "<x/>",
    "is not XML",
    new Error("cause"),
  ]),
};

describeEveryExport(api, cases, api.isConveningError);

// Each format's own entry point exports a subset of the root's, the same functions and classes:
// the sweep above covers them all, and a new export in any entry must be added to the root too.
describe("every entry point of @convening/formats", () => {
  const entries = { frab, jsonld, pretalx, sessionize };
  for (const [name, entry] of Object.entries(entries)) {
    it(`exports from @convening/formats/${name} only what the root exports, the same objects`, () => {
      for (const [key, exported] of Object.entries(entry)) {
        expect(key in api, `${name}.${key} is not exported from the root`).toBe(true);
        expect(exported, `${name}.${key}`).toBe((api as Record<string, unknown>)[key]);
      }
    });
  }
});
