import { describe, expect, it } from "vitest";
import { parseConvening } from "../src/index.js";
import { expectIssue, expectValid, issuesOf, workshops } from "./support/documents.js";

const directory = {
  members: [
    { id: "mwende", name: "Mwende Kiilu", affiliations: [{ organizationId: "kenya-cso-forum" }] },
  ],
  organizations: [
    { id: "kenya-cso-forum", name: "Kenya CSO Forum", kind: "coalition", country: "KE" },
  ],
  groups: [{ id: "exploratory-committee", name: "Exploratory committee", memberIds: ["mwende"] }],
  series: [
    {
      id: "convergences",
      title: "Capacity Builders Convergence",
      timeZone: "UTC",
      firstDate: "2021-03-23",
      startTime: "15:00",
      duration: "PT2H",
    },
  ],
};

const series = {
  id: "committee-calls",
  title: "Committee calls",
  timeZone: "America/New_York",
  firstDate: "2021-03-23",
  startTime: "10:00",
  duration: "PT1H",
};

describe("references", () => {
  describe("session participants", () => {
    it("resolve against the convening's people", () => {
      expectValid(workshops());
    });

    it("report a member nobody defines", () => {
      const doc = workshops();
      doc.sessions![0]!.participants = [{ memberId: "ghost", role: "speaker" }];
      expectIssue(
        doc,
        "unknown_reference",
        ["sessions", 0, "participants", 0, "memberId"],
        '"ghost"',
      );
    });

    it("resolve against the directory's members when one is given", () => {
      const doc = workshops();
      doc.sessions![0]!.participants = [{ memberId: "mwende", role: "facilitator" }];
      expect(() => parseConvening(doc)).toThrow();
      expect(parseConvening(doc, { directory }).sessions[0]!.participants[0]!.memberId).toBe(
        "mwende",
      );
    });
  });

  describe("session venues", () => {
    it("report a venue the convening does not list", () => {
      const doc = workshops();
      doc.sessions![1]!.venueId = "room-b";
      expectIssue(doc, "unknown_reference", ["sessions", 1, "venueId"], '"room-b"');
    });
  });

  describe("session series", () => {
    it("resolve against the convening's series and the directory's", () => {
      const doc = { ...workshops(), series: [series] };
      doc.sessions![0]!.seriesId = "committee-calls";
      doc.sessions![1]!.seriesId = "convergences";
      expectIssue(doc, "unknown_reference", ["sessions", 1, "seriesId"], '"convergences"');
      expectValid(doc, { directory });
    });
  });

  describe("organizers", () => {
    it("may be organizations or people", () => {
      expectValid({ ...workshops(), organizers: ["global-alliance", "amina"] });
    });

    it("report an id that is neither", () => {
      expectIssue(
        { ...workshops(), organizers: ["amina", "fabriders"] },
        "unknown_reference",
        ["organizers", 1],
        '"fabriders"',
      );
    });

    it("resolve against the directory's organizations", () => {
      expectValid({ ...workshops(), organizers: ["kenya-cso-forum", "mwende"] }, { directory });
    });
  });

  describe("affiliations", () => {
    it("report an organization nobody defines", () => {
      const doc = workshops();
      doc.people![0]!.affiliations = [
        { organizationId: "global-alliance" },
        { organizationId: "unicef" },
      ];
      expectIssue(
        doc,
        "unknown_reference",
        ["people", 0, "affiliations", 1, "organizationId"],
        '"unicef"',
      );
    });

    it("resolve against the directory's organizations", () => {
      const doc = workshops();
      doc.people![0]!.affiliations = [{ organizationId: "kenya-cso-forum" }];
      expectValid(doc, { directory });
    });
  });

  describe("group members", () => {
    it("report a member nobody defines", () => {
      const doc = {
        ...workshops(),
        groups: [{ id: "g", name: "Steering group", memberIds: ["amina", "zed"] }],
      };
      expectIssue(doc, "unknown_reference", ["groups", 0, "memberIds", 1], '"zed"');
    });

    it("report a member listed twice", () => {
      const doc = {
        ...workshops(),
        groups: [{ id: "g", name: "Steering group", memberIds: ["amina", "amina"] }],
      };
      expectIssue(doc, "duplicate_id", ["groups", 0, "memberIds", 1], '"amina"');
    });
  });

  describe("series groups and venues", () => {
    it("report a group nobody defines", () => {
      expectIssue(
        { ...workshops(), series: [{ ...series, groupId: "board" }] },
        "unknown_reference",
        ["series", 0, "groupId"],
        '"board"',
      );
    });

    it("resolve a group against the directory", () => {
      expectValid(
        { ...workshops(), series: [{ ...series, groupId: "exploratory-committee" }] },
        { directory },
      );
    });

    it("report an unknown venue on the series and on an override", () => {
      const doc = {
        ...workshops(),
        series: [
          { ...series, venueId: "cellar", overrides: [{ date: "2021-04-23", venueId: "roof" }] },
        ],
      };
      expectIssue(doc, "unknown_reference", ["series", 0, "venueId"], '"cellar"');
      expectIssue(doc, "unknown_reference", ["series", 0, "overrides", 0, "venueId"], '"roof"');
    });
  });

  describe("registrations", () => {
    it("name a member and either a session or the convening", () => {
      expectValid({
        ...workshops(),
        registrations: [
          { memberId: "amina", target: "collaborative-workshops-2021" },
          { memberId: "dirk", target: "urban-slums", status: "waitlisted" },
        ],
      });
    });

    it("report an unknown member and an unknown target", () => {
      const doc = {
        ...workshops(),
        registrations: [{ memberId: "ghost", target: "closing-party" }],
      };
      expectIssue(doc, "unknown_reference", ["registrations", 0, "memberId"], '"ghost"');
      expectIssue(doc, "unknown_reference", ["registrations", 0, "target"], '"closing-party"');
    });

    it("do not accept a series id as a target", () => {
      const doc = {
        ...workshops(),
        series: [series],
        registrations: [{ memberId: "amina", target: "committee-calls" }],
      };
      expectIssue(doc, "unknown_reference", ["registrations", 0, "target"], '"committee-calls"');
    });
  });

  describe("parentSeriesId", () => {
    it("is checked against the directory when one is given", () => {
      const doc = { ...workshops(), parentSeriesId: "convergences" };
      expectValid(doc, { directory });
      expectIssue(
        { ...doc, parentSeriesId: "summits" },
        "unknown_reference",
        ["parentSeriesId"],
        '"summits"',
        { directory },
      );
    });

    it("is left alone without a directory, since the series lives elsewhere", () => {
      expectValid({ ...workshops(), parentSeriesId: "summits" });
    });
  });

  describe("the directory option", () => {
    it("reports the directory's own shape problems under $directory", () => {
      const issues = issuesOf(workshops(), { directory: { members: [{ id: "x" }] } });
      expect(issues).toEqual([
        {
          path: ["$directory", "members", 0, "name"],
          code: "invalid_type",
          message: "is required (expected string)",
        },
      ]);
    });

    it("reports a directory that is not an object", () => {
      expect(issuesOf(workshops(), { directory: 7 })).toEqual([
        expect.objectContaining({ path: ["$directory"], code: "invalid_type" }),
      ]);
    });
  });
});
