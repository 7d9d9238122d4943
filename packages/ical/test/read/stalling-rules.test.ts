import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { fromICS } from "../../src/read/index.js";
import { stallingRule } from "../../src/read/stalling-rule.js";

const calendar = (lines: readonly string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", ...lines]
    .concat(["END:VEVENT", "END:VCALENDAR", ""])
    .join("\r\n");

describe("rules ical.js's iterator would never finish (kewisch/ical.js#1038)", () => {
  it("leaves out a timed event whose DAILY rule has only a negative BYMONTHDAY, instead of hanging", () => {
    // A daily BYSETPOS sends the event to the expansion path; before the guard this never returned.
    const r = fromICS(
      calendar([
        "UID:month-end",
        "DTSTART:20240131T100000Z",
        "DTEND:20240131T110000Z",
        "RRULE:FREQ=DAILY;BYMONTHDAY=-1;BYSETPOS=1;COUNT=3",
      ]),
    );
    expect(r.convening.sessions).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.uid])).toEqual([["event_skipped", "month-end"]]);
    expect(r.warnings[0]!.message).toContain("BYMONTHDAY=-1");
  });

  it("names 30 February and negative days below MONTHLY, and nothing a month can hold", () => {
    const reason = (rule: string) => stallingRule(ICAL.Recur.fromString(rule));
    expect(reason("FREQ=DAILY;BYMONTHDAY=-1")).toContain("cannot be expanded safely");
    expect(reason("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30,31")).toContain("cannot be expanded safely");
    expect(reason("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29")).toBeUndefined();
    expect(reason("FREQ=DAILY;BYMONTHDAY=-1,15")).toBeUndefined();
    expect(reason("FREQ=MONTHLY;BYMONTHDAY=-1")).toBeUndefined();
  });

  it("lets through only rules ical.js finishes: every rule it calls safe yields its occurrences", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("DAILY", "HOURLY"),
        fc.uniqueArray(
          fc.integer({ min: -31, max: 31 }).filter((d) => d !== 0),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 2 })),
        (freq, days, months) => {
          const rule = `FREQ=${freq};BYMONTHDAY=${days.join(",")}${months ? `;BYMONTH=${months.join(",")}` : ""};COUNT=3`;
          const recur = ICAL.Recur.fromString(rule);
          if (stallingRule(recur) !== undefined) return;
          const it = recur.iterator(
            ICAL.Time.fromData({
              year: 2021,
              month: 1,
              day: 5,
              hour: 10,
              minute: 0,
              second: 0,
              isDate: false,
            }),
          );
          let n = 0;
          while (it.next()) n++;
          expect(n, rule).toBe(3);
        },
      ),
      { numRuns: 200, seed: 20261206 },
    );
  });
});
