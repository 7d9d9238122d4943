import { describe, expect, it } from "vitest";
import { isSafeId, SessionIdSchema } from "../src/index.js";
import { expectIssue, expectValid, issuesOf, workshops } from "./support/documents.js";

const series = {
  id: "power-of-a-story",
  title: "Storytelling circle",
  timeZone: "America/New_York",
  firstDate: "2021-03-23",
  startTime: "10:00",
  duration: "PT1H",
};

describe("duplicate ids", () => {
  it("reports a session id used twice, at the second, naming the first", () => {
    const doc = workshops();
    doc.sessions![1]!.id = "power-of-a-story";
    const issue = expectIssue(doc, "duplicate_id", ["sessions", 1, "id"], '"power-of-a-story"');
    expect(issue.message).toContain("sessions[0].id");
  });

  it("treats sessions and series as one namespace, since both become calendar UIDs", () => {
    const issue = expectIssue(
      { ...workshops(), series: [series] },
      "duplicate_id",
      ["series", 0, "id"],
      '"power-of-a-story"',
    );
    expect(issue.message).toContain("sessions[0].id");
  });

  it("reports duplicates among people, organizations, venues, groups and registrations", () => {
    const doc = workshops();
    doc.people!.push({ id: "amina", name: "Amina J. Mohammed" });
    doc.organizations!.push({ id: "global-alliance", name: "GAC" });
    doc.venues!.push({ id: "main-room", kind: "online", url: "https://meet.example.org/other" });
    doc.groups = [
      { id: "g", name: "One" },
      { id: "g", name: "Two" },
    ];
    doc.registrations = [
      { id: "r1", memberId: "amina", target: "urban-slums" },
      { id: "r1", memberId: "dirk", target: "urban-slums" },
    ];
    expectIssue(doc, "duplicate_id", ["people", 2, "id"], '"amina"');
    expectIssue(doc, "duplicate_id", ["organizations", 1, "id"], '"global-alliance"');
    expectIssue(doc, "duplicate_id", ["venues", 1, "id"], '"main-room"');
    expectIssue(doc, "duplicate_id", ["groups", 1, "id"], '"g"');
    expectIssue(doc, "duplicate_id", ["registrations", 1, "id"], '"r1"');
  });

  it("reports every later use of an id once, each naming the first, across sessions and series", () => {
    const doc = workshops();
    const [first, second] = doc.sessions!;
    // a, b, a, c, b, a among the sessions; then series a and c.
    doc.sessions = ["a", "b", "a", "c", "b", "a"].map((id, i) => ({
      ...(i % 2 === 0 ? first! : second!),
      id,
    }));
    doc.series = [
      { ...series, id: "a" },
      { ...series, id: "c" },
    ];
    const duplicates = issuesOf(doc)
      .filter((issue) => issue.code === "duplicate_id")
      .map((issue) => [issue.path.join("."), /first at ([^)]*)/.exec(issue.message)?.[1]]);
    expect(duplicates).toEqual([
      ["sessions.2.id", "sessions[0].id"],
      ["sessions.4.id", "sessions[1].id"],
      ["sessions.5.id", "sessions[0].id"],
      ["series.0.id", "sessions[0].id"],
      ["series.1.id", "sessions[3].id"],
    ]);
  });

  it("lets different kinds of record share an id", () => {
    const doc = workshops();
    doc.venues![0]!.id = "amina";
    doc.sessions![0]!.venueId = "amina";
    doc.groups = [{ id: "global-alliance", name: "Alliance group" }];
    expectValid(doc);
  });

  it("reports an override date given twice in one series", () => {
    const doc = {
      ...workshops(),
      series: [
        {
          ...series,
          id: "circle",
          overrides: [{ date: "2021-04-01" }, { date: "2021-04-01", status: "cancelled" }],
        },
      ],
    };
    expectIssue(doc, "duplicate_id", ["series", 0, "overrides", 1, "date"], '"2021-04-01"');
  });
});

describe("unsafe ids", () => {
  it("accepts slugs of letters, digits, dot, underscore and dash up to 128", () => {
    for (const id of ["a", "power-of-a-story", "WE_Alliance.2011", "9", "a".repeat(128)]) {
      expect(isSafeId(id), id).toBe(true);
    }
  });

  it("rejects anything that could break a calendar line or a URL", () => {
    for (const id of [
      "",
      "-lead",
      ".hidden",
      "a b",
      "a\r\nb",
      "a@b",
      "a/b",
      "a;b",
      "ü",
      "a".repeat(129),
      "a\u2028",
    ]) {
      expect(isSafeId(id), JSON.stringify(id)).toBe(false);
    }
    expect(isSafeId(42)).toBe(false);
  });

  it("reports an unsafe id on every kind of record, at its path", () => {
    const doc = workshops();
    doc.sessions![0]!.id = "power of a story";
    doc.people![0]!.id = "amina@example.org";
    doc.sessions![0]!.participants = [{ memberId: "amina@example.org", role: "speaker" }];
    expectIssue(doc, "unsafe_id", ["sessions", 0, "id"], '"power of a story"');
    expectIssue(doc, "unsafe_id", ["people", 0, "id"], '"amina@example.org"');
    expectIssue(
      doc,
      "unsafe_id",
      ["sessions", 0, "participants", 0, "memberId"],
      '"amina@example.org"',
    );
  });

  it("reports an unsafe organizer as unsafe_id, not as an ambiguous union", () => {
    expectIssue(
      { ...workshops(), organizers: ["Global Alliance"] },
      "unsafe_id",
      ["organizers", 0],
      '"Global Alliance"',
    );
  });

  it("is what the id schemas check", () => {
    expect(SessionIdSchema.safeParse("a b").success).toBe(false);
    expect(SessionIdSchema.parse("a-b")).toBe("a-b");
  });
});
