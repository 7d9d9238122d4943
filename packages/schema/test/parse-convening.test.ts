import { describe, expect, it } from "vitest";
import {
  ConveningValidationError,
  isConveningValidationError,
  parseConvening,
  safeParseConvening,
} from "../src/index.js";
import { expectIssue, expectValid, issuesOf, workshops } from "./support/documents.js";

describe("parseConvening", () => {
  describe("on a valid document", () => {
    it("fills each session's zone of intent from the convening", () => {
      expect(parseConvening(workshops()).sessions[0]!.timeZone).toBe("America/New_York");
    });

    it("keeps a session's own zone", () => {
      const doc = workshops();
      doc.sessions![0] = {
        ...doc.sessions![0]!,
        timeZone: "Europe/London",
        start: "2021-03-23T15:20:00Z",
        end: "2021-03-23T16:05:00Z",
      };
      expect(parseConvening(doc).sessions[0]!.timeZone).toBe("Europe/London");
    });

    it("applies the documented defaults", () => {
      const convening = parseConvening(workshops());
      expect(convening).toMatchObject({
        status: "scheduled",
        attendanceMode: "online",
        sequence: 0,
        tags: [],
        series: [],
      });
      expect(convening.sessions[1]).toMatchObject({
        kind: "other",
        status: "scheduled",
        sequence: 0,
        languages: [],
        materials: [],
        interpretation: [],
      });
      expect(convening.people[0]).toMatchObject({
        visibility: "public",
        fieldVisibility: {},
        links: [],
      });
      expect(convening.venues[0]).toMatchObject({ public: false, dialIn: [] });
    });

    it("does not change the input document", () => {
      const doc = workshops();
      const before = JSON.stringify(doc);
      parseConvening(doc);
      expect(JSON.stringify(doc)).toBe(before);
    });

    it("accepts a document that names its JSON Schema", () => {
      expectValid({
        ...workshops(),
        $schema: "https://unpkg.com/@convening/schema/schema/convening.schema.json",
      });
    });
  });

  describe("reporting", () => {
    it("reports a misspelt field instead of dropping it and applying the default", () => {
      const doc = workshops();
      doc.sessions![0] = { ...doc.sessions![0]!, timezone: "Africa/Nairobi" } as never;
      expectIssue(doc, "unrecognized_keys", ["sessions", 0], '"timezone"');
    });

    it("accepts $schema at the root, so editors can find the JSON Schema", () => {
      expectValid({
        ...workshops(),
        $schema: "https://unpkg.com/@convening/schema/schema/convening.schema.json",
      });
    });

    it("reports shape and semantic problems together, in one pass", () => {
      const doc = workshops();
      doc.title = "";
      doc.sessions![0] = {
        ...doc.sessions![0]!,
        start: "2021-03-23T11:20:00-05:00",
        venueId: "attic",
      };
      doc.sessions![1] = { ...doc.sessions![1]!, id: "power-of-a-story" };
      const codes = issuesOf(doc).map((i) => i.code);
      expect(codes).toEqual(
        expect.arrayContaining([
          "too_small",
          "offset_mismatch",
          "unknown_reference",
          "duplicate_id",
        ]),
      );
    });

    it("still checks references when the shape is wrong elsewhere", () => {
      const doc = { ...workshops(), startDate: 20210323 };
      doc.sessions![0] = { ...doc.sessions![0]!, venueId: "attic" };
      expect(issuesOf(doc).map((i) => i.code)).toEqual(["invalid_type", "unknown_reference"]);
    });

    it("lists every issue in the error's message, with readable paths", () => {
      const doc = workshops();
      doc.sessions![0] = {
        ...doc.sessions![0]!,
        venueId: "attic",
        participants: [{ memberId: "nobody", role: "speaker" }],
      };
      expect(() => parseConvening(doc)).toThrowError(
        [
          'Invalid convening "collaborative-workshops-2021" (2 issues):',
          '  - sessions[0].venueId: "attic" does not name any venue [unknown_reference]',
          '  - sessions[0].participants[0].memberId: "nobody" does not name any member in people or the directory [unknown_reference]',
        ].join("\n"),
      );
    });

    it("says which field is missing", () => {
      const { title: _, ...doc } = workshops();
      expectIssue(doc, "invalid_type", ["title"], "is required");
    });

    it("bounds every sequence by 2^31 - 1, the largest SEQUENCE calendar readers take", () => {
      const doc = workshops();
      const sessions = doc.sessions as Record<string, unknown>[];
      sessions[0]!.sequence = 2 ** 31 - 1;
      expectValid(doc);
      sessions[0]!.sequence = 2 ** 31;
      const series = {
        id: "calls",
        title: "Calls",
        timeZone: "UTC",
        firstDate: "2021-03-23",
        startTime: "10:00",
        duration: "PT1H",
        sequence: 2 ** 31,
      };
      const big = { ...doc, sequence: 2 ** 31, series: [series] };
      expectIssue(big, "too_big", ["sessions", 0, "sequence"], "2147483648");
      expectIssue(big, "too_big", ["sequence"], "2147483647");
      expectIssue(big, "too_big", ["series", 0, "sequence"], "2147483647");
    });
  });

  describe("non-object input", () => {
    for (const input of [null, undefined, 42, "convening", [], true, Symbol("doc"), () => ({})]) {
      it(`throws ConveningValidationError, not TypeError, for ${typeof input === "symbol" ? "a symbol" : (JSON.stringify(input) ?? typeof input)}`, () => {
        let thrown: unknown;
        try {
          parseConvening(input);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(ConveningValidationError);
        expect((thrown as ConveningValidationError).issues).toEqual([
          expect.objectContaining({ path: [], code: "invalid_type" }),
        ]);
      });
    }

    it("turns an input that throws when read into invalid_input, keeping what was thrown as cause", () => {
      const broken = new Error("revoked");
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      for (const input of [
        proxy,
        {
          get id() {
            throw broken;
          },
        },
      ]) {
        const result = safeParseConvening(input);
        expect(result.success).toBe(false);
        expect(result.error!.issues).toEqual([
          expect.objectContaining({ path: [], code: "invalid_input" }),
        ]);
        expect(result.error!.cause).toBeInstanceOf(Error);
      }
    });

    it("accepts a null options argument", () => {
      expect(() => parseConvening(workshops(), null as never)).not.toThrow();
    });
  });

  describe("safeParseConvening", () => {
    it("returns the data on success", () => {
      const result = safeParseConvening(workshops());
      expect(result.success).toBe(true);
      expect(result.data?.sessions).toHaveLength(2);
      expect(result.error).toBeUndefined();
    });

    it("returns the same error parseConvening throws, without throwing", () => {
      const doc = { ...workshops(), timeZone: "America/Nowhere" };
      const result = safeParseConvening(doc);
      expect(result.success).toBe(false);
      expect(isConveningValidationError(result.error)).toBe(true);
      expect(() => parseConvening(doc)).toThrowError(result.error!.message);
    });

    it("never throws, whatever the input", () => {
      for (const input of [
        null,
        1,
        "x",
        [],
        {},
        { sessions: "many" },
        { sessions: [null, 1, []] },
      ]) {
        expect(safeParseConvening(input).success).toBe(false);
      }
    });
  });
});
