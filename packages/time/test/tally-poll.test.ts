import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { publicHolidays } from "../src/holidays.js";
import {
  type InvalidTimeArgumentError,
  type PollVote,
  supportedZones,
  tallyPoll,
} from "../src/index.js";

// Voters across the date line: Honolulu (UTC−10) and Kiritimati (UTC+14) are a day apart at
// every hour, so any option that shifted with the viewer's zone would show them different dates.
const ZONES = [
  "Pacific/Honolulu",
  "America/Anchorage",
  "America/New_York",
  "Europe/London",
  "Africa/Nairobi",
  "Asia/Kolkata",
  "Pacific/Auckland",
  "Pacific/Kiritimati",
];
const voters = ZONES.map((timeZone, i) => ({ id: `v${i}`, timeZone }));

describe("tallyPoll", () => {
  it("keeps an all-day option's dates for every voter from Honolulu to Kiritimati", () => {
    const votes: PollVote[] = voters.map((voter) => ({ voter, answers: { day: "yes" } }));
    const [day] = tallyPoll({
      holidays: publicHolidays,
      options: [{ id: "day", date: "2026-03-08", endDate: "2026-03-09" }],
      votes,
    });
    expect(day!.kind).toBe("all-day");
    expect(new Set(day!.seen.map((s) => `${s.start}/${s.end}`))).toEqual(
      new Set(["2026-03-08/2026-03-09"]),
    );
    expect(day!.seen.map((s) => s.timeZone)).toEqual(ZONES);
  });

  it("keeps every all-day date in every zone the runtime knows, and shows instants as luxon does (200 runs)", () => {
    const zones = supportedZones();
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.uniqueArray(fc.constantFrom(...zones), { minLength: 1, maxLength: 6 }),
        (ms, picked) => {
          const date = new Date(ms).toISOString().slice(0, 10);
          const start = new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
          const end = new Date(Math.floor(ms / 60_000) * 60_000 + 3_600_000).toISOString();
          const votes = picked.map((timeZone, i) => ({
            voter: { id: `v${i}`, timeZone },
            answers: {},
          }));
          const tallies = tallyPoll({
            holidays: publicHolidays,
            options: [
              { id: "day", date },
              { id: "call", start, end },
            ],
            votes,
          });
          const day = tallies.find((t) => t.id === "day")!;
          const call = tallies.find((t) => t.id === "call")!;
          for (const seen of day.seen) expect([seen.start, seen.end]).toEqual([date, date]);
          call.seen.forEach((seen, i) => {
            const local = DateTime.fromISO(seen.start, { setZone: true });
            expect(local.toMillis()).toBe(Date.parse(start));
            expect(local.offset).toBe(DateTime.fromISO(start, { zone: picked[i] }).offset);
          });
        },
      ),
      { numRuns: 200, seed: 1213 },
    );
  });

  it("shows an instant option on each voter's clock, a calendar day apart across the date line", () => {
    const votes: PollVote[] = voters.map((voter) => ({ voter, answers: { call: "yes" } }));
    const [call] = tallyPoll({
      holidays: publicHolidays,
      options: [{ id: "call", start: "2026-03-08T20:00:00Z", end: "2026-03-08T21:00:00Z" }],
      votes,
    });
    expect(call!.seen[0]).toEqual({
      id: "v0",
      timeZone: "Pacific/Honolulu",
      start: "2026-03-08T10:00:00-10:00",
      end: "2026-03-08T11:00:00-10:00",
    });
    expect(call!.seen[7]!.start).toBe("2026-03-09T10:00:00+14:00");
    // New York has sprung forward that morning (8 March 2026): the offset each voter saw is theirs.
    expect(call!.seen[2]!.start).toBe("2026-03-08T16:00:00-04:00");
  });

  it("ranks by yes, then if-need-be, then the finder's cost, then the order given", () => {
    const nairobi = { id: "amara", timeZone: "Africa/Nairobi", country: "KE" };
    const newYork = { id: "dana", timeZone: "America/New_York", country: "US" };
    const ranked = tallyPoll({
      holidays: publicHolidays,
      options: [
        { id: "night", start: "2025-12-09T02:00:00Z", end: "2025-12-09T03:00:00Z" },
        { id: "jamhuri", date: "2025-12-12" },
        { id: "morning", start: "2025-12-09T13:00:00Z", end: "2025-12-09T14:00:00Z" },
        { id: "popular", start: "2025-12-10T13:00:00Z", end: "2025-12-10T14:00:00Z" },
      ],
      votes: [
        {
          voter: nairobi,
          answers: {
            night: "if-need-be",
            jamhuri: "if-need-be",
            morning: "if-need-be",
            popular: "yes",
          },
        },
        {
          voter: newYork,
          answers: { night: "yes", jamhuri: "yes", morning: "yes", popular: "yes" },
        },
      ],
    });
    expect(ranked.map((t) => t.id)).toEqual(["popular", "morning", "jamhuri", "night"]);
    expect(ranked[0]).toMatchObject({
      yes: ["amara", "dana"],
      ifNeedBe: [],
      no: [],
      unanswered: [],
    });
    const jamhuri = ranked.find((t) => t.id === "jamhuri")!;
    expect(jamhuri.reasons).toEqual([
      { id: "amara", kind: "holiday", label: "Nairobi: Jamhuri Day" },
    ]);
    expect(jamhuri.band).toBe("yellow");
    expect(ranked.find((t) => t.id === "night")!.band).toBe("red");
  });

  it("counts an option a voter skipped as unanswered", () => {
    const [only] = tallyPoll({
      holidays: publicHolidays,
      options: [{ id: "a", date: "2025-12-09" }],
      votes: [{ voter: { id: "x", timeZone: "UTC" }, answers: {} }],
    });
    expect(only).toMatchObject({ yes: [], unanswered: ["x"], cost: 0, band: "green" });
  });

  it("tallies options without votes at cost 0", () => {
    expect(
      tallyPoll({
        holidays: publicHolidays,
        options: [{ id: "a", date: "2025-12-09" }],
        votes: [],
      }),
    ).toEqual([expect.objectContaining({ id: "a", cost: 0, seen: [] })]);
  });

  const bad: [unknown, (string | number)[]][] = [
    [{ options: [], votes: [] }, ["options"]],
    [{ options: [{ id: "a", date: "2025-02-30" }], votes: [] }, ["options", 0, "date"]],
    [
      { options: [{ id: "a", date: "2025-02-03", endDate: "2025-02-01" }], votes: [] },
      ["options", 0, "endDate"],
    ],
    [
      {
        options: [{ id: "a", start: "2025-02-03T10:00:00Z", end: "2025-02-03T09:00:00Z" }],
        votes: [],
      },
      ["options", 0, "end"],
    ],
    [
      {
        options: [
          { id: "a", date: "2025-02-03" },
          { id: "a", date: "2025-02-04" },
        ],
        votes: [],
      },
      ["options", 1, "id"],
    ],
    [
      {
        options: [{ id: "a", date: "2025-02-03" }],
        votes: [{ voter: { id: "x", timeZone: "UTC" }, answers: { b: "yes" } }],
      },
      ["votes", 0, "answers", "b"],
    ],
    [
      {
        options: [{ id: "a", date: "2025-02-03" }],
        votes: [{ voter: { id: "x", timeZone: "UTC" }, answers: { a: "maybe" } }],
      },
      ["votes", 0, "answers", "a"],
    ],
    [
      {
        options: [{ id: "a", date: "2025-02-03" }],
        votes: [{ voter: { id: "x", timeZone: "Mars/Base" }, answers: {} }],
      },
      ["votes", 0, "voter", "timeZone"],
    ],
  ];
  it.each(bad)("refuses %j at its field", (poll, path) => {
    try {
      tallyPoll(poll as never);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidTimeArgumentError).path).toEqual(path);
      expect((error as { code: string }).code).toMatch(/^invalid_/);
    }
  });
});
