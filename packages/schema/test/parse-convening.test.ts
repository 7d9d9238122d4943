import { describe, expect, it } from "vitest";
import { ConveningValidationError, parseConvening, safeParseConvening } from "../src/index";

const workshops = {
  id: "collaborative-workshops-2021",
  title: "Collaborative Workshops",
  timeZone: "America/New_York",
  displayZones: ["America/New_York", "Europe/London", "Africa/Nairobi"],
  startDate: "2021-03-23",
  endDate: "2021-03-24",
  sessions: [
    {
      id: "power-of-a-story",
      title: "The Power of a Story",
      start: "2021-03-23T11:20:00-04:00",
      end: "2021-03-23T12:05:00-04:00",
    },
  ],
};

describe("parseConvening", () => {
  it("fills each session's zone of intent from the convening", () => {
    expect(parseConvening(workshops).sessions[0]!.timeZone).toBe("America/New_York");
  });

  it("rejects the EST/EDT slip: -05:00 for New York in July", () => {
    const doc = {
      ...workshops,
      startDate: "2021-07-01",
      endDate: "2021-07-01",
      sessions: [{ id: "a", title: "A", start: "2021-07-01T10:00:00-05:00", end: "2021-07-01T11:00:00-04:00" }],
    };
    const result = safeParseConvening(doc);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.code === "offset_mismatch");
    expect(issue?.path).toEqual(["sessions", 0, "start"]);
    expect(issue?.message).toContain("2021-07-01T10:00:00-05:00");
    expect(issue?.message).toContain("-04:00");
  });

  it("throws ConveningValidationError, not TypeError, for non-object input", () => {
    for (const input of [null, 42, "convening", [], undefined]) {
      expect(() => parseConvening(input)).toThrow(ConveningValidationError);
    }
  });
});
