import { type ConveningInput, parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { buildAgenda, NotParsedError } from "../src/index.js";

function workshops(extra: Partial<ConveningInput> = {}): ConveningInput {
  return {
    id: "collaborative-workshops-2021",
    title: "Collaborative Workshops",
    timeZone: "America/New_York",
    displayZones: ["America/New_York", "Europe/London", "Africa/Nairobi"],
    startDate: "2021-03-23",
    endDate: "2021-03-24",
    sessions: [
      {
        id: "urban-slums",
        title: "Role of Community Engagement in Urban Slums",
        start: "2021-03-24T11:00:00-04:00",
        end: "2021-03-24T11:45:00-04:00",
      },
      {
        id: "people-first",
        title: "A ‘People-First’ Approach to Decolonizing Aid",
        start: "2021-03-23T11:20:00-04:00",
        end: "2021-03-23T12:05:00-04:00",
      },
      {
        id: "late-social",
        title: "Late social",
        start: "2021-03-24T02:30:00-04:00",
        end: "2021-03-24T03:15:00-04:00",
        kind: "social",
      },
    ],
    ...extra,
  };
}

describe("buildAgenda", () => {
  it("keeps concurrent sessions in the document's order, not by id", () => {
    const doc = workshops();
    doc.sessions = [
      {
        id: "zz-urban-slums",
        title: "Urban Slums",
        start: "2021-03-24T11:00:00-04:00",
        end: "2021-03-24T11:45:00-04:00",
      },
      {
        id: "aa-bridging",
        title: "Bridging the Gap",
        start: "2021-03-24T11:00:00-04:00",
        end: "2021-03-24T11:45:00-04:00",
      },
    ];
    const [day] = buildAgenda(parseConvening(doc));
    expect(day!.sessions.map((s) => s.session.id)).toEqual(["zz-urban-slums", "aa-bridging"]);
  });

  it("groups sessions by local day with the seed's lines", () => {
    const agenda = buildAgenda(parseConvening(workshops()));
    expect(agenda.map((d) => [d.date, d.heading, d.sessions.map((s) => s.session.id)])).toEqual([
      ["2021-03-23", "Tuesday, March 23, 2021", ["people-first", "late-social"]],
      ["2021-03-24", "Wednesday, March 24, 2021", ["urban-slums"]],
    ]);
    expect(agenda[0]!.sessions[0]!.lines).toEqual([
      "11:20a — 12:05p EDT",
      "3:20p — 4:05p GMT",
      "6:20p — 7:05p EAT",
    ]);
    expect(agenda[1]!.sessions[0]!.lines).toEqual([
      "11:00a — 11:45a EDT",
      "3:00p — 3:45p GMT",
      "6:00p — 6:45p EAT",
    ]);
  });

  it("keeps a session before dayStartsAt with the previous day", () => {
    const agenda = buildAgenda(parseConvening(workshops()), { dayStartsAt: "04:00" });
    expect(agenda[0]!.sessions.map((s) => s.session.id)).toContain("late-social");
    const midnight = buildAgenda(parseConvening(workshops()), { dayStartsAt: "00:00" });
    expect(midnight.map((d) => d.sessions.map((s) => s.session.id))).toEqual([
      ["people-first"],
      ["late-social", "urban-slums"],
    ]);
  });

  it("lists days in date order when the clocks fall back across dayStartsAt", () => {
    // New York falls back at 02:00 EDT on 7 November 2021: 01:45 EDT is after a 01:30 cut-off
    // (7 November), and the later 01:15 EST is before it (6 November).
    const doc = workshops({
      startDate: "2021-11-06",
      endDate: "2021-11-07",
      sessions: [
        {
          id: "first",
          title: "First",
          start: "2021-11-07T01:45:00-04:00",
          end: "2021-11-07T01:55:00-04:00",
        },
        {
          id: "second",
          title: "Second",
          start: "2021-11-07T01:15:00-05:00",
          end: "2021-11-07T01:25:00-05:00",
        },
      ],
    });
    const agenda = buildAgenda(parseConvening(doc), { dayStartsAt: "01:30" });
    expect(agenda.map((d) => [d.date, d.sessions.map((s) => s.session.id)])).toEqual([
      ["2021-11-06", ["second"]],
      ["2021-11-07", ["first"]],
    ]);
  });

  it("groups by the days of another zone", () => {
    const agenda = buildAgenda(parseConvening(workshops()), {
      zone: "Pacific/Auckland",
      dayStartsAt: "00:00",
    });
    expect(agenda.map((d) => [d.date, d.sessions.map((s) => s.session.id)])).toEqual([
      ["2021-03-24", ["people-first", "late-social"]],
      ["2021-03-25", ["urban-slums"]],
    ]);
    expect(agenda[0]!.sessions[0]!.start).toBe("2021-03-24T04:20:00+13:00");
  });

  it("shows a network's labels from displayZones", () => {
    const agenda = buildAgenda(
      parseConvening(
        workshops({
          displayZones: ["America/New_York", { zone: "Africa/Nairobi", label: "Nairobi" }],
        }),
      ),
    );
    expect(agenda[0]!.sessions[0]!.lines).toEqual(["11:20a — 12:05p EDT", "6:20p — 7:05p Nairobi"]);
  });

  it("falls back to the convening's zone when displayZones is empty", () => {
    const agenda = buildAgenda(parseConvening(workshops({ displayZones: [] })));
    expect(agenda[0]!.sessions[0]!.lines).toEqual(["11:20a — 12:05p EDT"]);
  });

  it("writes day headings in the locale asked for", () => {
    expect(buildAgenda(parseConvening(workshops()), { locale: "fr-FR" })[0]!.heading).toBe(
      "mardi 23 mars 2021",
    );
  });

  it("rejects a bad dayStartsAt or zone", () => {
    const convening = parseConvening(workshops());
    expect(() => buildAgenda(convening, { dayStartsAt: "4am" })).toThrow(
      expect.objectContaining({ path: ["options", "dayStartsAt"] }),
    );
    expect(() => buildAgenda(convening, { zone: "Nowhere/Town" })).toThrow(
      expect.objectContaining({ code: "invalid_zone", path: ["options", "zone"] }),
    );
  });

  it("refuses a convening parseConvening has not returned, saying to call it", () => {
    for (const value of [null, workshops(), { ...parseConvening(workshops()) }]) {
      const call = () => buildAgenda(value as never);
      expect(call).toThrow(NotParsedError);
      expect(call).toThrow(expect.objectContaining({ code: "not_parsed", path: ["convening"] }));
      expect(call).toThrow(/parseConvening/);
    }
  });
});
