import { describe, it } from "vitest";
import type { ConveningIssueCode } from "../src/index.js";
import { expectIssue, workshops } from "./support/documents.js";

interface Case {
  /** Edits a fresh copy of the workshops document (or returns another input). */
  edit: (doc: ReturnType<typeof workshops>) => unknown;
  path: (string | number)[];
  /** Text the message must contain: the offending value as the message shows it. */
  names: string;
}

const series = {
  id: "convergence",
  title: "Capacity Builders Convergence",
  timeZone: "UTC",
  firstDate: "2021-03-23",
  startTime: "15:00",
  duration: "PT2H",
};

// A Record over the code union: adding a code to ConveningIssueCode without a case here fails
// typecheck, so every code stays proven to be produced, at its path, naming its value.
const cases: Record<ConveningIssueCode, Case> = {
  invalid_type: { edit: (d) => ({ ...d, title: 42 }), path: ["title"], names: "number 42" },
  invalid_value: {
    edit: (d) => ({ ...d, sessions: [{ ...d.sessions![0]!, kind: "party" }] }),
    path: ["sessions", 0, "kind"],
    names: '"party"',
  },
  invalid_format: {
    edit: (d) => ({ ...d, contact: { email: "nope" } }),
    path: ["contact", "email"],
    names: '"nope"',
  },
  too_small: {
    edit: (d) => ({ ...d, sessions: [{ ...d.sessions![0]!, capacity: 0 }] }),
    path: ["sessions", 0, "capacity"],
    names: "number 0",
  },
  too_big: {
    edit: (d) => ({
      ...d,
      venues: [{ id: "hall", kind: "physical", name: "Hall", geo: { lat: 91, lon: 0 } }],
    }),
    path: ["venues", 0, "geo", "lat"],
    names: "number 91",
  },
  unrecognized_keys: {
    edit: (d) => ({
      ...d,
      people: [{ id: "amina", name: "Amina", fieldVisibility: { phone: "public" } }],
    }),
    path: ["people", 0, "fieldVisibility"],
    names: '"phone"',
  },
  invalid_union: {
    edit: (d) => ({
      ...d,
      venues: [{ id: "main-room", kind: "moon", url: "https://meet.example.org/" }],
    }),
    path: ["venues", 0, "kind"],
    names: '"moon"',
  },
  unsafe_id: {
    edit: (d) => ({ ...d, id: "workshops\r\nBEGIN:VEVENT" }),
    path: ["id"],
    names: '"workshops\\r\\nBEGIN:VEVENT"',
  },
  control_character: {
    edit: (d) => ({ ...d, title: "Collaborative\u2028Workshops" }),
    path: ["title"],
    names: '"Collaborative\\u2028Workshops"',
  },
  invalid_zone: {
    edit: (d) => ({ ...d, timeZone: "Mars/Olympus_Mons" }),
    path: ["timeZone"],
    names: '"Mars/Olympus_Mons"',
  },
  invalid_instant: {
    edit: (d) => ({ ...d, sessions: [{ ...d.sessions![0]!, start: "2021-03-23 11:20" }] }),
    path: ["sessions", 0, "start"],
    names: '"2021-03-23 11:20"',
  },
  invalid_date: {
    edit: (d) => ({ ...d, startDate: "2021-02-30" }),
    path: ["startDate"],
    names: '"2021-02-30"',
  },
  invalid_time: {
    edit: (d) => ({ ...d, series: [{ ...series, startTime: "3pm" }] }),
    path: ["series", 0, "startTime"],
    names: '"3pm"',
  },
  invalid_duration: {
    edit: (d) => ({ ...d, series: [{ ...series, duration: "2 hours" }] }),
    path: ["series", 0, "duration"],
    names: '"2 hours"',
  },
  invalid_language: {
    edit: (d) => ({ ...d, languages: ["en_US"] }),
    path: ["languages", 0],
    names: '"en_US"',
  },
  invalid_country: {
    edit: (d) => ({ ...d, organizations: [{ ...d.organizations![0]!, country: "UK" }] }),
    path: ["organizations", 0, "country"],
    names: '"UK"',
  },
  invalid_url: {
    edit: (d) => ({ ...d, url: "https://example.org/workshops\r\nX-Injected: yes" }),
    path: ["url"],
    names: '"https://example.org/workshops\\r\\nX-Injected: yes"',
  },
  offset_mismatch: {
    edit: (d) => ({ ...d, sessions: [{ ...d.sessions![0]!, start: "2021-03-23T11:20:00-05:00" }] }),
    path: ["sessions", 0, "start"],
    names: '"2021-03-23T11:20:00-05:00"',
  },
  end_before_start: {
    edit: (d) => ({ ...d, sessions: [{ ...d.sessions![0]!, end: "2021-03-23T11:00:00-04:00" }] }),
    path: ["sessions", 0, "end"],
    names: '"2021-03-23T11:00:00-04:00"',
  },
  outside_convening: {
    edit: (d) => ({
      ...d,
      sessions: [
        {
          ...d.sessions![0]!,
          start: "2021-03-25T11:20:00-04:00",
          end: "2021-03-25T12:05:00-04:00",
        },
      ],
    }),
    path: ["sessions", 0, "start"],
    names: '"2021-03-25T11:20:00-04:00"',
  },
  duplicate_id: {
    edit: (d) => ({
      ...d,
      sessions: [d.sessions![0]!, { ...d.sessions![1]!, id: "power-of-a-story" }],
    }),
    path: ["sessions", 1, "id"],
    names: '"power-of-a-story"',
  },
  unknown_reference: {
    edit: (d) => ({
      ...d,
      sessions: [{ ...d.sessions![0]!, participants: [{ memberId: "nobody", role: "speaker" }] }],
    }),
    path: ["sessions", 0, "participants", 0, "memberId"],
    names: '"nobody"',
  },
  invalid_rule: {
    edit: (d) => ({
      ...d,
      series: [{ ...series, rule: { freq: "monthly", count: 4, until: "2021-12-31" } }],
    }),
    path: ["series", 0, "rule", "until"],
    names: '"2021-12-31"',
  },
  invalid_input: {
    edit: (d) => ({
      ...d,
      get title(): string {
        throw new Error("the title getter broke");
      },
    }),
    path: [],
    names: "the title getter broke",
  },
};

describe("every ConveningIssueCode", () => {
  for (const [code, { edit, path, names }] of Object.entries(cases)) {
    it(`reports ${code} at ${path.join(".") || "the root"}, naming ${names}`, () => {
      expectIssue(edit(workshops()), code as ConveningIssueCode, path, names);
    });
  }
});
