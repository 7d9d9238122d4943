import Holidays from "date-holidays";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { publicHolidays } from "../src/holidays.js";
import {
  findMeetingTimes,
  type MeetingParticipant,
  PENALTY,
  REQUIRED_FACTOR,
  WEEKENDS_BY_COUNTRY,
} from "../src/index.js";

// The brute-force oracle: every minute of every candidate slot read by luxon's clock and
// date-holidays' own lists, with the documented cost model written out the slow way. For
// small inputs the finder's ranking must be the oracle's.

const DAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const;
type Day = (typeof DAYS)[number];
type Person = MeetingParticipant & { workingHours?: Partial<Record<Day, [string, string][]>> };

/** The local dates (YYYY-MM-DD) a person's public holidays cover, from date-holidays directly. */
function holidayDates(country: string, region: string | undefined, years: number[]): Set<string> {
  const hd = region ? new Holidays(country, region) : new Holidays(country);
  const out = new Set<string>();
  for (const year of years)
    for (const h of hd.getHolidays(year)) {
      if (h.type !== "public") continue;
      const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      const first = DateTime.fromISO(h.date.slice(0, 10), { zone: "UTC" });
      for (let d = 0; d < days; d++) out.add(first.plus({ days: d }).toISODate()!);
    }
  return out;
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Whether local weekday `day` (0 = Monday) at minute `m` lies in one of the windows. */
function inWindows(windows: { day: Day; start: string; end: string }[], day: number, m: number) {
  return windows.some((w) => {
    const d = DAYS.indexOf(w.day);
    const s = minutes(w.start);
    let e = minutes(w.end);
    if (e <= s) e += 1440;
    const at = ((day - d + 7) % 7) * 1440 + m;
    return (at >= s && at < e) || (at + 7 * 1440 >= s && at + 7 * 1440 < e);
  });
}

function band(m: number): number {
  if (m < 360) return PENALTY.sleep;
  if (m < 420) return PENALTY.lateOrEarly;
  if (m < 540) return PENALTY.shoulder;
  if (m < 1020) return PENALTY.available;
  if (m < 1140) return PENALTY.shoulder;
  if (m < 1320) return PENALTY.evening;
  return PENALTY.lateOrEarly;
}

function oracle(people: Person[], from: number, to: number, duration: number, step: number) {
  const prepared = people.map((p) => {
    const windows = [
      ...(p.availability ?? []),
      ...Object.entries(p.workingHours ?? {}).flatMap(([day, pairs]) =>
        (pairs ?? []).map(([start, end]) => ({ day: day as Day, start, end })),
      ),
    ];
    const declared = p.availability !== undefined || p.workingHours !== undefined;
    const weekend = (p.country && WEEKENDS_BY_COUNTRY[p.country]) || ["sa", "su"];
    const holidays =
      p.country && p.holidays !== false
        ? holidayDates(p.country, p.region, [2024, 2025, 2026])
        : new Set<string>();
    const away = (p.extraUnavailable ?? []).map((a) => {
      const start = DateTime.fromISO(a.start, { zone: p.timeZone });
      const end =
        a.end.length === 10
          ? DateTime.fromISO(a.end, { zone: p.timeZone }).plus({ days: 1 })
          : DateTime.fromISO(a.end, { zone: p.timeZone });
      return [start.toMillis(), end.toMillis()] as const;
    });
    return { p, windows, declared, weekend, holidays, away };
  });
  let base = 0;
  let optional = 0;
  for (const p of people) {
    base += (p.weight ?? 1) * (p.required === false ? 1 : REQUIRED_FACTOR);
    if (p.required === false) optional++;
  }
  const perOptional = PENALTY.sleep * base + 1;
  const perRequired = perOptional * (optional + 1);
  const slots: { start: number; cost: number }[] = [];
  for (let s = from; s + duration * 60_000 <= to; s += step * 60_000) {
    let cost = 0;
    for (const { p, windows, declared, weekend, holidays, away } of prepared) {
      let sum = 0;
      let asleep = false;
      for (let i = 0; i < duration; i++) {
        const t = s + i * 60_000;
        const local = DateTime.fromMillis(t, { zone: p.timeZone });
        const m = local.hour * 60 + local.minute;
        const day = local.weekday - 1;
        const inside = inWindows(windows, day, m);
        const blocked = holidays.has(local.toISODate()!) || away.some(([a, b]) => t >= a && t < b);
        const off = weekend.includes(DAYS[day]!) ? PENALTY.weekend : 0;
        let penalty: number;
        if (m < 360 && !inside) {
          penalty = PENALTY.sleep;
          asleep = true;
        } else if (blocked) penalty = PENALTY.unavailable;
        else if (declared)
          penalty = inside ? 0 : Math.max(PENALTY.outsideAvailability, band(m) + off);
        else penalty = band(m) + off;
        sum += penalty;
      }
      const factor = (p.weight ?? 1) * (p.required === false ? 1 : REQUIRED_FACTOR);
      cost += (factor * sum) / duration;
      if (asleep) cost += p.required === false ? perOptional : perRequired;
    }
    slots.push({ start: s, cost });
  }
  return slots;
}

// Zones with a DST change in each hemisphere, half-hour offsets and a Friday–Saturday weekend.
const PLACES = [
  { timeZone: "Africa/Nairobi", country: "KE" },
  { timeZone: "Europe/London", country: "GB", region: "ENG" },
  { timeZone: "America/New_York", country: "US", region: "NY" },
  { timeZone: "Australia/Sydney", country: "AU", region: "NSW" },
  { timeZone: "America/Santiago", country: "CL" },
  { timeZone: "Asia/Kolkata", country: "IN" },
  { timeZone: "Asia/Riyadh", country: "SA" },
  { timeZone: "Europe/Dublin", country: "IE" },
] as const;

// Weeks with holidays and clock changes: Jamhuri Day; NSW Labour Day after Sydney springs
// forward; Ireland's October holiday after Europe falls back; Chile's September change and
// Fiestas Patrias; the US fall-back and Veterans Day.
const ANCHORS = [
  "2025-12-10T00:00:00Z",
  "2025-10-04T12:00:00Z",
  "2025-10-25T12:00:00Z",
  "2025-09-05T00:00:00Z",
  "2025-09-17T00:00:00Z",
  "2025-11-01T12:00:00Z",
];

const hours = fc.constantFrom<[string, string][]>(
  [["09:00", "17:00"]],
  [
    ["08:00", "12:00"],
    ["13:00", "16:30"],
  ],
  [["22:00", "02:00"]],
);
const person = fc.record(
  {
    place: fc.constantFrom(...PLACES),
    required: fc.boolean(),
    weight: fc.constantFrom(1, 2, 0.5),
    holidays: fc.constantFrom(undefined, false),
    workingHours: fc.option(fc.dictionary(fc.constantFrom(...DAYS), hours, { maxKeys: 3 }), {
      nil: undefined,
    }),
    away: fc.option(fc.constantFrom(0, 1, 2), { nil: undefined }),
  },
  { requiredKeys: ["place", "required", "weight"] },
);

const ROUNDS = 50;

describe("findMeetingTimes against a minute-by-minute oracle", () => {
  it(`ranks every slot as an exhaustive scan with the same cost model does (${ROUNDS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...ANCHORS),
        fc.constantFrom(30, 45, 60, 90),
        fc.constantFrom(30, 60, 120),
        fc.integer({ min: 1, max: 2 }),
        (drawn, anchor, duration, step, days) => {
          const from = Date.parse(anchor);
          const to = from + days * 86_400_000;
          const people: Person[] = drawn.map((d, i) => {
            const awayDay = DateTime.fromMillis(from, { zone: d.place.timeZone }).plus({
              days: d.away ?? 0,
            });
            return {
              id: `p${i}`,
              ...d.place,
              required: d.required,
              weight: d.weight,
              ...(d.holidays === false ? { holidays: false } : {}),
              ...(d.workingHours ? { workingHours: d.workingHours } : {}),
              ...(d.away === undefined
                ? {}
                : {
                    extraUnavailable: [
                      {
                        start: `${awayDay.toISODate()}T10:30`,
                        end: `${awayDay.plus({ days: 1 }).toISODate()}`,
                      },
                    ],
                  }),
            };
          });
          const expected = oracle(people, from, to, duration, step);
          const got = findMeetingTimes({
            holidays: publicHolidays,
            participants: people,
            duration,
            from: new Date(from),
            to: new Date(to),
            step,
            limit: 100_000,
          });
          expect(got).toHaveLength(expected.length);
          const byStart = new Map(expected.map((e) => [e.start, e.cost]));
          for (let i = 0; i < got.length; i++) {
            const want = byStart.get(Date.parse(got[i]!.start))!;
            expect(got[i]!.cost).toBeCloseTo(want, 3);
            if (i > 0) expect(got[i]!.cost).toBeGreaterThanOrEqual(got[i - 1]!.cost);
          }
        },
      ),
      { numRuns: ROUNDS, seed: 1312 },
    );
  });
});
