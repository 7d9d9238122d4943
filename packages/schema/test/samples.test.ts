import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Convening,
  type ConveningIssue,
  type Directory,
  durationMinutes,
  fieldVisibility,
  formatPath,
  type Group,
  jsonSchemas,
  localize,
  type Member,
  parseConvening,
  parseDirectory,
  redactMember,
  type Series,
  type Session,
  safeParseConvening,
} from "../src/index.js";

// The sample documents of examples/data, one per seed page. Found by listing the folder, so a
// new sample is validated without touching this file.
const dataDir = new URL("../../../examples/data/", import.meta.url);
const sampleFiles = readdirSync(dataDir)
  .filter((name) => name.endsWith(".json"))
  .sort();

// biome-ignore lint/suspicious/noExplicitAny: raw JSON, validated by the code under test.
function load(name: string): any {
  return JSON.parse(readFileSync(new URL(name, dataDir), "utf8"));
}

function isDirectoryDocument(doc: { $schema?: unknown }): boolean {
  return doc.$schema === jsonSchemas.directory.$id;
}

const utc = (instant: string) => new Date(instant).toISOString();

/** Minutes east of UTC of `zone` at `at`, from the runtime's own zone data. */
function offsetMinutes(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected offset name ${name}`);
  if (!m[1]) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The weekday of a YYYY-MM-DD date, 0 = Sunday, whatever the machine's zone. */
const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

describe("examples/data", () => {
  it("holds one document per seed", () => {
    expect(sampleFiles).toEqual(
      expect.arrayContaining([
        "capacity-builder-convergences.json",
        "capacity-builders-directory.json",
        "collaborative-workshops-2021.json",
        "lnob-info-session-2022.json",
        "we-alliance-exploratory-committee-2011.json",
      ]),
    );
  });

  describe.each(sampleFiles)("%s", (name) => {
    const doc = load(name);

    it("names its JSON Schema by the published $id", () => {
      expect([jsonSchemas.convening.$id, jsonSchemas.directory.$id]).toContain(doc.$schema);
    });

    it("validates", () => {
      if (isDirectoryDocument(doc)) expect(() => parseDirectory(doc)).not.toThrow();
      else expect(safeParseConvening(doc).error?.issues ?? []).toEqual([]);
    });

    it("parses its own parsed output again to the same value", () => {
      const parse = isDirectoryDocument(doc) ? parseDirectory : parseConvening;
      const once = parse(doc);
      expect(parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
    });
  });
});

describe("broken/collaborative-workshops-broken.json", () => {
  const broken = load("broken/collaborative-workshops-broken.json");
  const result = safeParseConvening(broken);
  const where = (issues: readonly ConveningIssue[]) =>
    issues.map((issue) => `${formatPath(issue.path)} ${issue.code}`).sort();

  it("fails with one issue per mistake, each at its path", () => {
    expect(result.success).toBe(false);
    expect(where(result.error!.issues)).toEqual([
      "sessions[0].end offset_mismatch",
      "sessions[0].start offset_mismatch",
      "sessions[1].participants[0].memberId unknown_reference",
      "sessions[2].end end_before_start",
      "sessions[3].title control_character",
      "sessions[4].timeZone invalid_zone",
    ]);
  });

  it("explains the EST/EDT slip with the offset New York really had", () => {
    const slip = result.error!.issues.find(
      (issue) => formatPath(issue.path) === "sessions[0].start",
    );
    expect(slip?.message).toContain('"2021-03-23T11:20:00-05:00"');
    expect(slip?.message).toContain("America/New_York is at -04:00");
  });

  it("prints every issue readably in the error message", () => {
    const message = result.error!.message;
    expect(message).toMatch(
      /^Invalid convening "collaborative-workshops-2021-broken" \(6 issues\):/,
    );
    expect(message).toContain(
      'sessions[1].participants[0].memberId: "nadia-r" does not name any member',
    );
    expect(message).toContain('sessions[3].title: "Role of Community Engagement\\nin Urban Slums"');
    expect(message).toContain('sessions[4].timeZone: "EDT"');
  });

  it("parses once its mistakes are fixed, so the issues above are all there is", () => {
    const fixed = structuredClone(broken);
    fixed.sessions[0].start = "2021-03-23T11:20:00-04:00";
    fixed.sessions[0].end = "2021-03-23T12:05:00-04:00";
    fixed.sessions[1].participants[0].memberId = "nadia-b";
    fixed.sessions[2].end = "2021-03-23T12:05:00-04:00";
    fixed.sessions[3].title = "Role of Community Engagement in Urban Slums";
    fixed.sessions[4].timeZone = "America/New_York";
    expect(safeParseConvening(fixed).error?.issues ?? []).toEqual([]);
  });
});

describe("docs/data-model.md", () => {
  const guide = readFileSync(new URL("../../../docs/data-model.md", import.meta.url), "utf8");

  it("prints the broken sample's error exactly as parseConvening does", () => {
    const { error } = safeParseConvening(load("broken/collaborative-workshops-broken.json"));
    expect(guide).toContain(`\`\`\`text output\n${error!.message}\n\`\`\``);
  });

  it("names every field of every JSON Schema in code", () => {
    const code = [...guide.matchAll(/`[^`\n]+`|```[\s\S]*?```/g)].map((m) => m[0]).join("\n");
    const fields = new Set<string>();
    const collect = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      const properties = (node as { properties?: unknown }).properties;
      if (typeof properties === "object" && properties !== null) {
        for (const name of Object.keys(properties)) fields.add(name);
      }
      for (const child of Object.values(node)) collect(child);
    };
    for (const schema of Object.values(jsonSchemas)) collect(schema);
    expect(fields.size).toBeGreaterThan(80);
    const named = (name: string) =>
      new RegExp(`(^|[^\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(code);
    const missing = [...fields].filter((name) => !named(name));
    expect(missing).toEqual([]);
  });
});

describe("collaborative workshops (seed 000)", () => {
  let convening: Convening;
  let sessions: Convening["sessions"];
  beforeAll(() => {
    convening = parseConvening(load("collaborative-workshops-2021.json"));
    sessions = convening.sessions;
  });

  it("starts the first workshop at 2021-03-23T15:20:00Z, 11:20 EDT", () => {
    expect(utc(sessions[0]!.start)).toBe("2021-03-23T15:20:00.000Z");
  });

  it("runs three concurrent breakouts 11:20–12:05 EDT on day 1 and four 11:00–11:45 EDT on day 2", () => {
    const slots = sessions.map((s) => `${utc(s.start)}/${utc(s.end)}`);
    expect(slots).toEqual([
      ...Array(3).fill("2021-03-23T15:20:00.000Z/2021-03-23T16:05:00.000Z"),
      ...Array(4).fill("2021-03-24T15:00:00.000Z/2021-03-24T15:45:00.000Z"),
    ]);
  });

  it("keeps every session in New York's zone of intent over the two days", () => {
    expect([convening.startDate, convening.endDate]).toEqual(["2021-03-23", "2021-03-24"]);
    expect(new Set(sessions.map((s) => s.timeZone))).toEqual(new Set(["America/New_York"]));
  });

  it("shows times in New York, London and Nairobi (EDT, GMT and EAT that week)", () => {
    expect(convening.displayZones).toEqual(["America/New_York", "Europe/London", "Africa/Nairobi"]);
    const at = new Date(sessions[0]!.start);
    expect(
      ["America/New_York", "Europe/London", "Africa/Nairobi"].map((z) => offsetMinutes(z, at)),
    ).toEqual([-240, 0, 180]);
  });

  it("carries all seven titles of the page", () => {
    expect(sessions.map((s) => localize(s.title))).toEqual([
      "Communities Organizing for Their Development",
      "A ‘People-First’ Approach to Decolonizing Aid",
      "The Power of a Story",
      "Role of Community Engagement in Urban Slums",
      "Bridging the Gap between Bi-Lateral Programming and Local Actors",
      "Building Peace Through Social Entrepreneurship",
      "Women's Empowerment: The Spirit, Power, & Politics",
    ]);
    for (const s of sessions) expect(localize(s.description)?.length).toBeGreaterThan(200);
  });

  it("puts concurrent sessions in different online rooms whose links stay private", () => {
    for (const start of new Set(sessions.map((s) => s.start))) {
      const rooms = sessions.filter((s) => s.start === start).map((s) => s.venueId);
      expect(new Set(rooms).size).toBe(rooms.length);
    }
    for (const venue of convening.venues)
      expect(venue).toMatchObject({ kind: "online", public: false });
  });

  it("links the pre-reading materials from the ‘people-first’ session", () => {
    const session = sessions.find((s) => s.id === "people-first-decolonizing-aid")!;
    expect(session.materials.map((m) => m.title)).toEqual(["Pre-reading materials"]);
  });

  it("names the organizations of the page", () => {
    expect(convening.organizations.map((o) => o.name)).toEqual([
      "Global Alliance for Communities",
      "The Bridgespan Group",
      "Local Coalition Accelerator",
    ]);
  });

  it("marks every invented person as a placeholder", () => {
    for (const person of convening.people)
      expect(localize(person.bio)).toMatch(/^Sample .*placeholder/);
  });
});

describe("Leave No One Behind info session (seed 002)", () => {
  let convening: Convening;
  let session: Session;
  beforeAll(() => {
    convening = parseConvening(load("lnob-info-session-2022.json"));
    session = convening.sessions[0]!;
  });
  const person = (id: string) => convening.people.find((p) => p.id === id)!;
  const organization = (id: string) => convening.organizations.find((o) => o.id === id)!;

  it("runs 11:00–12:30 CET on Wednesday 23 November 2022, 10:00–11:30 UTC", () => {
    expect(convening.timeZone).toBe("Europe/Brussels");
    expect(session.start).toBe("2022-11-23T11:00:00+01:00");
    expect([utc(session.start), utc(session.end)]).toEqual([
      "2022-11-23T10:00:00.000Z",
      "2022-11-23T11:30:00.000Z",
    ]);
    expect(weekdayOf(convening.startDate)).toBe(3);
  });

  it("has the five speakers of the page and Peter Koblowsky as moderator, with their titles", () => {
    const lineUp = session.participants.map((p) => {
      const who = person(p.memberId);
      const aff = who.affiliations[0]!;
      return `${p.role}: ${who.name}, ${aff.title} - ${organization(aff.organizationId).shortName ?? organization(aff.organizationId).name}`;
    });
    expect(lineUp).toEqual([
      "speaker: Philippe Latriche, Advisor SDGs and Inequalities - INTPA",
      "speaker: Annie Namala, Convener - WNTA",
      "speaker: Linh Phuong Nguyen, Executive Director - MSD",
      "speaker: Deepesh Paul Thakur, Senior Director, Local to Global Advocacy and Impact - World Vision International",
      "speaker: Konok Roy, Deputy Secretary - National Child Forum",
      "moderator: Peter Koblowsky, Senior Partnership Manager - International Civil Society Centre",
    ]);
  });

  it("is held in English with the Q&A in English", () => {
    expect(convening.languages).toEqual(["en"]);
    expect(session.languages).toEqual(["en"]);
    expect(session.qaLanguage).toBe("en");
  });

  it("happens at the venue called InfoPoint, organised by the International Partnerships InfoPoint", () => {
    const venue = convening.venues.find((v) => v.id === session.venueId)!;
    expect(venue.name).toBe("InfoPoint");
    expect(convening.organizers.map((id) => organization(id).name)).toEqual([
      "International Partnerships InfoPoint",
    ]);
  });

  it("asks people to register and carries the page's tags", () => {
    expect(convening.registration?.required).toBe(true);
    expect(convening.tags).toEqual(["the EU's international role", "international cooperation"]);
  });
});

describe("Capacity Builder Convergences (seed 003)", () => {
  let convening: Convening;
  let series: Series;
  let dates: string[];
  beforeAll(() => {
    convening = parseConvening(load("capacity-builder-convergences.json"));
    series = convening.series[0]!;
    dates = [series.firstDate, ...series.extraDates];
  });

  it("meets on the real dates, about once a quarter, from April 2022 to Tuesday 17 October 2023", () => {
    expect(series.rule).toBeUndefined();
    expect(dates.map((d) => d.slice(0, 7))).toEqual([
      "2022-04",
      "2022-06",
      "2022-09",
      "2022-11",
      "2023-02",
      "2023-05",
      "2023-07",
      "2023-10",
    ]);
    expect(dates.at(-1)).toBe("2023-10-17");
    for (const date of dates) expect(weekdayOf(date)).toBe(2);
  });

  it("meets 15:00–17:00 UTC", () => {
    expect([series.timeZone, series.startTime, durationMinutes(series.duration)]).toEqual([
      "UTC",
      "15:00",
      120,
    ]);
  });

  it("spans the series with the convening's dates", () => {
    expect([convening.startDate, convening.endDate]).toEqual([dates[0], dates.at(-1)]);
  });

  it("carries each theme of the page on its meeting", () => {
    for (const o of series.overrides) expect(dates).toContain(o.date);
    const themes = Object.fromEntries(
      series.overrides.filter((o) => o.title).map((o) => [o.date, localize(o.title)]),
    );
    expect(themes).toMatchObject({
      "2022-09-20": "The business side of capacity building",
      "2022-11-15": "Facilitating Power and Power Dynamics",
      "2023-02-21": "All Things Facilitation",
      "2023-05-16": "Navigating and Nurturing Organizational Culture",
      "2023-07-18": "Time management",
      "2023-10-17": "Philosophy, Practice and Purposes of Our Capacity Building",
    });
  });

  it("is free, co-organised by FabRiders and Aspiration, tagged #CapacityCon", () => {
    expect(convening.registration?.fee).toBe("free");
    expect(localize(convening.registration?.instructions)).toContain("just email us");
    expect(convening.organizers).toEqual(["fabriders", "aspiration"]);
    expect(convening.tags).toEqual(["#CapacityCon"]);
  });
});

describe("WE Alliance exploratory committee (seed 001)", () => {
  let people: Member[];
  let series: Series;
  let group: Group;
  beforeAll(() => {
    const convening = parseConvening(load("we-alliance-exploratory-committee-2011.json"));
    people = convening.people;
    series = convening.series[0]!;
    group = convening.groups.find((g) => g.id === series.groupId)!;
  });

  it("has 19 members, all of them in the committee that meets", () => {
    expect(people).toHaveLength(19);
    expect([...group.memberIds].sort()).toEqual(people.map((p) => p.id).sort());
  });

  it("spreads the members across zones from Honolulu to Auckland", () => {
    const at = new Date("2011-07-27T14:00:00Z");
    const byOffset = [...people].sort(
      (a, b) => offsetMinutes(a.timeZone!, at) - offsetMinutes(b.timeZone!, at),
    );
    expect([byOffset[0]!.timeZone, byOffset.at(-1)!.timeZone]).toEqual([
      "Pacific/Honolulu",
      "Pacific/Auckland",
    ]);
    expect(people.map((p) => p.timeZone)).toEqual(
      expect.arrayContaining(["Africa/Cairo", "Asia/Kolkata", "America/Sao_Paulo", "Europe/Paris"]),
    );
    expect(people.filter((p) => p.availability !== undefined).length).toBeGreaterThanOrEqual(2);
  });

  it("calls every other Wednesday at 14:00 UTC from the initial call on 27 July 2011 into November", () => {
    expect(weekdayOf(series.firstDate)).toBe(3);
    expect(series).toMatchObject({ firstDate: "2011-07-27", timeZone: "UTC", startTime: "14:00" });
    expect(series.rule).toMatchObject({ freq: "weekly", interval: 2, byWeekday: ["we"] });
    expect(series.rule?.until?.slice(0, 7)).toBe("2011-11");
    expect(localize(series.overrides[0]?.title)).toBe("Initial call");
  });

  it("keeps every member's e-mail away from the public", () => {
    for (const member of people) {
      expect(fieldVisibility(member, "email")).toBe("private");
      expect(redactMember(member, "public")?.email).toBeUndefined();
    }
  });
});

describe("capacity builders directory (seed 004)", () => {
  const raw = load("capacity-builders-directory.json");
  let directory: Directory;
  beforeAll(() => {
    directory = parseDirectory(raw);
  });
  const member = (id: string) => directory.members.find((m) => m.id === id)!;

  it("lists the practice areas of the post", () => {
    const areas = new Set(directory.members.flatMap((m) => m.practiceAreas));
    for (const area of [
      "training design",
      "digital security",
      "data literacy",
      "facilitation",
      "campaigning",
      "network weaving",
    ]) {
      expect(areas).toContain(area);
    }
  });

  it("names the organizations of the post", () => {
    expect(directory.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        "Mobilisation Lab",
        "Rockefeller Brothers Fund",
        "Alliance for Nonprofit Management",
        "Vitalyst Health Foundation",
      ]),
    );
  });

  it("has public, network and private members, each shown only to those allowed", () => {
    const seenBy = (m: Member) =>
      (["public", "network", "private"] as const).filter((a) => redactMember(m, a) !== undefined);
    expect(new Set(directory.members.map((m) => m.visibility))).toEqual(
      new Set(["public", "network", "private"]),
    );
    expect(seenBy(member("seun-a"))).toEqual(["public", "network", "private"]);
    expect(seenBy(member("jonas-e"))).toEqual(["network", "private"]);
    expect(seenBy(member("priyanka-d"))).toEqual(["private"]);
  });

  it("shows e-mails to organisers only", () => {
    const withEmail = directory.members.filter((m) => m.email !== undefined);
    expect(withEmail.length).toBeGreaterThan(5);
    for (const m of withEmail) {
      expect(redactMember(m, "network")?.email).toBeUndefined();
      expect(redactMember(m, "private")?.email).toBe(m.email);
    }
  });

  it("hides a field its member set private, while the rest of the member stays visible", () => {
    const tariq = redactMember(member("tariq-b"), "network")!;
    expect(tariq.location).toBeUndefined();
    expect(tariq.timeZone).toBeUndefined();
    expect(tariq.practiceAreas).toContain("digital security");
  });

  it("lets a convening name its participants by directory id", () => {
    const convening = {
      id: "peer-learning-2017-09",
      title: "Peer learning circle",
      timeZone: "Europe/London",
      startDate: "2017-09-21",
      endDate: "2017-09-21",
      sessions: [
        {
          id: "circle",
          title: "What’s working and what’s not",
          start: "2017-09-21T15:00:00+01:00",
          end: "2017-09-21T16:30:00+01:00",
          participants: [{ memberId: "ines-g", role: "facilitator" }],
        },
      ],
    };
    expect(parseConvening(convening, { directory: raw }).sessions[0]!.participants).toHaveLength(1);
    expect(safeParseConvening(convening).error?.issues.map((i) => i.code)).toEqual([
      "unknown_reference",
    ]);
  });
});
