import { parseConvening, parseSeries, type SeriesInput } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { expandSeries, NonexistentTimeError, NotParsedError, toRRule } from "../src/index.js";

const convergence: SeriesInput = {
  id: "capacity-convergence",
  title: "Capacity Builders Convergence",
  timeZone: "UTC",
  firstDate: "2023-10-17",
  startTime: "15:00",
  duration: "PT2H",
  rule: { freq: "monthly", interval: 3, byWeekday: [{ day: "tu", nth: 3 }], count: 8 },
};

const workshop: SeriesInput = {
  id: "tuesday-workshops",
  title: "Collaborative Workshops",
  timeZone: "America/New_York",
  firstDate: "2021-03-02",
  startTime: "11:20",
  duration: "PT45M",
  rule: { freq: "weekly", byWeekday: ["tu"], until: "2021-04-06" },
};

const all = { from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z" };
const starts = (series: SeriesInput, range = all) =>
  expandSeries(parseSeries(series), range).map((o) => o.start);

describe("expandSeries", () => {
  it("expands the convergences' third Tuesday every quarter, 3pm to 5pm UTC", () => {
    const occurrences = expandSeries(parseSeries(convergence), all);
    expect(occurrences.map((o) => o.date)).toEqual([
      "2023-10-17",
      "2024-01-16",
      "2024-04-16",
      "2024-07-16",
      "2024-10-15",
      "2025-01-21",
      "2025-04-15",
      "2025-07-15",
    ]);
    expect(occurrences[0]).toEqual({
      date: "2023-10-17",
      start: "2023-10-17T15:00:00+00:00",
      end: "2023-10-17T17:00:00+00:00",
      status: "scheduled",
      originalDate: "2023-10-17",
      originalStart: "2023-10-17T15:00:00+00:00",
      source: "rule",
      overridden: false,
      moved: false,
    });
  });

  it("keeps 11:20 New York wall time across the DST change", () => {
    expect(starts(workshop)).toEqual([
      "2021-03-02T11:20:00-05:00",
      "2021-03-09T11:20:00-05:00",
      "2021-03-16T11:20:00-04:00",
      "2021-03-23T11:20:00-04:00",
      "2021-03-30T11:20:00-04:00",
      "2021-04-06T11:20:00-04:00",
    ]);
  });

  it("returns only occurrences overlapping [from, to)", () => {
    expect(starts(workshop, { from: "2021-03-16T15:20:00Z", to: "2021-03-30T15:20:00Z" })).toEqual([
      "2021-03-16T11:20:00-04:00",
      "2021-03-23T11:20:00-04:00",
    ]);
    // An occurrence already under way at `from` overlaps the window.
    expect(starts(workshop, { from: "2021-03-23T15:30:00Z", to: "2021-03-23T16:00:00Z" })).toEqual([
      "2021-03-23T11:20:00-04:00",
    ]);
  });

  it("drops exceptions and adds extra dates the rule cannot express", () => {
    const quarterly: SeriesInput = {
      id: "convergences",
      title: "Capacity Builders Convergence",
      timeZone: "UTC",
      firstDate: "2022-04-12",
      startTime: "15:00",
      duration: "PT2H",
      extraDates: [
        "2022-06-14",
        "2022-09-13",
        "2022-11-15",
        "2023-02-14",
        "2023-05-16",
        "2023-07-18",
        "2023-10-17",
      ],
    };
    const occurrences = expandSeries(parseSeries(quarterly), all);
    expect(occurrences.map((o) => [o.date, o.source])).toEqual([
      ["2022-04-12", "extra"],
      ["2022-06-14", "extra"],
      ["2022-09-13", "extra"],
      ["2022-11-15", "extra"],
      ["2023-02-14", "extra"],
      ["2023-05-16", "extra"],
      ["2023-07-18", "extra"],
      ["2023-10-17", "extra"],
    ]);
    const withException = expandSeries(
      parseSeries({ ...workshop, exceptions: ["2021-03-16"] }),
      all,
    ).map((o) => o.date);
    expect(withException).not.toContain("2021-03-16");
    expect(withException).toHaveLength(5);
  });

  it("returns exception dates marked as excepted only when asked to keep them", () => {
    const series = parseSeries({ ...workshop, exceptions: ["2021-03-02", "2021-03-16"] });
    const kept = expandSeries(series, { ...all, keepExceptions: true });
    expect(kept.filter((o) => o.excepted).map((o) => o.date)).toEqual(["2021-03-02", "2021-03-16"]);
    expect(kept.filter((o) => o.excepted).map((o) => o.source)).toEqual(["rule", "rule"]);
    expect(kept).toHaveLength(6);
    expect(expandSeries(series, all).some((o) => "excepted" in o)).toBe(false);
  });

  it("refuses an override of an exception date even when exceptions are kept", () => {
    const series = parseSeries({
      ...workshop,
      exceptions: ["2021-03-16"],
      overrides: [{ date: "2021-03-16", status: "cancelled" }],
    });
    for (const keepExceptions of [false, true]) {
      expect(() => expandSeries(series, { ...all, keepExceptions })).toThrow(
        /is also listed in exceptions; keep one/,
      );
    }
  });

  describe("overrides", () => {
    const overridden: SeriesInput = {
      ...workshop,
      overrides: [
        { date: "2021-03-16", status: "cancelled" },
        {
          date: "2021-03-23",
          newDate: "2021-03-24",
          startTime: "11:00",
          title: "Role of Community Engagement",
        },
        {
          date: "2021-03-30",
          title: { en: "The Power of a Story", fr: "Le pouvoir d'une histoire" },
        },
      ],
    };

    it("returns a cancelled occurrence with status 'cancelled' and its original start", () => {
      const cancelled = expandSeries(parseSeries(overridden), all).find(
        (o) => o.originalDate === "2021-03-16",
      );
      expect(cancelled).toMatchObject({
        status: "cancelled",
        overridden: true,
        moved: false,
        originalStart: "2021-03-16T11:20:00-04:00",
      });
    });

    it("moves an occurrence and keeps the RECURRENCE-ID date and start", () => {
      const moved = expandSeries(parseSeries(overridden), all).find(
        (o) => o.originalDate === "2021-03-23",
      );
      expect(moved).toEqual({
        date: "2021-03-24",
        start: "2021-03-24T11:00:00-04:00",
        end: "2021-03-24T11:45:00-04:00",
        status: "scheduled",
        originalDate: "2021-03-23",
        originalStart: "2021-03-23T11:20:00-04:00",
        source: "rule",
        overridden: true,
        moved: true,
        title: "Role of Community Engagement",
      });
    });

    it("passes on a per-occurrence theme without moving it", () => {
      const themed = expandSeries(parseSeries(overridden), all).find(
        (o) => o.originalDate === "2021-03-30",
      );
      expect(themed).toMatchObject({
        moved: false,
        overridden: true,
        title: { en: "The Power of a Story" },
      });
    });

    it("finds an occurrence moved into the window from outside it", () => {
      const moved = expandSeries(
        parseSeries({ ...workshop, overrides: [{ date: "2021-04-06", newDate: "2021-03-10" }] }),
        { from: "2021-03-10T00:00:00Z", to: "2021-03-11T00:00:00Z" },
      );
      expect(moved.map((o) => [o.start, o.originalDate])).toEqual([
        ["2021-03-10T11:20:00-05:00", "2021-04-06"],
      ]);
    });

    it("marks every occurrence of a cancelled series cancelled", () => {
      expect(
        new Set(
          expandSeries(parseSeries({ ...workshop, status: "cancelled" }), all).map((o) => o.status),
        ),
      ).toEqual(new Set(["cancelled"]));
    });

    it("rejects an override for a date the series does not meet on", () => {
      expect(() =>
        expandSeries(
          parseSeries({ ...workshop, overrides: [{ date: "2021-03-17", title: "Wednesday" }] }),
          all,
        ),
      ).toThrow(
        expect.objectContaining({
          code: "invalid_argument",
          path: ["series", "overrides", 0, "date"],
          value: "2021-03-17",
        }),
      );
    });
  });

  describe("DST policies", () => {
    const early: SeriesInput = {
      id: "early",
      title: "Early call",
      timeZone: "America/New_York",
      firstDate: "2021-03-07",
      startTime: "02:30",
      duration: "PT30M",
      rule: { freq: "weekly", count: 3 },
    };

    it("moves a start in the spring-forward gap forward by default, as calendar clients do", () => {
      expect(starts(early)).toEqual([
        "2021-03-07T02:30:00-05:00",
        "2021-03-14T03:30:00-04:00",
        "2021-03-21T02:30:00-04:00",
      ]);
    });

    it("rejects it with gap: 'reject'", () => {
      expect(() => expandSeries(parseSeries(early), { ...all, gap: "reject" })).toThrow(
        NonexistentTimeError,
      );
    });

    it("takes the earlier or later instant of an ambiguous start by policy", () => {
      const fall = {
        ...early,
        firstDate: "2021-11-07",
        startTime: "01:30",
        rule: { freq: "daily" as const, count: 1 },
      };
      expect(starts(fall)).toEqual(["2021-11-07T01:30:00-04:00"]);
      expect(expandSeries(parseSeries(fall), { ...all, overlap: "later" })[0]!.start).toBe(
        "2021-11-07T01:30:00-05:00",
      );
    });
  });

  describe("rules", () => {
    const base = {
      id: "s",
      title: "S",
      timeZone: "Europe/Paris",
      startTime: "10:00",
      duration: "PT1H",
    };
    const dates = (series: SeriesInput) =>
      expandSeries(parseSeries(series), all).map((o) => o.date);

    it("finds the last Friday of each month", () => {
      expect(
        dates({
          ...base,
          firstDate: "2024-01-26",
          rule: { freq: "monthly", byWeekday: [{ day: "fr", nth: -1 }], count: 4 },
        }),
      ).toEqual(["2024-01-26", "2024-02-23", "2024-03-29", "2024-04-26"]);
    });

    it("skips months without the 31st", () => {
      expect(
        dates({ ...base, firstDate: "2024-01-31", rule: { freq: "monthly", count: 4 } }),
      ).toEqual(["2024-01-31", "2024-03-31", "2024-05-31", "2024-07-31"]);
    });

    it("counts negative month days from the end", () => {
      expect(
        dates({
          ...base,
          firstDate: "2024-01-31",
          rule: { freq: "monthly", byMonthDay: [-1], count: 3 },
        }),
      ).toEqual(["2024-01-31", "2024-02-29", "2024-03-31"]);
    });

    it("meets every other week on two weekdays", () => {
      expect(
        dates({
          ...base,
          firstDate: "2024-01-02",
          rule: { freq: "weekly", interval: 2, byWeekday: ["tu", "th"], count: 5 },
        }),
      ).toEqual(["2024-01-02", "2024-01-04", "2024-01-16", "2024-01-18", "2024-01-30"]);
    });

    it("meets on 29 February only in leap years", () => {
      expect(
        dates({ ...base, firstDate: "2024-02-29", rule: { freq: "yearly", count: 2 } }),
      ).toEqual(["2024-02-29", "2028-02-29"]);
    });

    it("includes a firstDate the rule does not give, marked as extra", () => {
      const occurrences = expandSeries(
        parseSeries({
          ...base,
          firstDate: "2024-01-01",
          rule: { freq: "weekly", byWeekday: ["we"], count: 2 },
        }),
        all,
      );
      expect(occurrences.map((o) => [o.date, o.source])).toEqual([
        ["2024-01-01", "extra"],
        ["2024-01-03", "rule"],
        ["2024-01-10", "rule"],
      ]);
    });

    it("meets daily on weekdays only", () => {
      expect(
        dates({
          ...base,
          firstDate: "2024-01-05",
          rule: { freq: "daily", byWeekday: ["mo", "tu", "we", "th", "fr"], count: 3 },
        }),
      ).toEqual(["2024-01-05", "2024-01-08", "2024-01-09"]);
    });
  });

  describe("arguments", () => {
    it("leaves checking a series to parseSeries, which names every field at fault", () => {
      expect(() => parseSeries({ ...workshop, startTime: "25:00", duration: "2 hours" })).toThrow(
        expect.objectContaining({
          code: "invalid_document",
          issues: [
            expect.objectContaining({ path: ["startTime"] }),
            expect.objectContaining({ path: ["duration"] }),
          ],
        }),
      );
    });

    it("refuses a series parseSeries has not returned, saying to call it", () => {
      for (const call of [
        () => expandSeries(workshop as never, all),
        () => toRRule(workshop as never),
        () => expandSeries({ ...parseSeries(workshop) } as never, all),
        () => toRRule(JSON.parse(JSON.stringify(parseSeries(workshop)))),
      ]) {
        expect(call).toThrow(NotParsedError);
        expect(call).toThrow(expect.objectContaining({ code: "not_parsed", path: ["series"] }));
        expect(call).toThrow(/parseSeries/);
      }
    });

    it("takes the series of a parsed convening as they are", () => {
      const convening = parseConvening({
        id: "workshops",
        title: "Collaborative Workshops",
        timeZone: "America/New_York",
        startDate: "2021-03-01",
        endDate: "2021-04-30",
        series: [workshop],
      });
      expect(toRRule(convening.series[0]!)).toBe(toRRule(parseSeries(workshop)));
    });

    it("has parseSeries report count with until (RFC 5545 §3.3.10)", () => {
      expect(() =>
        parseSeries({ ...workshop, rule: { freq: "weekly", count: 3, until: "2021-04-06" } }),
      ).toThrow(/cannot be combined with count/);
    });

    it("rejects a window that ends before it starts, or has no offset", () => {
      expect(() => expandSeries(parseSeries(workshop), { from: all.to, to: all.from })).toThrow(
        expect.objectContaining({ path: ["to"] }),
      );
      expect(() => expandSeries(parseSeries(workshop), { from: "2021-01-01", to: all.to })).toThrow(
        expect.objectContaining({ path: ["from"] }),
      );
    });

    it("canonicalises the series zone", () => {
      expect(
        expandSeries(parseSeries({ ...workshop, timeZone: "US/Eastern" }), all)[0]!.start,
      ).toBe("2021-03-02T11:20:00-05:00");
      expect(toRRule(parseSeries({ ...workshop, timeZone: "US/Eastern" }))).toBe(
        toRRule(parseSeries(workshop)),
      );
    });

    it("has parseSeries report a zone the runtime does not know", () => {
      expect(() => parseSeries({ ...workshop, timeZone: "Atlantis/Capital" })).toThrow(
        expect.objectContaining({
          issues: [expect.objectContaining({ code: "invalid_zone", path: ["timeZone"] })],
        }),
      );
    });
  });
});

describe("toRRule", () => {
  it("writes the convergences' rule as RFC 5545 RRULE", () => {
    expect(toRRule(parseSeries(convergence))).toBe("FREQ=MONTHLY;INTERVAL=3;BYDAY=3TU;COUNT=8");
  });

  it("writes an until of 9999-12-31 west of UTC as the last second iCalendar can name, not in year 10000", () => {
    const forever = parseSeries({ ...workshop, rule: { freq: "weekly", until: "9999-12-31" } });
    expect(toRRule(forever)).toBe("FREQ=WEEKLY;UNTIL=99991231T235959Z");
    const east = parseSeries({ ...forever, timeZone: "Asia/Tokyo" });
    expect(toRRule(east)).toBe("FREQ=WEEKLY;UNTIL=99991231T145959Z");
  });

  it("writes UNTIL as the last second of the until date in the series' zone, in UTC", () => {
    expect(toRRule(parseSeries(workshop))).toBe("FREQ=WEEKLY;BYDAY=TU;UNTIL=20210407T035959Z");
  });

  it("writes every part in a stable order", () => {
    expect(
      toRRule(
        parseSeries({
          ...workshop,
          rule: {
            freq: "yearly",
            interval: 2,
            byMonth: [3, 9],
            byMonthDay: [1, -1],
            byWeekday: ["mo", { day: "fr", nth: -1 }],
            count: 4,
          },
        }),
      ),
    ).toBe("FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9;BYMONTHDAY=1,-1;BYDAY=MO,-1FR;COUNT=4");
  });

  it("writes every month for a yearly rule on days of the month, which libical and ical.js would read as DTSTART's month", () => {
    const yearly = (rule: object) => toRRule(parseSeries({ ...workshop, rule }))!;
    expect(yearly({ freq: "yearly", byMonthDay: [1, 3], count: 4 })).toBe(
      "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,3;COUNT=4",
    );
    expect(
      yearly({ freq: "yearly", byMonthDay: [1, 2, 3, 4, 5, 6, 7], byWeekday: ["fr"], count: 4 }),
    ).toBe(
      "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7;BYDAY=FR;COUNT=4",
    );
    // An nth weekday counts within the year without BYMONTH: every reader agrees as it stands.
    expect(
      yearly({
        freq: "yearly",
        byMonthDay: [1, 2, 3, 4, 5, 6, 7],
        byWeekday: [{ day: "fr", nth: 1 }],
        count: 4,
      }),
    ).toBe("FREQ=YEARLY;BYMONTHDAY=1,2,3,4,5,6,7;BYDAY=1FR;COUNT=4");
    expect(yearly({ freq: "monthly", byMonthDay: [1, 3], count: 4 })).toBe(
      "FREQ=MONTHLY;BYMONTHDAY=1,3;COUNT=4",
    );
  });

  it("gives undefined for a series without a rule", () => {
    expect(
      toRRule(parseSeries({ ...workshop, rule: undefined, extraDates: ["2021-03-09"] })),
    ).toBeUndefined();
  });
});
