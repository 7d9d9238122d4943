// expandSeries reads the rule from the window's first period on rather than from firstDate. These
// properties hold that to the plain reading: expanding a window gives exactly the occurrences that
// a wide expansion from before firstDate gives and that overlap the window, for random series
// (every frequency, interval, BYxxx part, COUNT and UNTIL, extra dates, exceptions, overrides that
// move, shorten or cancel, zones with DST) and random windows, far from firstDate too.
import { parseSeries, type SeriesInput, type Weekday } from "@convening/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  expandSeries,
  MAX_SERIES_OCCURRENCES,
  MAX_TRANSITION_SPAN_DAYS,
  type SeriesOccurrence,
  zoneTransitions,
} from "../src/index.js";

const DAY_MS = 86_400_000;
const EPOCH_2020 = Date.UTC(2020, 0, 1);
const WEEKDAYS: Weekday[] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
const ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"];
// The wide expansion every window is compared with: it starts before any firstDate and ends after
// any window, extra date or move.
const FULL = { from: "2019-06-01T00:00:00Z", to: "2036-01-01T00:00:00Z" };

const dateOf = (days: number) => new Date(EPOCH_2020 + days * DAY_MS).toISOString().slice(0, 10);

/** `arb` a third of the time, else undefined: rules with every BYxxx part are rare and sparse. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: arb, weight: 1 });

const ruleArb = fc
  .record({
    freq: fc.constantFrom("daily", "weekly", "monthly", "yearly"),
    interval: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 5 })),
    weekdays: sometimes(
      fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 3 }),
    ),
    nth: fc.option(fc.constantFrom(1, 2, -1, 5), { nil: undefined }),
    monthDays: sometimes(
      fc.uniqueArray(fc.constantFrom(1, 13, 29, 31, -1, -31), { minLength: 1, maxLength: 3 }),
    ),
    months: sometimes(
      fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
    ),
    end: fc.oneof(
      fc.constant({}),
      fc.record({ count: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ untilAfter: fc.integer({ min: 0, max: 3000 }) }),
    ),
  })
  .map((r) => {
    const nthAllowed = r.freq === "monthly" || r.freq === "yearly";
    return {
      freq: r.freq,
      interval: r.interval,
      ...(r.weekdays
        ? {
            byWeekday: r.weekdays.map((day) =>
              nthAllowed && r.nth !== undefined ? { day, nth: r.nth } : day,
            ),
          }
        : {}),
      ...(r.monthDays && r.freq !== "weekly" ? { byMonthDay: r.monthDays } : {}),
      ...(r.months ? { byMonth: [...r.months].sort((a, b) => a - b) } : {}),
      end: r.end,
    };
  });

const changeArb = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom("title", "cancel", "move", "time", "duration", "except"),
  shift: fc.integer({ min: -12, max: 12 }),
});

const caseArb = fc.record({
  rule: fc.option(ruleArb, { nil: undefined, freq: 4 }),
  zone: fc.constantFrom(...ZONES),
  firstDay: fc.integer({ min: 0, max: 1500 }),
  // 02:30 falls in a spring-forward gap in New York and London; 01:30 is repeated in the autumn.
  startTime: fc.constantFrom("01:30", "02:30", "09:00", "23:45"),
  duration: fc.constantFrom("PT45M", "PT3H", "P1D", "P3D"),
  extraDays: fc.uniqueArray(fc.integer({ min: 0, max: 4000 }), { maxLength: 4 }),
  changes: fc.array(changeArb, { maxLength: 6 }),
  // Most windows start shortly before an occurrence (the anchor-th of the wide expansion, when
  // there is one), the rest anywhere; most are days long, some a year.
  anchor: fc.option(fc.nat(), { nil: undefined, freq: 4 }),
  windowStart: fc.integer({ min: -60, max: 5000 }),
  windowHours: fc.oneof(fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 24 * 400 })),
  windowShiftMinutes: fc.integer({ min: 0, max: 4 * 24 * 60 }),
  keepExceptions: fc.boolean(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** The series of a case: its rule and dates, then overrides and exceptions on dates it meets on. */
function seriesOf(c: Case): SeriesInput {
  const { end, ...rule } = c.rule ?? { end: {} };
  const base: SeriesInput = {
    id: "s",
    title: "Series",
    timeZone: c.zone,
    firstDate: dateOf(c.firstDay),
    startTime: c.startTime,
    duration: c.duration,
    ...(c.rule
      ? {
          rule: {
            ...(rule as NonNullable<SeriesInput["rule"]>),
            ...("count" in end ? { count: end.count } : {}),
            ...("untilAfter" in end ? { until: dateOf(c.firstDay + end.untilAfter) } : {}),
          },
        }
      : {}),
    extraDates: c.extraDays.map(dateOf),
  };
  const dates = [...new Set(expandSeries(parseSeries(base), FULL).map((o) => o.originalDate))];
  if (dates.length === 0) return base;
  const overrides: NonNullable<SeriesInput["overrides"]> = [];
  const exceptions: string[] = [];
  const used = new Set<string>();
  for (const change of c.changes) {
    const date = dates[change.pick % dates.length]!;
    if (used.has(date)) continue;
    used.add(date);
    const day = (Date.parse(`${date}T00:00:00Z`) - EPOCH_2020) / DAY_MS;
    if (change.kind === "except") exceptions.push(date);
    else if (change.kind === "title") overrides.push({ date, title: "Special" });
    else if (change.kind === "cancel") overrides.push({ date, status: "cancelled" });
    else if (change.kind === "move") overrides.push({ date, newDate: dateOf(day + change.shift) });
    else if (change.kind === "time") overrides.push({ date, startTime: "17:15" });
    else overrides.push({ date, duration: change.shift > 0 ? "P5D" : "PT10M" });
  }
  return { ...base, overrides, exceptions };
}

const overlaps = (o: SeriesOccurrence, from: number, to: number) =>
  Date.parse(o.start) < to && Date.parse(o.end) > from;

describe("expandSeries windows", () => {
  it("gives what a wide expansion gives for the window, wherever the window starts", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const series = parseSeries(seriesOf(c));
        const options = { keepExceptions: c.keepExceptions };
        const full = expandSeries(series, { ...FULL, ...options });
        const anchor = c.anchor === undefined ? undefined : full[c.anchor % full.length];
        const from =
          (anchor ? Date.parse(anchor.start) : EPOCH_2020 + c.windowStart * DAY_MS) -
          c.windowShiftMinutes * 60_000;
        const to = from + c.windowHours * 3_600_000;
        const windowed = expandSeries(series, {
          from: new Date(from),
          to: new Date(to),
          ...options,
        });
        expect(windowed).toEqual(full.filter((o) => overlaps(o, from, to)));
      }),
      { numRuns: 250, seed: 15_2024 },
    );
  });

  it("reads a window eight thousand years after firstDate, with an override further out", () => {
    const series = parseSeries({
      id: "d",
      title: "Every third day",
      timeZone: "Europe/Berlin",
      firstDate: "2000-01-05",
      startTime: "09:00",
      duration: "PT1H",
      rule: { freq: "daily", interval: 3 },
      overrides: [{ date: "9999-12-30", title: "The last" }],
    });
    const first = Date.UTC(2000, 0, 5) / DAY_MS;
    const expected: string[] = [];
    for (let day = Date.UTC(9998, 2, 4) / DAY_MS; day < Date.UTC(9998, 2, 11) / DAY_MS; day++) {
      if ((day - first) % 3 === 0)
        expected.push(`${dateOf(day - EPOCH_2020 / DAY_MS)}T09:00:00+01:00`);
    }
    const week = { from: "9998-03-04T00:00:00+01:00", to: "9998-03-11T00:00:00+01:00" };
    expect(expandSeries(series, week).map((o) => o.start)).toEqual(expected);
    expect(expected).toHaveLength(3);
    const end = { from: "9999-12-29T00:00:00Z", to: "9999-12-31T00:00:00Z" };
    expect(expandSeries(series, end).map((o) => [o.date, o.title])).toEqual([
      ["9999-12-30", "The last"],
    ]);
  });

  it("refuses a window of more than MAX_SERIES_OCCURRENCES occurrences, naming `to`", () => {
    const daily = parseSeries({
      id: "d",
      title: "Daily",
      timeZone: "UTC",
      firstDate: "2000-01-01",
      startTime: "09:00",
      duration: "PT1H",
      rule: { freq: "daily" },
    });
    const to = "9999-12-31T00:00:00Z";
    expect(() => expandSeries(daily, { from: "2000-01-01T00:00:00Z", to })).toThrow(
      expect.objectContaining({
        code: "invalid_argument",
        path: ["to"],
        value: to,
        message: expect.stringContaining(`more than ${MAX_SERIES_OCCURRENCES} occurrences`),
      }),
    );
    // One day more than the cap, refused before a single occurrence is built.
    const over = new Date(Date.UTC(2000, 0, 1) + (MAX_SERIES_OCCURRENCES + 3) * DAY_MS);
    expect(() => expandSeries(daily, { from: "2000-01-01T00:00:00Z", to: over })).toThrow(
      expect.objectContaining({ path: ["to"], value: over }),
    );
  });

  it("checks overrides against COUNT however far the window is", () => {
    const monthly: SeriesInput = {
      id: "m",
      title: "Monthly",
      timeZone: "UTC",
      firstDate: "2021-01-19",
      startTime: "15:00",
      duration: "PT1H",
      rule: { freq: "monthly", byWeekday: [{ day: "tu", nth: 3 }], count: 3 },
    };
    const window = { from: "2500-01-01T00:00:00Z", to: "2500-02-01T00:00:00Z" };
    expect(
      expandSeries(parseSeries({ ...monthly, overrides: [{ date: "2021-03-16" }] }), window),
    ).toEqual([]);
    expect(() =>
      expandSeries(parseSeries({ ...monthly, overrides: [{ date: "2021-04-20" }] }), window),
    ).toThrow(expect.objectContaining({ path: ["series", "overrides", 0, "date"] }));
  });
});

describe("zoneTransitions span", () => {
  it("refuses a range longer than MAX_TRANSITION_SPAN_DAYS, naming `to`", () => {
    expect(() =>
      zoneTransitions("America/New_York", {
        from: "0001-01-01T00:00:00Z",
        to: "9999-12-31T00:00:00Z",
      }),
    ).toThrow(expect.objectContaining({ code: "invalid_argument", path: ["to"] }));
    const from = Date.UTC(1800, 0, 1);
    const tooLong = new Date(from + (MAX_TRANSITION_SPAN_DAYS + 1) * DAY_MS);
    expect(() => zoneTransitions("Europe/London", { from: new Date(from), to: tooLong })).toThrow(
      expect.objectContaining({ path: ["to"], value: tooLong }),
    );
  });
});
