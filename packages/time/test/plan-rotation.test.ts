import { parseSeries } from "@convening/schema";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { publicHolidays } from "../src/holidays.js";
import {
  expandSeries,
  findMeetingTimes,
  InvalidTimeArgumentError,
  planRotation,
} from "../src/index.js";
import { committee } from "./fixtures.js";

// Eight weekly calls, 6 September to 1 November 2021 (before any of the committee's DST changes
// except the southern hemisphere's, which the rotation has to absorb).
const options = {
  participants: committee,
  count: 8,
  duration: "PT1H",
  from: "2021-09-06T00:00:00Z",
  to: "2021-11-01T00:00:00Z",
  step: 30,
};

describe("planRotation", () => {
  const plan = planRotation(options);

  it("plans one meeting in each period, in time order", () => {
    expect(plan.slots).toHaveLength(8);
    plan.slots.forEach((slot, i) => {
      const start = Date.parse(slot.start);
      expect(start).toBeGreaterThanOrEqual(Date.parse(options.from) + i * 7 * 86_400_000);
      expect(start).toBeLessThan(Date.parse(options.from) + (i + 1) * 7 * 86_400_000);
    });
  });

  it("never plans two meetings that overlap, even when the best times straddle a period boundary", () => {
    // 05:00–11:00 UTC in two periods of three hours: every 2-hour slot that ends by 09:45 UTC is
    // cheaper for a person in UTC than the one starting at 08:00, so starting-in-the-period alone
    // would put the first meeting across the boundary and into the second.
    const rotation = planRotation({
      participants: [{ id: "ana", timeZone: "UTC" }],
      count: 2,
      duration: 120,
      from: "2024-01-01T05:00:00Z",
      to: "2024-01-01T11:00:00Z",
    });
    const [first, second] = rotation.slots;
    expect(Date.parse(first!.end)).toBeLessThanOrEqual(Date.parse("2024-01-01T08:00:00Z"));
    expect(Date.parse(second!.start)).toBeGreaterThanOrEqual(Date.parse(first!.end));
  });

  it("reports each person's total, consistent with the slots", () => {
    expect(plan.totals.map((t) => t.id)).toEqual(committee.map((p) => p.id));
    plan.totals.forEach((total, i) => {
      const sum = plan.slots.reduce((acc, slot) => acc + slot.local[i]!.cost, 0);
      expect(total.cost).toBeCloseTo(sum, 3);
      expect(total.asleep).toBe(plan.slots.filter((slot) => slot.local[i]!.asleep).length);
    });
    expect(plan.worst).toBe(Math.max(...plan.totals.map((t) => t.cost)));
  });

  it("shares the inconvenience better than repeating the single best slot", () => {
    const [best] = findMeetingTimes({ ...options, to: "2021-09-13T00:00:00Z" });
    const repeated = committee.map((_, i) => {
      let total = 0;
      for (let week = 0; week < 8; week++) {
        const start = new Date(Date.parse(best!.start) + week * 7 * 86_400_000);
        const [slot] = findMeetingTimes({
          participants: committee,
          duration: 60,
          from: start,
          to: new Date(start.getTime() + 3_600_000),
        });
        total += slot!.local[i]!.cost;
      }
      return total;
    });
    const repeatedWorst = Math.max(...repeated);
    expect(plan.worst).toBeLessThan(repeatedWorst);
    // Nobody is kept awake at night by every call.
    expect(Math.max(...plan.totals.map((t) => t.asleep))).toBeLessThan(8);
  });

  it("with one period, picks a slot no worse for the worst-off than the best single slot", () => {
    const single = planRotation({ ...options, count: 1, to: "2021-09-13T00:00:00Z" });
    const [best] = findMeetingTimes({ ...options, to: "2021-09-13T00:00:00Z" });
    expect(single.worst).toBeLessThanOrEqual(Math.max(...best!.local.map((l) => l.cost)));
  });

  it("does not depend on the machine's zone", () => {
    expect(planRotation(options).slots.map((s) => s.start)).toEqual(plan.slots.map((s) => s.start));
  });

  it("rejects a count that leaves periods too short or empty", () => {
    expect(() => planRotation({ ...options, count: 0 })).toThrow(
      expect.objectContaining({ path: ["count"] }),
    );
    expect(() => planRotation({ ...options, count: 2000 })).toThrow(InvalidTimeArgumentError);
    expect(() =>
      planRotation({ ...options, count: 8, to: "2021-09-14T00:00:00Z", step: 2 * 24 * 60 }),
    ).toThrow(expect.objectContaining({ path: ["step"] }));
  });
});

describe("planRotation on a series", () => {
  // Weekly Tuesday calls from New York across both autumn clock changes (Europe 26 Oct, US 2 Nov
  // 2025), with one date moved off the rule by an exception.
  const series = parseSeries({
    id: "steering",
    title: "Steering calls",
    timeZone: "America/New_York",
    firstDate: "2025-10-07",
    startTime: "09:00",
    duration: "PT1H",
    rule: { freq: "weekly", byWeekday: ["tu"], count: 8 },
    exceptions: ["2025-11-11"],
  });
  const people = [
    { id: "dana", timeZone: "America/New_York" },
    { id: "oliver", timeZone: "Europe/London" },
    { id: "mia", timeZone: "Australia/Sydney" },
  ];
  const plan = planRotation({
    participants: people,
    from: "2025-10-01T00:00:00Z",
    to: "2025-12-01T00:00:00Z",
    series,
    startTimes: ["07:00", "09:00", "17:00"],
  });
  const dates = expandSeries(series, { from: "2025-10-01T00:00:00Z", to: "2025-12-01T00:00:00Z" });

  it("lands on the series' own dates, one meeting per scheduled occurrence", () => {
    expect(dates.map((d) => d.date)).not.toContain("2025-11-11");
    expect(plan.slots.map((s) => zoneDate(s.start, "America/New_York"))).toEqual(
      dates.map((d) => d.date),
    );
  });

  it("keeps the wall time of the series' zone fixed across DST, and says which zone that is", () => {
    expect(plan.wallTimeZone).toBe("America/New_York");
    for (const slot of plan.slots)
      expect(["07:00", "09:00", "17:00"]).toContain(zoneTime(slot.start, "America/New_York"));
  });

  it("shares the burden across the occurrences rather than repeating one time", () => {
    expect(
      new Set(plan.slots.map((s) => zoneTime(s.start, "America/New_York"))).size,
    ).toBeGreaterThan(1);
  });

  it("can hold another zone's wall time instead, and takes the first `count` occurrences", () => {
    const london = planRotation({
      participants: people,
      from: "2025-10-01T00:00:00Z",
      to: "2025-12-01T00:00:00Z",
      series,
      count: 3,
      startTimes: ["12:00", "21:00"],
      wallTimeZone: "Europe/London",
    });
    expect(london.wallTimeZone).toBe("Europe/London");
    expect(london.slots).toHaveLength(3);
    for (const slot of london.slots)
      expect(["12:00", "21:00"]).toContain(zoneTime(slot.start, "Europe/London"));
  });

  it("refuses more meetings than the series has, and a start time that is not HH:mm", () => {
    const base = {
      participants: people,
      from: "2025-10-01T00:00:00Z",
      to: "2025-12-01T00:00:00Z",
      series,
    };
    expect(() => planRotation({ ...base, count: 9 })).toThrow(InvalidTimeArgumentError);
    expect(() => planRotation({ ...base, startTimes: ["7am"] })).toThrowError(
      /startTimes\[0\]|startTimes.0/,
    );
    expect(() => planRotation({ ...base, series: { ...series } })).toThrow(/parse/i);
  });
});

function zoneTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat("HH:mm");
}
function zoneDate(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toISODate()!;
}

describe("planRotation on random series", () => {
  const ZONES = [
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "America/Santiago",
    "Asia/Kolkata",
  ];
  it("puts one meeting on each scheduled date, at an allowed wall time of the fixed zone (40 runs)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.constantFrom("mo", "tu", "we", "th", "fr"),
        fc.uniqueArray(fc.constantFrom("06:30", "09:00", "12:00", "15:30", "20:00"), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.integer({ min: 0, max: 300 }),
        (zone, fixed, day, times, offset) => {
          const first = new Date(Date.UTC(2025, 0, 6) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const s = parseSeries({
            id: "calls",
            title: "Calls",
            timeZone: zone,
            firstDate: first,
            startTime: "10:00",
            duration: "PT1H",
            rule: { freq: "weekly", byWeekday: [day], count: 10 },
          });
          // Two days' margin: an occurrence's date read on a clock far east or west of the
          // series' zone can start the day before in UTC.
          const from = new Date(Date.parse(`${first}T00:00:00Z`) - 2 * 86_400_000).toISOString();
          const to = new Date(Date.parse(from) + 80 * 86_400_000).toISOString();
          const plan = planRotation({
            participants: [
              { id: "a", timeZone: "America/Los_Angeles" },
              { id: "b", timeZone: "Africa/Nairobi" },
            ],
            from,
            to,
            series: s,
            startTimes: times,
            wallTimeZone: fixed,
          });
          const dates = expandSeries(s, { from, to })
            .filter((o) => Date.parse(o.start) >= Date.parse(from))
            .map((o) => o.date);
          expect(plan.wallTimeZone).toBe(fixed);
          expect(plan.slots).toHaveLength(dates.length);
          plan.slots.forEach((slot, i) => {
            const local = DateTime.fromISO(slot.start, { zone: fixed });
            expect(local.toISODate()).toBe(dates[i]);
            expect(times).toContain(local.toFormat("HH:mm"));
          });
        },
      ),
      { numRuns: 40, seed: 42 },
    );
  });
});

describe("planRotation with a holiday calendar", () => {
  // Nairobi alone, on Kenya's Jamhuri Day (Friday 12 December 2025): only the calendar passed as
  // `holidays` makes the day cost, and names it.
  const base = {
    participants: [{ id: "amara", timeZone: "Africa/Nairobi", country: "KE" }],
    count: 1,
    duration: 60,
    from: "2025-12-12T06:00:00Z",
    to: "2025-12-12T12:00:00Z",
    step: 60,
  };

  it("counts the holiday with publicHolidays and not without a calendar", () => {
    const [withCalendar] = planRotation({ ...base, holidays: publicHolidays }).slots;
    const [without] = planRotation(base).slots;
    expect(withCalendar!.reasons).toContainEqual({
      id: "amara",
      kind: "holiday",
      label: "Nairobi: Jamhuri Day",
    });
    expect(without!.reasons.some((r) => r.kind === "holiday")).toBe(false);
    expect(withCalendar!.cost).toBeGreaterThan(without!.cost);
  });
});
