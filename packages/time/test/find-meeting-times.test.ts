import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findMeetingTimes,
  InvalidTimeArgumentError,
  InvalidZoneError,
  MAX_WEIGHT,
  type MeetingParticipant,
  PENALTY,
} from "../src/index.js";
import { committee } from "./fixtures.js";

const week = { from: "2021-07-26T00:00:00Z", to: "2021-08-02T00:00:00Z" };

describe("findMeetingTimes", () => {
  it("finds a time inside everyone's working hours when one exists, cost 0", () => {
    const [best] = findMeetingTimes({
      participants: [
        { id: "jean", timeZone: "Europe/London" },
        { id: "wanjiru", timeZone: "Africa/Nairobi" },
      ],
      duration: 60,
      ...week,
    });
    expect(best).toMatchObject({
      start: "2021-07-26T08:00:00Z",
      end: "2021-07-26T09:00:00Z",
      cost: 0,
      asleep: 0,
    });
    expect(best!.local).toEqual([
      { id: "jean", start: "2021-07-26T09:00:00+01:00", cost: 0, asleep: false },
      { id: "wanjiru", start: "2021-07-26T11:00:00+03:00", cost: 0, asleep: false },
    ]);
  });

  it("returns slots sorted by cost, then start", () => {
    const slots = findMeetingTimes({
      participants: committee,
      duration: "PT1H",
      ...week,
      limit: 200,
    });
    for (let i = 1; i < slots.length; i++) {
      expect(slots[i]!.cost >= slots[i - 1]!.cost).toBe(true);
      if (slots[i]!.cost === slots[i - 1]!.cost)
        expect(slots[i]!.start > slots[i - 1]!.start).toBe(true);
    }
  });

  it("charges the documented penalties by local hour", () => {
    const one = (start: string, who: MeetingParticipant = { id: "p", timeZone: "UTC" }) =>
      findMeetingTimes({
        participants: [who],
        duration: 60,
        from: start,
        to: new Date(Date.parse(start) + 3_600_000).toISOString(),
        limit: 1,
      })[0]!.local[0]!.cost;
    expect(one("2021-07-26T10:00:00Z")).toBe(PENALTY.available);
    expect(one("2021-07-26T07:00:00Z")).toBe(PENALTY.shoulder);
    expect(one("2021-07-26T20:00:00Z")).toBe(PENALTY.evening);
    expect(one("2021-07-26T22:00:00Z")).toBe(PENALTY.lateOrEarly);
    expect(one("2021-07-26T03:00:00Z")).toBe(PENALTY.sleep);
    expect(one("2021-07-31T10:00:00Z")).toBe(PENALTY.weekend);
    expect(one("2021-07-26T08:30:00Z")).toBe((PENALTY.shoulder + PENALTY.available) / 2);
    expect(one("2021-07-26T10:00:00Z", { id: "p", timeZone: "UTC", weight: 3 })).toBe(0);
    expect(one("2021-07-26T20:00:00Z", { id: "p", timeZone: "UTC", weight: 3 })).toBe(
      3 * PENALTY.evening,
    );
  });

  it("uses each person's own weekend: Friday–Saturday in Riyadh", () => {
    const cost = (start: string) =>
      findMeetingTimes({
        participants: [{ id: "farah", timeZone: "Asia/Riyadh" }],
        duration: 60,
        from: start,
        to: new Date(Date.parse(start) + 3_600_000).toISOString(),
      })[0]!.cost;
    expect(cost("2021-07-30T08:00:00Z")).toBeGreaterThan(0); // Friday 11:00
    expect(cost("2021-08-01T08:00:00Z")).toBe(0); // Sunday 11:00, a workday
    const sunday = (weekend?: MeetingParticipant["weekend"], country?: string) =>
      findMeetingTimes({
        participants: [{ id: "p", timeZone: "Asia/Riyadh", weekend, country }],
        duration: 60,
        from: "2021-08-01T08:00:00Z",
        to: "2021-08-01T09:00:00Z",
      })[0]!.cost;
    expect(sunday(["sa", "su"])).toBeGreaterThan(0);
    expect(sunday(undefined, "FR")).toBeGreaterThan(0);
  });

  it("reads a Member's availability windows in their own zone", () => {
    const member = {
      id: "linh",
      timeZone: "Asia/Ho_Chi_Minh",
      availability: [{ day: "tu" as const, start: "20:00", end: "22:00" }],
    };
    const [best] = findMeetingTimes({ participants: [member], duration: 60, ...week });
    expect(best!.local[0]!.start).toBe("2021-07-27T20:00:00+07:00");
    expect(best!.cost).toBe(0);
  });

  it("lets required people outweigh optional ones", () => {
    const participants: MeetingParticipant[] = [
      { id: "chair", timeZone: "America/New_York" },
      { id: "guest", timeZone: "Asia/Tokyo", required: false },
    ];
    const [best] = findMeetingTimes({ participants, duration: 60, ...week });
    expect(best!.local.find((l) => l.id === "chair")!.cost).toBe(0);
  });

  it("never ranks a slot with someone in their sleep hours above one with nobody there", () => {
    const zones = [
      "Pacific/Honolulu",
      "America/Los_Angeles",
      "America/Sao_Paulo",
      "Europe/London",
      "Africa/Nairobi",
      "Asia/Kolkata",
      "Asia/Kathmandu",
      "Asia/Tokyo",
      "Pacific/Auckland",
      "Pacific/Chatham",
    ];
    const person = fc.record({
      timeZone: fc.constantFrom(...zones),
      weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
      required: fc.boolean(),
    });
    let mixed = 0;
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 400 }),
        (people, day) => {
          const from = Date.UTC(2021, 0, 1) + day * 86_400_000;
          const slots = findMeetingTimes({
            participants: people.map((p, i) => ({ ...p, id: `p${i}` })),
            duration: 90,
            from: new Date(from),
            to: new Date(from + 2 * 86_400_000),
            step: 30,
            limit: 1000,
          });
          const firstWithSleeper = slots.findIndex((s) => s.asleep > 0);
          if (firstWithSleeper > 0) mixed++;
          if (firstWithSleeper >= 0)
            expect(slots.slice(firstWithSleeper).every((s) => s.asleep > 0)).toBe(true);
          for (const s of slots) expect(s.asleep).toBe(s.local.filter((l) => l.asleep).length);
        },
      ),
      { numRuns: 150 },
    );
    // The property was tested on lists holding both kinds of slot, not only on trivial ones.
    expect(mixed).toBeGreaterThan(30);
  });

  it("reads the local clock on each side of a DST change inside the meeting", () => {
    const [slot] = findMeetingTimes({
      participants: [{ id: "cheryl", timeZone: "America/New_York" }],
      duration: 120,
      from: "2021-11-07T05:00:00Z",
      to: "2021-11-07T07:00:00Z",
    });
    // 01:00–01:59 EDT, then 01:00–01:59 EST: two hours of sleep-time penalties.
    expect(slot!.local[0]).toMatchObject({ cost: PENALTY.sleep, asleep: true });
  });

  it("accepts durations and steps as ISO durations", () => {
    const slots = findMeetingTimes({
      participants: [{ id: "p", timeZone: "UTC" }],
      duration: "PT1H30M",
      step: "PT1H",
      from: "2021-07-26T00:00:00Z",
      to: "2021-07-26T03:00:00Z",
      limit: 10,
    });
    expect(slots.map((s) => s.start).sort()).toEqual([
      "2021-07-26T00:00:00Z",
      "2021-07-26T01:00:00Z",
    ]);
  });

  it("rejects bad participants and options, naming them", () => {
    const base = { duration: 60, ...week };
    expect(() => findMeetingTimes({ ...base, participants: [] })).toThrow(InvalidTimeArgumentError);
    expect(() => findMeetingTimes({ ...base, participants: [{ id: "x" }] })).toThrow(
      InvalidZoneError,
    );
    expect(() =>
      findMeetingTimes({ ...base, participants: [{ id: "x", timeZone: "Nowhere" }] }),
    ).toThrow(expect.objectContaining({ path: ["participants", 0, "timeZone"] }));
    expect(() =>
      findMeetingTimes({
        ...base,
        participants: [
          { id: "x", timeZone: "UTC" },
          { id: "x", timeZone: "UTC" },
        ],
      }),
    ).toThrow(/appears twice/);
    expect(() =>
      findMeetingTimes({ ...base, participants: [{ id: "x", timeZone: "UTC", weight: -1 }] }),
    ).toThrow(expect.objectContaining({ path: ["participants", 0, "weight"] }));
    // A weight so large the costs overflow to Infinity − Infinity (NaN) ranks nothing: refused.
    for (const weight of [1e308, Number.POSITIVE_INFINITY, Number.NaN, 1000.5, 0, "2"]) {
      expect(() =>
        findMeetingTimes({
          ...base,
          participants: [
            { id: "ok", timeZone: "UTC" },
            { id: "heavy", timeZone: "Asia/Tokyo", weight: weight as number },
          ],
        }),
      ).toThrow(
        expect.objectContaining({
          name: "InvalidTimeArgumentError",
          path: ["participants", 1, "weight"],
          value: weight,
        }),
      );
    }
    expect(
      findMeetingTimes({
        ...base,
        participants: [{ id: "heaviest", timeZone: "UTC", weight: MAX_WEIGHT }],
      })[0]!.cost,
    ).toBeGreaterThanOrEqual(0);
    expect(() =>
      findMeetingTimes({
        ...base,
        participants: [
          {
            id: "x",
            timeZone: "UTC",
            availability: [{ day: "mon" as never, start: "09:00", end: "10:00" }],
          },
        ],
      }),
    ).toThrow(expect.objectContaining({ path: ["participants", 0, "availability", 0] }));
    expect(() =>
      findMeetingTimes({ ...base, participants: committee, duration: "an hour" }),
    ).toThrow(expect.objectContaining({ path: ["duration"] }));
    expect(() => findMeetingTimes({ ...base, participants: committee, step: 0 })).toThrow(
      expect.objectContaining({ path: ["step"] }),
    );
    expect(() => findMeetingTimes({ ...base, participants: committee, to: week.from })).toThrow(
      expect.objectContaining({ path: ["to"] }),
    );
  });

  it("writes a NaN or infinite step as such in the error message, not as null", () => {
    const base = { duration: 60, participants: committee, ...week };
    expect(() => findMeetingTimes({ ...base, step: Number.NaN })).toThrow(
      /^step = number NaN: must/,
    );
    expect(() => findMeetingTimes({ ...base, step: Number.POSITIVE_INFINITY })).toThrow(
      /^step = number Infinity: must/,
    );
  });
});
