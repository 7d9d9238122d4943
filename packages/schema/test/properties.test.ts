import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ConveningIssueCode, parseConvening, safeParseConvening } from "../src/index.js";
import { type GeneratedConvening, validConvening } from "./support/arbitraries.js";
import { addDays, instantIn, offsetMinutesAt } from "./support/oracle.js";

// Runs are seeded by fast-check per run and printed on failure, so a failure can be replayed.
const RUNS = { numRuns: 150 };

describe("generated valid documents", () => {
  it("always parse", () => {
    fc.assert(
      fc.property(validConvening(), (doc) => {
        const result = safeParseConvening(doc);
        expect(result.error?.issues ?? []).toEqual([]);
      }),
      RUNS,
    );
  });

  it("round-trip through JSON: parse(JSON(parse(doc))) equals parse(doc)", () => {
    fc.assert(
      fc.property(validConvening(), (doc) => {
        const once = parseConvening(doc);
        const twice = parseConvening(JSON.parse(JSON.stringify(once)));
        expect(twice).toEqual(once);
      }),
      RUNS,
    );
  });

  it("parse the same after a trip through JSON of the input", () => {
    fc.assert(
      fc.property(validConvening(), (doc) => {
        expect(parseConvening(JSON.parse(JSON.stringify(doc)))).toEqual(parseConvening(doc));
      }),
      { numRuns: 50 },
    );
  });
});

type Doc = GeneratedConvening & Record<string, unknown>;
interface Expected {
  code: ConveningIssueCode;
  path: (string | number)[];
}
/** One invalid edit: changes `doc` in place (a deep copy) and says which issue must follow. */
type Mutation = (doc: Doc, n: number) => Expected;

const at = <T>(list: readonly T[], n: number): [T, number] => {
  const i = n % list.length;
  return [list[i]!, i];
};

const GHOST = "ghost.missing"; // generated ids never end in ".missing"

// Each edit breaks exactly one rule; other issues may follow from it (an id that is unsafe is
// also unknown where referenced), but the expected one must be among them, at its path.
const mutations: Record<string, Mutation> = {
  "an unsafe session id": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    s.id = `${s.id} copy`;
    return { code: "unsafe_id", path: ["sessions", i, "id"] };
  },
  "a session id used twice": (doc, n) => {
    const [first, i] = at(doc.sessions, n);
    const j = (i + 1) % doc.sessions.length;
    doc.sessions[j]!.id = first.id;
    return { code: "duplicate_id", path: ["sessions", Math.max(i, j), "id"] };
  },
  "a series id that a session already uses": (doc, n) => {
    const [, k] = at(doc.series, n);
    doc.series[k]!.id = at(doc.sessions, n)[0].id;
    return { code: "duplicate_id", path: ["series", k, "id"] };
  },
  "a participant nobody defines": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    s.participants = [...s.participants, { memberId: GHOST, role: "speaker" }];
    return {
      code: "unknown_reference",
      path: ["sessions", i, "participants", s.participants.length - 1, "memberId"],
    };
  },
  "a venue the convening does not list": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    (s as Record<string, unknown>).venueId = GHOST;
    return { code: "unknown_reference", path: ["sessions", i, "venueId"] };
  },
  "an unknown organizer": (doc, n) => {
    const [, i] = at(doc.organizers, n);
    doc.organizers[i] = GHOST;
    return { code: "unknown_reference", path: ["organizers", i] };
  },
  "an unknown affiliation": (doc, n) => {
    const [p, i] = at(doc.people, n);
    p.affiliations = [{ organizationId: GHOST }];
    return { code: "unknown_reference", path: ["people", i, "affiliations", 0, "organizationId"] };
  },
  "an unknown group member": (doc, n) => {
    const [g, i] = at(doc.groups, n);
    g.memberIds = [...g.memberIds, GHOST];
    return { code: "unknown_reference", path: ["groups", i, "memberIds", g.memberIds.length - 1] };
  },
  "an unknown series group": (doc, n) => {
    const [s, i] = at(doc.series, n);
    (s as Record<string, unknown>).groupId = GHOST;
    return { code: "unknown_reference", path: ["series", i, "groupId"] };
  },
  "a registration for something else": (doc, n) => {
    const [, i] = at(doc.registrations, n);
    doc.registrations[i]!.target = GHOST;
    return { code: "unknown_reference", path: ["registrations", i, "target"] };
  },
  "an offset that slipped an hour (EST for EDT)": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    const zone = (s as { timeZone?: string }).timeZone ?? doc.timeZone;
    const epoch = Date.parse(s.start);
    // Same wall time, offset an hour off; near a fall-back change one direction can name the
    // other real reading of that wall time, so the direction Intl disagrees with is taken.
    const shifted = [60, -60, 7].find((shift) => {
      const moved = epoch - shift * 60_000;
      return offsetMinutesAt(zone, moved) !== offsetMinutesAt(zone, epoch) + shift;
    })!;
    s.start = instantIn(zone, epoch, "seconds", shifted);
    return { code: "offset_mismatch", path: ["sessions", i, "start"] };
  },
  "an end before its start": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    [s.start, s.end] = [s.end, s.start];
    return { code: "end_before_start", path: ["sessions", i, "end"] };
  },
  "an endDate before the startDate": (doc) => {
    doc.endDate = addDays(doc.startDate, -1);
    return { code: "end_before_start", path: ["endDate"] };
  },
  "a session after the last day": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    const zone = (s as { timeZone?: string }).timeZone ?? doc.timeZone;
    const later = (iso: string) =>
      instantIn(
        zone,
        Date.parse(`${doc.endDate}T00:00:00Z`) + (Date.parse(iso) % 86_400_000) + 3 * 86_400_000,
      );
    s.start = later(s.start);
    s.end = instantIn(zone, Date.parse(s.start) + 3_600_000);
    return { code: "outside_convening", path: ["sessions", i, "start"] };
  },
  "a control character in a title": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    s.title = `Power of\u0007a Story`;
    return { code: "control_character", path: ["sessions", i, "title"] };
  },
  "a line separator in a translated title": (doc) => {
    doc.title = { en: "Collaborative\u2028Workshops" };
    return { code: "control_character", path: ["title", "en"] };
  },
  "a lone CR in a description": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    (s as Record<string, unknown>).description = "line one\rline two";
    return { code: "control_character", path: ["sessions", i, "description"] };
  },
  "an unknown session zone": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    (s as Record<string, unknown>).timeZone = "Mars/Olympus_Mons";
    return { code: "invalid_zone", path: ["sessions", i, "timeZone"] };
  },
  "an offset string as the convening's zone": (doc) => {
    (doc as Record<string, unknown>).timeZone = "+05:00";
    return { code: "invalid_zone", path: ["timeZone"] };
  },
  "an instant without an offset": (doc, n) => {
    const [s, i] = at(doc.sessions, n);
    s.end = s.end.slice(0, 16);
    return { code: "invalid_instant", path: ["sessions", i, "end"] };
  },
  "an impossible date": (doc) => {
    doc.startDate = `${doc.startDate.slice(0, 4)}-02-30`;
    return { code: "invalid_date", path: ["startDate"] };
  },
  "a language that is not a BCP 47 tag": (doc) => {
    doc.languages = [...doc.languages, "en_US"];
    return { code: "invalid_language", path: ["languages", doc.languages.length - 1] };
  },
  "a country that is not ISO 3166-1": (doc, n) => {
    const [o, i] = at(doc.organizations, n);
    (o as Record<string, unknown>).country = "UK";
    return { code: "invalid_country", path: ["organizations", i, "country"] };
  },
  "a URL with a CRLF inside": (doc) => {
    doc.url = "https://example.org/\r\nSet-Cookie: x";
    return { code: "invalid_url", path: ["url"] };
  },
  "count and until together": (doc, n) => {
    const [s, i] = at(doc.series, n);
    (s as Record<string, unknown>).rule = {
      freq: "weekly",
      count: 3,
      until: addDays(s.firstDate, 30),
    };
    return { code: "invalid_rule", path: ["series", i, "rule", "until"] };
  },
  "an nth weekday in a weekly rule": (doc, n) => {
    const [s, i] = at(doc.series, n);
    (s as Record<string, unknown>).rule = { freq: "weekly", byWeekday: [{ day: "tu", nth: 3 }] };
    return { code: "invalid_rule", path: ["series", i, "rule", "byWeekday", 0, "nth"] };
  },
  "a missing title": (doc) => {
    delete (doc as Partial<Doc>).title;
    return { code: "invalid_type", path: ["title"] };
  },
};

describe("every single invalid edit of a valid document", () => {
  for (const [name, mutate] of Object.entries(mutations)) {
    it(`yields the expected issue: ${name}`, () => {
      fc.assert(
        fc.property(validConvening({ min: 1 }), fc.nat(), (doc, n) => {
          const edited = structuredClone(doc) as Doc;
          const { code, path } = mutate(edited, n);
          const result = safeParseConvening(edited);
          expect(result.success).toBe(false);
          const issues = result.error!.issues;
          expect(
            issues.some(
              (issue) => issue.code === code && JSON.stringify(issue.path) === JSON.stringify(path),
            ),
            `expected ${code} at ${JSON.stringify(path)}, got ${JSON.stringify(issues)}`,
          ).toBe(true);
        }),
        { numRuns: 25 },
      );
    });
  }

  it("covers each generated document with a valid baseline", () => {
    fc.assert(
      fc.property(validConvening({ min: 1 }), (doc) => {
        expect(safeParseConvening(doc).error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
