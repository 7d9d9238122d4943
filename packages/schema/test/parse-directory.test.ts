import { describe, expect, it } from "vitest";
import { ConveningValidationError, parseDirectory } from "../src/index.js";

const directory = () => ({
  organizations: [
    { id: "fabriders", name: "FabRiders", kind: "company", country: "US" },
    { id: "kenya-cso-forum", name: "Kenya CSO Forum", kind: "coalition", country: "KE" },
  ],
  members: [
    {
      id: "dirk",
      name: "Dirk Slater",
      affiliations: [{ organizationId: "fabriders", title: "Founder" }],
      practiceAreas: ["facilitation", "digital security"],
      timeZone: "America/Los_Angeles",
    },
    { id: "mwende", name: "Mwende Kiilu", affiliations: [{ organizationId: "kenya-cso-forum" }] },
  ],
  groups: [
    { id: "exploratory-committee", name: "Exploratory committee", memberIds: ["dirk", "mwende"] },
  ],
  series: [
    {
      id: "committee-calls",
      title: "Exploratory committee call",
      timeZone: "America/New_York",
      firstDate: "2011-02-01",
      startTime: "10:00",
      duration: "PT1H",
      rule: { freq: "monthly", byWeekday: [{ day: "tu", nth: 1 }], count: 6 },
      groupId: "exploratory-committee",
    },
  ],
});

function issuesOf(input: unknown) {
  try {
    parseDirectory(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ConveningValidationError);
    return (error as ConveningValidationError).issues;
  }
  throw new Error("expected the directory to be rejected");
}

describe("parseDirectory", () => {
  it("returns the directory with defaults applied", () => {
    const parsed = parseDirectory(directory());
    expect(parsed.members[1]).toMatchObject({
      visibility: "public",
      practiceAreas: [],
      languages: [],
    });
    expect(parsed.series[0]).toMatchObject({
      kind: "meeting",
      exceptions: [],
      rule: { interval: 1 },
    });
    expect(parseDirectory({})).toEqual({ members: [], organizations: [], groups: [], series: [] });
  });

  it("reports duplicate ids, unknown affiliations, group members and series groups together", () => {
    const doc = directory();
    doc.members.push({
      id: "dirk",
      name: "Another Dirk",
      affiliations: [{ organizationId: "tactical-tech" }],
    });
    doc.groups[0]!.memberIds.push("zed");
    doc.series[0]!.groupId = "board";
    expect(issuesOf(doc).map((i) => [i.path.join("."), i.code])).toEqual([
      ["members.2.id", "duplicate_id"],
      ["members.2.affiliations.0.organizationId", "unknown_reference"],
      ["groups.0.memberIds.2", "unknown_reference"],
      ["series.0.groupId", "unknown_reference"],
    ]);
  });

  it("checks series rules and availability windows", () => {
    const doc = directory();
    doc.series[0]!.rule = { freq: "weekly", byWeekday: [{ day: "tu", nth: 1 }], count: 6 };
    (doc.members[1] as Record<string, unknown>).availability = [
      { day: "mo", start: "14:00", end: "13:00" },
    ];
    expect(issuesOf(doc).map((i) => [i.path.join("."), i.code])).toEqual([
      ["series.0.rule.byWeekday.0.nth", "invalid_rule"],
      ["members.1.availability.0.end", "end_before_start"],
    ]);
  });

  it("names the directory in its error", () => {
    expect(() => parseDirectory({ members: "all" })).toThrowError(
      /^Invalid directory \(1 issue\):/,
    );
  });

  it("throws ConveningValidationError for non-object and unreadable input", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(null)[0]!.code).toBe("invalid_type");
    expect(issuesOf(proxy)[0]!.code).toBe("invalid_input");
  });
});
