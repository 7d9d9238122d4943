import { describe, expect, it } from "vitest";
import { publicHolidays } from "../src/holidays.js";
import {
  findMeetingTimes,
  InvalidTimeArgumentError,
  type MeetingParticipant,
  type MeetingSlot,
} from "../src/index.js";

// The committee of issue 13: Kenya's Jamhuri Day is Friday 12 December 2025.
const committee: MeetingParticipant[] = [
  { id: "amara", timeZone: "Africa/Nairobi", country: "KE" },
  { id: "oliver", timeZone: "Europe/London", country: "GB", region: "ENG" },
  { id: "dana", timeZone: "America/New_York", country: "US", region: "NY" },
];
const week = { from: "2025-12-08T00:00:00Z", to: "2025-12-13T00:00:00Z" };
const DAY = 86_400_000;

function every(participants: MeetingParticipant[], range = week, duration = 60): MeetingSlot[] {
  return findMeetingTimes({
    holidays: publicHolidays,
    participants,
    duration,
    ...range,
    step: 30,
    limit: 100_000,
  });
}

describe("findMeetingTimes with public holidays", () => {
  it("never ranks a slot on Jamhuri Day above the same time on another weekday, and names the day", () => {
    const slots = every(committee);
    const rank = new Map(slots.map((s, i) => [s.start, i]));
    let compared = 0;
    for (const slot of slots) {
      const t = Date.parse(slot.start);
      const jamhuri = slot.reasons.find((r) => r.kind === "holiday");
      if (!jamhuri) continue;
      expect(jamhuri).toEqual({ id: "amara", kind: "holiday", label: "Nairobi: Jamhuri Day" });
      for (let back = 1; back <= 4; back++) {
        const other = new Date(t - back * DAY).toISOString().replace(".000Z", "Z");
        const i = rank.get(other);
        if (i === undefined) continue;
        const twin = slots[i]!;
        if (twin.reasons.some((r) => r.kind === "holiday")) continue;
        // Equivalent: London and New York see the same local day type and hours in both.
        if (twin.local.some((l, j) => j > 0 && l.cost !== slot.local[j]!.cost)) continue;
        expect(i).toBeLessThan(rank.get(slot.start)!);
        // Equal only when Nairobi sleeps through the whole slot: sleep costs the same any night.
        expect(twin.cost).toBeLessThanOrEqual(slot.cost);
        if (twin.cost < slot.cost) compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("puts the best Friday below every Monday-to-Thursday slot in everyone's hours", () => {
    const slots = every(committee);
    const friday = slots.findIndex((s) => s.start.startsWith("2025-12-12"));
    const greens = slots.filter((s) => s.band === "green");
    // London and Nairobi share working hours; New York's do not reach them, so nothing is green.
    expect(greens).toEqual([]);
    for (const s of slots.slice(0, friday)) expect(s.start < "2025-12-12").toBe(true);
    expect(slots[friday]!.reasons).toContainEqual({
      id: "amara",
      kind: "holiday",
      label: "Nairobi: Jamhuri Day",
    });
  });

  it("ignores the holiday for someone with holidays: false", () => {
    const slots = every([{ ...committee[0]!, holidays: false }, ...committee.slice(1)]);
    expect(slots.flatMap((s) => s.reasons).some((r) => r.kind === "holiday")).toBe(false);
    const monday = slots.find((s) => s.start === "2025-12-08T13:30:00Z")!;
    const friday = slots.find((s) => s.start === "2025-12-12T13:30:00Z")!;
    expect(friday.cost).toBe(monday.cost);
  });

  it("blocks exactly the holiday's local day in a zone that has just sprung forward (Sydney, 6 Oct 2025)", () => {
    // NSW Labour Day is Monday 6 October 2025; Sydney moved to +11:00 on Sunday 5 October.
    const sydney: MeetingParticipant[] = [
      { id: "mia", timeZone: "Australia/Sydney", country: "AU", region: "NSW" },
    ];
    const slots = every(sydney, { from: "2025-10-05T10:00:00Z", to: "2025-10-06T16:00:00Z" });
    const holiday = (s: MeetingSlot) => s.reasons.some((r) => r.kind === "holiday");
    const at = (iso: string) => slots.find((s) => s.start === iso)!;
    expect(holiday(at("2025-10-05T12:00:00Z"))).toBe(false); // Sun 23:00–00:00 +11
    expect(holiday(at("2025-10-05T12:30:00Z"))).toBe(true); // into Monday
    expect(holiday(at("2025-10-05T22:00:00Z"))).toBe(true); // Mon 09:00
    expect(holiday(at("2025-10-06T12:30:00Z"))).toBe(true); // Mon 23:30
    expect(holiday(at("2025-10-06T13:00:00Z"))).toBe(false); // Tue 00:00
    expect(at("2025-10-05T22:00:00Z").reasons).toEqual([
      { id: "mia", kind: "holiday", label: "Sydney: Labour Day" },
    ]);
  });

  it("blocks exactly the holiday's local day the day after falling back (Dublin, 27 Oct 2025)", () => {
    // Ireland's October bank holiday follows the end of summer time on Sunday 26 October.
    const dublin: MeetingParticipant[] = [
      { id: "aoife", timeZone: "Europe/Dublin", country: "IE" },
    ];
    const slots = every(dublin, { from: "2025-10-26T12:00:00Z", to: "2025-10-28T12:00:00Z" });
    const at = (iso: string) => slots.find((s) => s.start === iso)!;
    const holiday = (s: MeetingSlot) => s.reasons.find((r) => r.kind === "holiday");
    expect(holiday(at("2025-10-26T23:00:00Z"))).toBeUndefined(); // Sun 23:00 GMT
    expect(holiday(at("2025-10-27T09:00:00Z"))?.label).toBe("Dublin: Last Monday in October");
    expect(holiday(at("2025-10-27T23:00:00Z"))).toBeDefined(); // Mon 23:00 GMT
    expect(holiday(at("2025-10-28T00:00:00Z"))).toBeUndefined(); // Tue 00:00 GMT
    expect(at("2025-10-27T09:00:00Z").cost).toBeGreaterThan(at("2025-10-28T09:00:00Z").cost);
  });
});

describe("findMeetingTimes with out-of-office and working hours", () => {
  it("treats an out-of-office period in the person's zone as unavailable and names it", () => {
    const people: MeetingParticipant[] = [
      {
        id: "lena",
        timeZone: "Europe/Berlin",
        extraUnavailable: [{ start: "2025-12-09", end: "2025-12-10", label: "Conference" }],
      },
    ];
    const slots = every(people);
    const tuesday = slots.find((s) => s.start === "2025-12-09T09:00:00Z")!;
    const thursday = slots.find((s) => s.start === "2025-12-11T09:00:00Z")!;
    expect(tuesday.reasons).toEqual([
      { id: "lena", kind: "out-of-office", label: "Berlin: Conference" },
    ]);
    expect(tuesday.band).toBe("yellow");
    expect(thursday).toMatchObject({ cost: 0, band: "green", reasons: [] });
    // Wednesday 10 December is the last day away (end dates are included); 11 December is not.
    const wednesdayLate = slots.find((s) => s.start === "2025-12-10T21:30:00Z")!;
    expect(wednesdayLate.reasons.map((r) => r.kind)).toContain("out-of-office");
  });

  it("reads per-weekday working hours: a short Friday is outside hours in the afternoon", () => {
    const hours = { mo: [["09:00", "17:00"]], fr: [["09:00", "13:00"]] } as const;
    const people: MeetingParticipant[] = [
      { id: "yuki", timeZone: "Asia/Tokyo", workingHours: hours },
    ];
    const slots = every(people);
    const at = (iso: string) => slots.find((s) => s.start === iso)!;
    expect(at("2025-12-08T05:00:00Z")).toMatchObject({ cost: 0, band: "green" }); // Mon 14:00
    expect(at("2025-12-12T05:00:00Z").reasons).toEqual([
      { id: "yuki", kind: "outside-hours", label: "Tokyo: 14:00–15:00, outside working hours" },
    ]);
    // Tuesday is not in the list: not a working day.
    expect(at("2025-12-09T01:00:00Z").cost).toBeGreaterThan(0);
  });

  it("colours a slot red when it reaches into anyone's sleep hours, and says whose", () => {
    const slots = every(committee);
    const night = slots.find((s) => s.start === "2025-12-09T06:00:00Z")!; // 01:00 in New York
    expect(night.band).toBe("red");
    expect(night.reasons).toContainEqual({
      id: "dana",
      kind: "asleep",
      label: "New York: 01:00–02:00, sleep hours",
    });
  });

  it("names the weekend for the person whose weekend it is", () => {
    const slots = every([{ id: "farah", timeZone: "Asia/Riyadh" }], {
      from: "2025-12-12T00:00:00Z",
      to: "2025-12-13T00:00:00Z",
    });
    expect(slots.find((s) => s.start === "2025-12-12T08:00:00Z")!.reasons).toEqual([
      { id: "farah", kind: "weekend", label: "Riyadh: Friday, weekend" },
    ]);
  });
});

describe("findMeetingTimes rejects bad calendar fields by leaf path", () => {
  const base = { duration: 60, ...week };
  const cases: [Record<string, unknown>, (string | number)[], unknown][] = [
    [{ country: "KE", region: "XX" }, ["participants", 0, "region"], "XX"],
    [{ region: "ENG" }, ["participants", 0, "region"], "ENG"],
    [{ country: "ZZ", holidays: true }, ["participants", 0, "country"], "ZZ"],
    [{ holidays: "yes" }, ["participants", 0, "holidays"], "yes"],
    [{ workingHours: { xx: [] } }, ["participants", 0, "workingHours", "xx"], []],
    [
      { workingHours: { mo: [["9", "17:00"]] } },
      ["participants", 0, "workingHours", "mo", 0, 0],
      "9",
    ],
    [
      { workingHours: { mo: [["09:00"]] } },
      ["participants", 0, "workingHours", "mo", 0],
      ["09:00"],
    ],
    [
      { extraUnavailable: [{ start: "2025-12-10", end: "2025-12-09" }] },
      ["participants", 0, "extraUnavailable", 0, "end"],
      "2025-12-09",
    ],
    [
      { extraUnavailable: [{ start: "2025-13-01", end: "2025-12-09" }] },
      ["participants", 0, "extraUnavailable", 0, "start"],
      "2025-13-01",
    ],
    [
      { extraUnavailable: [{ start: "2025-12-01", end: "2025-12-09", label: "a\nb" }] },
      ["participants", 0, "extraUnavailable", 0, "label"],
      "a\nb",
    ],
  ];
  it.each(cases)("%j is refused at its field", (fields, path, value) => {
    const person = { id: "x", timeZone: "Africa/Nairobi", ...fields } as MeetingParticipant;
    try {
      findMeetingTimes({ holidays: publicHolidays, ...base, participants: [person] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidTimeArgumentError);
      expect((error as InvalidTimeArgumentError).path).toEqual(path);
      expect((error as InvalidTimeArgumentError).value).toEqual(value);
    }
  });

  it("accepts a country without holiday data when holidays are not asked for", () => {
    const [best] = findMeetingTimes({
      holidays: publicHolidays,
      ...base,
      participants: [{ id: "x", timeZone: "Antarctica/Troll", country: "AQ" }],
    });
    expect(best!.reasons).toEqual([]);
  });
});

describe("the holiday calendar is an option", () => {
  const jamhuri = Date.parse("2025-12-12T09:00:00Z");
  const holidayOn = (slots: MeetingSlot[]) =>
    slots.filter((s) => s.reasons.some((r) => r.kind === "holiday"));

  it("counts no holidays when no calendar is passed", () => {
    const slots = findMeetingTimes({
      participants: committee,
      duration: 60,
      ...week,
      step: 30,
      limit: 100_000,
    });
    expect(holidayOn(slots)).toEqual([]);
    expect(holidayOn(every(committee)).length).toBeGreaterThan(0);
  });

  it("refuses holidays: true without a calendar, naming the field", () => {
    const person: MeetingParticipant = {
      id: "x",
      timeZone: "Africa/Nairobi",
      country: "KE",
      holidays: true,
    };
    expect(() => findMeetingTimes({ participants: [person], duration: 60, ...week })).toThrowError(
      expect.objectContaining({ path: ["participants", 0, "holidays"], value: true }),
    );
  });

  it("takes the user's own calendar, asked with upper-case codes", () => {
    const asked: string[] = [];
    const office = {
      hasCountry: (c: string) => c === "KE",
      hasRegion: () => false,
      holidaysIn: (c: string, r: string | undefined, y: number) => {
        asked.push(`${c}|${r}|${y}`);
        return y === 2025 ? [{ date: "2025-12-10", days: 1, name: "Founders' Day" }] : [];
      },
    };
    const person: MeetingParticipant = { id: "x", timeZone: "Africa/Nairobi", country: "ke" };
    const slots = findMeetingTimes({
      participants: [person],
      duration: 60,
      ...week,
      step: 60,
      limit: 1000,
      holidays: office,
    });
    const blocked = holidayOn(slots).map((s) => s.start.slice(0, 10));
    expect(new Set(blocked)).toEqual(new Set(["2025-12-09", "2025-12-10"]));
    expect(holidayOn(slots)[0]!.reasons).toContainEqual({
      id: "x",
      kind: "holiday",
      label: "Nairobi: Founders' Day",
    });
    expect(slots.some((s) => Date.parse(s.start) === jamhuri && s.reasons.length > 0)).toBe(false);
    expect(asked).toContain("KE|undefined|2025");
  });

  it.each<[object, (string | number)[]]>([
    [{ hasCountry: () => true }, ["holidays", "hasRegion"]],
    [
      {
        hasCountry: () => true,
        hasRegion: () => true,
        holidaysIn: () => [{ date: "12/10/2025", days: 1, name: "x" }],
      },
      ["holidays", "KE", 2025, 0, "date"],
    ],
    [
      {
        hasCountry: () => true,
        hasRegion: () => true,
        holidaysIn: () => [{ date: "2025-12-10", days: 0, name: "x" }],
      },
      ["holidays", "KE", 2025, 0, "days"],
    ],
    [
      { hasCountry: () => true, hasRegion: () => true, holidaysIn: () => "none" },
      ["holidays", "KE", 2025],
    ],
  ])("refuses a malformed calendar %# with a typed error at %j", (calendar, path) => {
    const person: MeetingParticipant = { id: "x", timeZone: "Africa/Nairobi", country: "KE" };
    expect(() =>
      findMeetingTimes({
        participants: [person],
        duration: 60,
        ...week,
        holidays: calendar as never,
      }),
    ).toThrowError(expect.objectContaining({ name: "InvalidTimeArgumentError", path }));
  });
});

describe("publicHolidays", () => {
  it("lists Jamhuri Day with its local date, length and English name, the same array twice", () => {
    const list = publicHolidays.holidaysIn("KE", undefined, 2025);
    expect(list).toContainEqual({ date: "2025-12-12", days: 1, name: "Jamhuri Day" });
    expect(publicHolidays.holidaysIn("KE", undefined, 2025)).toBe(list);
  });

  it("knows countries and regions as date-holidays codes them, and nothing else", () => {
    expect(publicHolidays.hasCountry("GB")).toBe(true);
    expect(publicHolidays.hasCountry("ZZ")).toBe(false);
    expect(publicHolidays.hasRegion("GB", "ENG")).toBe(true);
    expect(publicHolidays.hasRegion("GB", "XX")).toBe(false);
    expect(publicHolidays.holidaysIn("ZZ", undefined, 2025)).toEqual([]);
  });
});
