import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import committeeJson from "../../data/we-alliance-exploratory-committee-2011.json";
import {
  BEST_SLOT_COUNT,
  bestSlots,
  committeeOf,
  rotationFor,
  utcDay,
} from "../src/committee-plan.js";

const committee = committeeOf(parseConvening(committeeJson));

describe("committeeOf", () => {
  it("takes the 19 members of the series' group, in the group's order", () => {
    expect(committee.members.map((m) => m.id)).toEqual(committeeJson.groups[0]!.memberIds);
  });

  it("lists the fortnightly Wednesday calls from 27 July to 16 November 2011", () => {
    expect(committee.calls.map((c) => c.date)).toEqual([
      "2011-07-27",
      "2011-08-10",
      "2011-08-24",
      "2011-09-07",
      "2011-09-21",
      "2011-10-05",
      "2011-10-19",
      "2011-11-02",
      "2011-11-16",
    ]);
  });
});

describe("bestSlots", () => {
  it("ranks whole-hour, one-hour slots inside the chosen UTC day, best first", () => {
    const slots = bestSlots(committee, "2011-07-27");
    expect(slots).toHaveLength(BEST_SLOT_COUNT);
    const { from, to } = utcDay("2011-07-27");
    for (const slot of slots) {
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(Date.parse(from));
      expect(Date.parse(slot.end)).toBeLessThanOrEqual(Date.parse(to));
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(3_600_000);
      expect(slot.start).toMatch(/T\d{2}:00:00Z$/);
    }
    const costs = slots.map((s) => s.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });
});

describe("rotationFor", () => {
  const rotation = rotationFor(committee);

  it("plans one call in each fortnight of the series", () => {
    expect(rotation.slots).toHaveLength(committee.calls.length);
    rotation.slots.forEach((slot, i) => {
      const fortnight = Date.parse(`${committee.calls[i]!.date}T00:00:00Z`);
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(fortnight);
      expect(Date.parse(slot.start)).toBeLessThan(fortnight + 14 * 86_400_000);
    });
  });

  it("gives each member a total that is the sum of their costs over the calls", () => {
    rotation.totals.forEach((total, i) => {
      expect(total.id).toBe(committee.members[i]!.id);
      expect(total.cost).toBeCloseTo(
        rotation.slots.reduce((sum, slot) => sum + slot.local[i]!.cost, 0),
        3,
      );
    });
  });

  it("carries a lighter worst load than holding every call at the first call's best time", () => {
    const [best] = bestSlots(committee, committee.calls[0]!.date);
    const repeated = Math.max(...best!.local.map((l) => l.cost * committee.calls.length));
    expect(rotation.worst).toBeLessThan(repeated);
  });
});
