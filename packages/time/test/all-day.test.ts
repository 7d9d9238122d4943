import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { buildAgenda, findConflicts, formatAllDay } from "../src/index.js";

// An all-day session keeps its dates for everyone (Rallly #2467): Pacific/Honolulu (UTC−10) and
// Pacific/Kiritimati (UTC+14) are a whole day apart, and 10 March 2024 is New York's
// spring-forward day, a 23-hour day there.
const convening = parseConvening({
  id: "convergence",
  title: "Convergence",
  timeZone: "America/New_York",
  displayZones: ["Pacific/Honolulu", "America/New_York", "Pacific/Kiritimati"],
  startDate: "2024-03-08",
  endDate: "2024-03-12",
  people: [{ id: "ana", name: "Ana" }],
  sessions: [
    {
      id: "late-call",
      title: "Late call",
      start: "2024-03-09T23:00:00-05:00",
      end: "2024-03-10T00:30:00-05:00",
      participants: [{ memberId: "ana", role: "attendee" }],
    },
    {
      id: "day-of-rest",
      title: "Day of rest",
      allDay: { startDate: "2024-03-10" },
      participants: [{ memberId: "ana", role: "attendee" }],
    },
    {
      id: "retreat",
      title: "Retreat",
      allDay: { startDate: "2024-03-10", endDate: "2024-03-11" },
      participants: [{ memberId: "ana", role: "attendee" }],
    },
    {
      id: "walk",
      title: "Walk",
      start: "2024-03-10T10:00:00-04:00",
      end: "2024-03-10T11:00:00-04:00",
      participants: [{ memberId: "ana", role: "attendee" }],
    },
  ],
});

describe("all-day sessions", () => {
  it("fill in start and end from their dates in their zone, the 23-hour DST day included", () => {
    const rest = convening.sessions[1]!;
    expect(rest.allDay).toEqual({ startDate: "2024-03-10", endDate: "2024-03-10" });
    expect([rest.start, rest.end]).toEqual([
      "2024-03-10T00:00:00-05:00",
      "2024-03-11T00:00:00-04:00",
    ]);
  });

  for (const zone of ["Pacific/Honolulu", "America/New_York", "Pacific/Kiritimati", "Asia/Tokyo"]) {
    it(`stay on their own date in an agenda read in ${zone}`, () => {
      const days = buildAgenda(convening, { zone });
      const dayOf = (id: string) =>
        days.find((d) => d.sessions.some((s) => s.session.id === id))?.date;
      expect(dayOf("day-of-rest")).toBe("2024-03-10");
      expect(dayOf("retreat")).toBe("2024-03-10");
      const day = days.find((d) => d.date === "2024-03-10")!;
      // All-day items lead their day, and read the same in every display zone.
      expect(day.sessions[0]!.session.id).toBe("day-of-rest");
      expect(day.sessions[0]!.lines).toEqual([
        "Sun, Mar 10, all day",
        "Sun, Mar 10, all day",
        "Sun, Mar 10, all day",
      ]);
      expect(day.sessions[1]!.lines[0]).toBe("Sun, Mar 10 — Mon, Mar 11, all day");
    });
  }

  it("while a timed session moves a day between Honolulu and Kiritimati", () => {
    const dayIn = (zone: string) =>
      buildAgenda(convening, { zone, dayStartsAt: "00:00" }).find((d) =>
        d.sessions.some((s) => s.session.id === "walk"),
      )?.date;
    expect([dayIn("Pacific/Honolulu"), dayIn("Pacific/Kiritimati")]).toEqual([
      "2024-03-10",
      "2024-03-11",
    ]);
  });

  it("format as the same dates in every zone", () => {
    expect(
      formatAllDay({ startDate: "2024-03-10", endDate: "2024-03-11" }, [
        "Pacific/Honolulu",
        "Pacific/Kiritimati",
      ]),
    ).toEqual(["Sun, Mar 10 — Mon, Mar 11, all day", "Sun, Mar 10 — Mon, Mar 11, all day"]);
    expect(
      formatAllDay({ startDate: "2024-03-10" }, ["UTC"], { locale: "fr-FR", dash: "en" }),
    ).toEqual(["dim. 10 mars, toute la journée"]);
  });

  // Intl has no "all day"; the phrase is the toolkit's, so each language is pinned here. The
  // dates are Intl's own (a range as the locale writes one), so only their form is checked.
  it.each([
    ["fr-FR", ", toute la journée"],
    ["es", ", todo el día"],
    ["pt-BR", ", dia inteiro"],
    ["de", ", ganztägig"],
    ["sw", ", siku nzima"],
    ["hi", ", पूरे दिन"],
    ["vi", ", cả ngày"],
    ["ja", " 終日"],
    ["zh-CN", " 全天"],
  ])("say all day in the reader's language (%s)", (locale, ending) => {
    const [line] = formatAllDay({ startDate: "2024-03-10", endDate: "2024-03-11" }, ["UTC"], {
      locale,
    });
    expect(line!.endsWith(ending)).toBe(true);
    expect(line).not.toContain("all day");
  });

  it("isolate an Arabic line as its timed lines are, and keep English byte for byte", () => {
    const [ar] = formatAllDay({ startDate: "2024-03-10" }, ["UTC"], { locale: "ar-EG" });
    expect(ar!.startsWith("\u2068\u200f")).toBe(true);
    expect(ar!.endsWith("، طوال اليوم\u2069")).toBe(true);
    expect(formatAllDay({ startDate: "2024-03-10" }, ["UTC"], { locale: "en-GB" })).toEqual([
      "Sun 10 Mar, all day",
    ]);
  });

  it("give the dates alone in a language with no phrase for all day", () => {
    const date = new Intl.DateTimeFormat("fi", {
      timeZone: "UTC",
      weekday: "short",
      month: "short",
      day: "numeric",
    }).format(Date.UTC(2024, 2, 10, 12));
    expect(formatAllDay({ startDate: "2024-03-10" }, ["UTC"], { locale: "fi" })).toEqual([date]);
  });

  it("refuse dates that are not dates, or an end before the start, with a typed error", () => {
    expect(() => formatAllDay({ startDate: "2024-02-30" }, ["UTC"])).toThrow(
      expect.objectContaining({ code: "invalid_argument", path: ["allDay", "startDate"] }),
    );
    expect(() => formatAllDay({ startDate: "2024-03-10", endDate: "2024-03-09" }, ["UTC"])).toThrow(
      expect.objectContaining({ path: ["allDay", "endDate"], value: "2024-03-09" }),
    );
  });

  it("conflict with each other when their dates overlap, never with timed sessions", () => {
    // The walk and the late call share Ana with both all-day sessions, on the same day.
    expect(findConflicts(convening.sessions)).toEqual([
      { a: "day-of-rest", b: "retreat", reason: "participant", shared: ["ana"] },
    ]);
    const nextDay = {
      id: "next",
      allDay: { startDate: "2024-03-11" },
      start: "2024-03-11T00:00:00-04:00",
      end: "2024-03-12T00:00:00-04:00",
      venueId: "hall",
    };
    const dayAfter = { ...nextDay, id: "after", allDay: { startDate: "2024-03-12" } };
    const retreat = { ...convening.sessions[2]!, venueId: "hall" };
    expect(findConflicts([retreat, nextDay, dayAfter])).toEqual([
      { a: "retreat", b: "next", reason: "venue", shared: ["hall"] },
    ]);
  });
});
