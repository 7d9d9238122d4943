import { PENALTY } from "@convening/time";
import { describe, expect, it } from "vitest";
import { costLevel, formatCost } from "../src/cost-scale.js";

describe("costLevel", () => {
  it("names a cost of 0 'in hours'", () => {
    expect(costLevel({ cost: 0, asleep: false })).toEqual({ level: 0, label: "in hours" });
  });
  it("calls up to an evening's penalty a stretch, and more late/early", () => {
    expect(costLevel({ cost: 0.5, asleep: false }).label).toBe("stretch");
    expect(costLevel({ cost: PENALTY.evening, asleep: false }).label).toBe("stretch");
    expect(costLevel({ cost: PENALTY.evening + 0.25, asleep: false })).toEqual({
      level: 2,
      label: "late/early",
    });
  });
  it("puts any meeting that reaches into sleep hours on the top step, even at a low mean cost", () => {
    expect(costLevel({ cost: 1.5, asleep: true })).toEqual({ level: 3, label: "asleep" });
  });
});

describe("formatCost", () => {
  it("drops float noise and trailing zeros", () => {
    expect(formatCost(0.1 + 0.2)).toBe("0.3");
    expect(formatCost(20)).toBe("20");
    expect(formatCost(2.256)).toBe("2.26");
  });
});
