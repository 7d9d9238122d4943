import type { MeetingSlot } from "@convening/time";
import { describe, expect, it } from "vitest";
import { type Committee, quarterHours } from "../src/committee-plan.js";
import { dayBands, shadeOf, slotMarks, wallClock } from "../src/day-bands.js";

const member = (id: string, timeZone: string, extra: object = {}) =>
  ({
    id,
    name: id,
    timeZone,
    languages: [],
    affiliations: [],
    practiceAreas: [],
    links: [],
    visibility: "public",
    fieldVisibility: {},
    ...extra,
  }) as unknown as Committee["members"][number];

const committee = (members: Committee["members"]): Committee =>
  ({ members, series: { duration: "PT1H" }, calls: [] }) as unknown as Committee;

/** A 15-minute slot starting `minute` minutes after 2011-07-27T00:00Z with one person's score. */
const slot = (minute: number, cost: number, asleep = false, id = "a"): MeetingSlot => {
  const start = new Date(Date.parse("2011-07-27T00:00:00Z") + minute * 60_000)
    .toISOString()
    .replace(".000", "");
  const end = new Date(Date.parse(start) + 15 * 60_000).toISOString().replace(".000", "");
  return {
    start,
    end,
    cost,
    asleep: asleep ? 1 : 0,
    local: [{ id, start: start.replace("Z", "+00:00"), cost, asleep }],
    reasons: [],
    band: asleep ? "red" : "green",
  };
};

describe("shadeOf", () => {
  it("shades sleep hours as night whatever the cost", () => {
    expect(shadeOf({ cost: 0, asleep: true })).toBe("night");
    expect(shadeOf({ cost: 20, asleep: true })).toBe("night");
  });
  it("shades a cost of 0 as working hours and any other waking cost as evening", () => {
    expect(shadeOf({ cost: 0, asleep: false })).toBe("working");
    expect(shadeOf({ cost: 1, asleep: false })).toBe("evening");
    expect(shadeOf({ cost: 10, asleep: false })).toBe("evening");
  });
});

describe("dayBands", () => {
  it("merges consecutive stretches of one shade, whatever order the slots come in", () => {
    const slots = [slot(30, 0), slot(0, 20, true), slot(15, 20, true), slot(45, 0), slot(60, 3)];
    expect(dayBands(slots, "2011-07-27T00:00:00Z").get("a")).toEqual([
      { start: 0, end: 30, shade: "night", localStart: "00:00" },
      { start: 30, end: 60, shade: "working", localStart: "00:30" },
      { start: 60, end: 75, shade: "evening", localStart: "01:00" },
    ]);
  });

  it("does not join two stretches of one shade across a gap", () => {
    const bands = dayBands([slot(0, 0), slot(30, 0)], "2011-07-27T00:00:00Z").get("a")!;
    expect(bands.map((s) => [s.start, s.end])).toEqual([
      [0, 15],
      [30, 45],
    ]);
  });

  it("shades Kolkata's day from findMeetingTimes: working 09:00–17:00 IST is 03:30–11:30 UTC", () => {
    const band = dayBands(
      quarterHours(committee([member("arjun", "Asia/Kolkata")]), "2011-07-27"),
      "2011-07-27T00:00:00Z",
    ).get("arjun")!;
    expect(band.find((s) => s.shade === "working")).toEqual({
      start: 210,
      end: 690,
      shade: "working",
      localStart: "09:00",
    });
    // Sleep hours 00:00–06:00 IST: 18:30 UTC to the end of the band (and its first half hour).
    expect(band[0]).toEqual({ start: 0, end: 30, shade: "night", localStart: "05:30" });
    expect(band[band.length - 1]).toEqual({
      start: 1110,
      end: 1440,
      shade: "night",
      localStart: "00:00",
    });
  });

  it("follows a quarter-hour offset: Kathmandu's working day starts at 03:15 UTC", () => {
    const band = dayBands(
      quarterHours(committee([member("sita", "Asia/Kathmandu")]), "2011-07-27"),
      "2011-07-27T00:00:00Z",
    ).get("sita")!;
    expect(band.find((s) => s.shade === "working")?.start).toBe(195);
  });

  it("shades a member's declared availability as working hours, even outside 09:00–17:00", () => {
    const aroha = member("aroha", "Pacific/Auckland", {
      availability: [{ day: "we", start: "20:00", end: "22:30" }],
    });
    const band = dayBands(
      quarterHours(committee([aroha]), "2011-07-27"),
      "2011-07-27T00:00:00Z",
    ).get("aroha")!;
    // Wednesday 20:00–22:30 NZST (UTC+12) is 08:00–10:30 UTC.
    expect(band.filter((s) => s.shade === "working")).toEqual([
      { start: 480, end: 630, shade: "working", localStart: "20:00" },
    ]);
  });

  it("covers the whole UTC day for every member, on a day New York leaves DST too", () => {
    const people = [
      member("a", "America/New_York"),
      member("b", "Asia/Tokyo"),
      member("c", "America/Sao_Paulo"),
    ];
    const bands = dayBands(quarterHours(committee(people), "2011-11-06"), "2011-11-06T00:00:00Z");
    for (const id of ["a", "b", "c"]) {
      const band = bands.get(id)!;
      expect(band[0]!.start).toBe(0);
      expect(band[band.length - 1]!.end).toBe(1440);
      for (let i = 1; i < band.length; i++) expect(band[i]!.start).toBe(band[i - 1]!.end);
    }
  });
});

describe("slotMarks", () => {
  it("places each slot by its share of the UTC day, ranked in the order given", () => {
    const marks = slotMarks(
      [
        {
          start: "2011-07-27T12:00:00Z",
          end: "2011-07-27T13:00:00Z",
          cost: 1,
          asleep: 0,
          local: [],
          reasons: [],
          band: "green",
        },
        {
          start: "2011-07-27T06:00:00Z",
          end: "2011-07-27T07:00:00Z",
          cost: 2,
          asleep: 0,
          local: [],
          reasons: [],
          band: "green",
        },
      ],
      "2011-07-27T00:00:00Z",
    );
    expect(marks.map((m) => [m.rank, m.left])).toEqual([
      [1, 50],
      [2, 25],
    ]);
    for (const m of marks) expect(m.width).toBeCloseTo(100 / 24, 10);
  });
});

describe("wallClock", () => {
  it("reads the wall time an ISO string with offset carries", () => {
    expect(wallClock("2011-07-27T09:00:00+05:30")).toBe("09:00");
  });
});
