// BYSETPOS and WKST checked against software we did not write: the `rrule` npm package and
// python-dateutil. The sample is cut into small tests so that each stays far inside the test
// timeout on a loaded machine (the single large cross-check once timed out at 180 s under load).
import { existsSync } from "node:fs";
import { parseSeries, type SeriesInput, type Weekday } from "@convening/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstRuleDate, toRRule } from "../src/index.js";
import { fromDateutil, fromRRuleJs, label, ruleStarts } from "./recurrence-readers.js";

const WEEKDAYS: Weekday[] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
const ZONES = [
  "America/New_York",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Europe/London",
  "UTC",
];
const window = { from: "2020-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z" };
const CHUNKS = 6;
const CHUNK_SIZE = 25;

/** Present in about a third of the rules: each part limits, and rules of every part rarely meet. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: arb, weight: 1 });

const ruleArb = fc
  .record({
    freq: fc.constantFrom("weekly", "monthly", "yearly"),
    interval: fc.integer({ min: 1, max: 3 }),
    weekdays: fc.option(
      fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 5 }),
      { nil: undefined },
    ),
    nth: fc.constantFrom(undefined, undefined, undefined, 1, 2, -1),
    monthDays: sometimes(
      fc.uniqueArray(fc.constantFrom(1, 2, 13, 15, 28, 30, 31, -1, -7), {
        minLength: 1,
        maxLength: 4,
      }),
    ),
    months: sometimes(
      fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 6 }),
    ),
    setPos: fc.option(
      fc.uniqueArray(fc.constantFrom(1, 2, 3, -1, -2, -3), { minLength: 1, maxLength: 2 }),
      { freq: 6, nil: undefined },
    ),
    weekStart: fc.option(fc.constantFrom(...WEEKDAYS), { freq: 2, nil: undefined }),
    end: fc.oneof(
      fc.record({ count: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ until: fc.integer({ min: 20, max: 700 }) }),
    ),
    // A position past every period's set (60th), with UNTIL: with COUNT, a rule that never
    // meets sends rrule.js and dateutil walking to year 9999.
    beyond: fc.boolean(),
  })
  .map((r) => {
    const nthAllowed = r.freq === "monthly" || r.freq === "yearly";
    const byMonthDay = r.monthDays && r.freq !== "weekly" ? r.monthDays : undefined;
    // BYSETPOS needs another BYxxx part; give it weekdays when the draw has none.
    const weekdays =
      r.weekdays ?? (r.setPos && !byMonthDay && !r.months ? ["mo", "we"] : undefined);
    return {
      freq: r.freq,
      interval: r.interval,
      ...(weekdays
        ? {
            byWeekday: weekdays.map((day) =>
              nthAllowed && r.nth !== undefined ? { day, nth: r.nth } : day,
            ),
          }
        : {}),
      ...(byMonthDay ? { byMonthDay } : {}),
      ...(r.months ? { byMonth: r.months.sort((a, b) => a - b) } : {}),
      ...(r.setPos
        ? { bySetPos: r.beyond && "until" in r.end ? [...r.setPos, 60] : r.setPos }
        : {}),
      ...(r.weekStart ? { weekStart: r.weekStart } : {}),
      end: r.end,
    };
  });

const caseArb = fc.record({
  rule: ruleArb,
  zone: fc.constantFrom(...ZONES),
  firstDay: fc.integer({ min: 0, max: 900 }),
  hour: fc.constantFrom("09:00", "15:00", "23:30"),
});

const day = (offset: number) =>
  new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

function sample(): SeriesInput[] {
  return fc
    .sample(caseArb, { seed: 20260105, numRuns: CHUNKS * CHUNK_SIZE })
    .map(({ rule, zone, firstDay, hour }) => {
      const { end, ...rest } = rule;
      return {
        id: "s",
        title: "Series",
        timeZone: zone,
        firstDate: day(firstDay),
        startTime: hour,
        duration: "PT1H",
        rule: {
          ...(rest as NonNullable<SeriesInput["rule"]>),
          ...("count" in end ? { count: end.count } : { until: day(firstDay + end.until) }),
        },
      };
    });
}

// Rules where WKST changes the dates: several weekdays every other (or third) week. The weekday
// pairs straddle every possible week start, so a wrong week boundary moves a date.
function weekStartCases(): SeriesInput[] {
  const out: SeriesInput[] = [];
  for (const weekStart of WEEKDAYS) {
    for (const [i, byWeekday] of [
      ["mo", "su"],
      ["tu", "sa", "su"],
      ["we", "th"],
    ].entries()) {
      out.push({
        id: "s",
        title: "Series",
        timeZone: "America/New_York",
        firstDate: day(40 + i * 3 + WEEKDAYS.indexOf(weekStart)),
        startTime: "10:00",
        duration: "PT1H",
        rule: {
          freq: "weekly",
          interval: 2 + (i % 2),
          byWeekday: byWeekday as Weekday[],
          weekStart,
          count: 12,
        },
      });
    }
  }
  return out;
}

// A rule that never meets (a third Monday in a week limited to February) sends both readers
// walking to year 9999 (dateutil checks UNTIL only in periods that give a date), tens of seconds
// each. Such rules are compared with no reader: the first-date test checks that they give nothing.
const meets = (series: SeriesInput) => {
  const { count: _, until: __, ...rule } = series.rule!;
  return firstRuleDate(parseSeries({ ...series, rule })) !== undefined;
};
const cases = sample();
const chunks = Array.from({ length: CHUNKS }, (_, i) =>
  cases.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE),
);
const rrulejsCanRead = (series: SeriesInput) => !series.rule?.bySetPos?.some((p) => p < 0);
const local = (series: SeriesInput) => ruleStarts(series, window).map((s) => s.slice(0, 16));

describe("BYSETPOS and WKST agree with other implementations", () => {
  it("samples rules with bySetPos, weekStart and both", () => {
    const rules = cases.map((c) => c.rule!);
    expect(rules.filter((r) => r.bySetPos).length).toBeGreaterThan(CHUNK_SIZE * 2);
    expect(rules.filter((r) => r.weekStart).length).toBeGreaterThan(CHUNK_SIZE);
    expect(
      rules.filter((r) => r.bySetPos && r.weekStart && r.freq === "weekly").length,
    ).toBeGreaterThan(3);
    expect(new Set(rules.filter((r) => r.bySetPos).map((r) => r.freq)).size).toBe(3);
    expect(cases.filter(meets).length).toBeGreaterThan(cases.length * 0.8);
    const dates = cases.reduce((n, c) => n + ruleStarts(c, window).length, 0);
    expect(dates).toBeGreaterThan(1000);
    // Enough cases left for rrule.js after those its known bugs exclude.
    expect(cases.filter((c) => c.rule?.bySetPos && rrulejsCanRead(c)).length).toBeGreaterThan(30);
  });

  it("gives the dates WKST moves, as the rrule package and dateutil do", () => {
    const wkst = weekStartCases();
    for (const series of wkst)
      expect(local(series), label(series)).toEqual(fromRRuleJs(series, window));
    // The week start does change these rules' dates: the same rule starting weeks on Monday differs.
    const differing = wkst.filter((s) => {
      const monday = { ...s, rule: { ...s.rule!, weekStart: "mo" as const } };
      return local(monday).join() !== local(s).join();
    });
    expect(differing.length).toBeGreaterThan(wkst.length / 3);
    if (existsSync("/usr/bin/python3")) {
      const { stderr, starts } = fromDateutil(wkst, window);
      expect(stderr).toBe("");
      wkst.forEach((series, i) => {
        expect(ruleStarts(series, window), label(series)).toEqual(starts[i]);
      });
    }
  });

  chunks.forEach((chunk, n) => {
    // rrule.js 2.8 has two BYSETPOS bugs python-dateutil (which it ports) does not: a negative
    // position beyond the period's set picks its first date (jkbrzt/rrule#668), and two positions
    // on one date give it twice (jkbrzt/rrule#669). Its dates are taken once each, and rules with
    // a negative position are left to the dateutil comparison below, which covers every case.
    it(`gives the same local dates and times as the rrule package (cases ${n * CHUNK_SIZE + 1}–${(n + 1) * CHUNK_SIZE})`, () => {
      for (const series of chunk.filter((s) => rrulejsCanRead(s) && meets(s))) {
        expect(local(series), label(series)).toEqual([...new Set(fromRRuleJs(series, window))]);
      }
    });

    it(`finds the first rule date where the starts begin (cases ${n * CHUNK_SIZE + 1}–${(n + 1) * CHUNK_SIZE})`, () => {
      for (const series of chunk) {
        const ours = firstRuleDate(parseSeries(series));
        const [first] = ruleStarts(series, window);
        if (first === undefined) {
          expect(ours === undefined || ours >= "2025-01-01", label(series)).toBe(true);
        } else if (first.slice(0, 10) >= series.firstDate) {
          // A series starting before the window may have met already; only compare when it starts inside.
          if (series.firstDate >= "2020-01-01")
            expect(ours, label(series)).toBe(first.slice(0, 10));
        }
      }
    });

    it.skipIf(!existsSync("/usr/bin/python3"))(
      `gives the same instants, offsets included, as python-dateutil (cases ${n * CHUNK_SIZE + 1}–${(n + 1) * CHUNK_SIZE})`,
      () => {
        const meeting = chunk.filter(meets);
        const { stderr, starts } = fromDateutil(meeting, window);
        expect(stderr).toBe("");
        meeting.forEach((series, i) => {
          expect(ruleStarts(series, window), label(series)).toEqual(starts[i]);
        });
      },
    );
  });

  it("writes BYSETPOS and WKST into the RRULE", () => {
    const series = parseSeries({
      id: "s",
      title: "Last weekday",
      timeZone: "UTC",
      firstDate: "2024-01-01",
      startTime: "09:00",
      duration: "PT1H",
      rule: {
        freq: "monthly",
        byWeekday: ["mo", "tu", "we", "th", "fr"],
        bySetPos: [-1],
        weekStart: "su",
        count: 3,
      },
    });
    expect(toRRule(series)).toBe("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;WKST=SU;COUNT=3");
  });
});
