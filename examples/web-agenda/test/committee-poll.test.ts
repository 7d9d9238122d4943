import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import committeeJson from "../../data/we-alliance-exploratory-committee-2011.json";
import { bestSlots, committeeOf } from "../src/committee-plan.js";
import { samplePoll } from "../src/committee-poll.js";

const committee = committeeOf(parseConvening(committeeJson));

describe("samplePoll", () => {
  const slots = bestSlots(committee, "2011-07-27");
  const poll = samplePoll(committee, "2011-07-27", slots);

  it("tallies every ranked slot and the whole day, one vote per member on each", () => {
    expect(poll.map((t) => t.id).sort()).toEqual(
      ["slot-1", "slot-2", "slot-3", "slot-4", "slot-5", "whole-day"].sort(),
    );
    for (const t of poll)
      expect(t.yes.length + t.ifNeedBe.length + t.no.length).toBe(committee.members.length);
  });

  it("ranks by yes, then if-need-be", () => {
    for (let i = 1; i < poll.length; i++) {
      const [a, b] = [poll[i - 1]!, poll[i]!];
      expect(
        a.yes.length > b.yes.length ||
          (a.yes.length === b.yes.length && a.ifNeedBe.length >= b.ifNeedBe.length),
      ).toBe(true);
    }
  });

  it("keeps the whole day's date for every member, from Honolulu to Auckland", () => {
    const day = poll.find((t) => t.id === "whole-day")!;
    expect(new Set(day.seen.map((s) => s.start))).toEqual(new Set(["2011-07-27"]));
  });

  it("says no for a member the slot puts in their sleep hours", () => {
    const slot = poll.find((t) => t.id === "slot-1")!;
    const sleepers = slots[0]!.local.filter((l) => l.asleep).map((l) => l.id);
    expect(slot.no).toEqual(sleepers);
  });
});
