import * as schema from "@convening/schema";
import { describe, expect, it, vi } from "vitest";
import { calendarLinks, DuplicateUidError, toCalendar, toICS, toICSStream } from "../src/index.js";
import { indexStats } from "../src/lookup.js";
import { infoSession, workshops } from "./fixtures/convenings.js";

// Every call of parseConvening, including any this package might make behind the caller's back.
vi.mock("@convening/schema", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@convening/schema")>();
  return { ...actual, parseConvening: vi.fn(actual.parseConvening) };
});

describe("parse once, index once", () => {
  it("writes links and a one-session calendar for every session without parsing or indexing again", () => {
    const parse = vi.mocked(schema.parseConvening);
    parse.mockClear();
    const convening = schema.parseConvening(workshops());
    const builds = indexStats.builds;
    for (const session of convening.sessions) {
      calendarLinks(session.id, convening);
      calendarLinks(session, convening, { audience: "network" });
      toICS(convening, { only: [session.id] });
    }
    toICS(convening);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(indexStats.builds - builds).toBe(1);
  });

  it("writes whole calendars without building a map of the sessions by id, and builds it once for links", async () => {
    const convening = schema.parseConvening(workshops());
    const maps = indexStats.idMaps;
    toICS(convening);
    await new Response(toICSStream(convening)).text();
    // The map of 100,000 sessions by id would outlive the stream as long as the convening lives.
    expect(indexStats.idMaps - maps).toBe(0);
    calendarLinks(convening.sessions[0]!.id, convening);
    calendarLinks(convening.sessions[1]!.id, convening);
    expect(indexStats.idMaps - maps).toBe(1);
  });

  it("writes one session's calendar with only that session, in the document's order", () => {
    const convening = schema.parseConvening(workshops());
    const [a, b] = convening.sessions;
    const ics = toICS(convening, { only: [b!.id, a!.id] });
    const uids = [...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
    expect(uids).toEqual([
      `${a!.id}@${uids[0]!.split("@")[1]}`,
      `${b!.id}@${uids[0]!.split("@")[1]}`,
    ]);
  });
});

describe("feeds of several convenings", () => {
  it("puts the events of every convening in one calendar, each keeping its own UID", () => {
    const one = schema.parseConvening(workshops());
    const two = schema.parseConvening(infoSession());
    const calendar = toCalendar([one, two], { name: "Everything" });
    const uids = calendar.events().map((e) => e.uid());
    const single = [...toCalendar(one).events(), ...toCalendar(two).events()].map((e) => e.uid());
    expect(uids).toEqual(single);
    expect(toICS([one, two], { name: "Everything" })).toContain("X-WR-CALNAME:Everything");
  });

  it("throws DuplicateUidError naming both convenings when their events would share a UID", () => {
    const one = schema.parseConvening(workshops());
    const copy = schema.parseConvening({ ...workshops(), id: "workshops-copy" });
    try {
      toICS([one, copy]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DuplicateUidError);
      const e = error as DuplicateUidError;
      expect(e.code).toBe("duplicate_uid");
      expect(e.conveningIds).toEqual([one.id, "workshops-copy"]);
      expect(e.path).toEqual([1, "sessions", 0]);
      expect(e.message).toContain(one.id);
      expect(e.message).toContain("workshops-copy");
    }
  });
});
