import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Conflict,
  type ConflictSession,
  findConflicts,
  InvalidTimeArgumentError,
} from "../src/index.js";

/**
 * The implementation before the sweep indexed by member and venue, kept as the oracle: it
 * compares every pair of overlapping sessions, O(n²) when many overlap. Valid input only.
 */
function oracleConflicts(sessions: readonly ConflictSession[]): Conflict[] {
  const epoch = (v: unknown) => (v instanceof Date ? v.getTime() : Date.parse(v as string));
  const active = sessions
    .map((s) => ({
      id: s.id,
      start: epoch(s.start),
      end: epoch(s.end),
      people: new Set((s.participants ?? []).map((p) => p.memberId)),
      venue: s.venueId,
      inactive: s.status === "cancelled" || s.status === "postponed",
    }))
    .filter((s) => !s.inactive && s.end > s.start)
    .sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const out: Conflict[] = [];
  let open: typeof active = [];
  for (const current of active) {
    open = open.filter((o) => o.end > current.start);
    for (const other of open) {
      const shared = [...other.people].filter((p) => current.people.has(p)).sort();
      if (shared.length > 0)
        out.push({ a: other.id, b: current.id, reason: "participant", shared });
      if (other.venue !== undefined && other.venue === current.venue)
        out.push({ a: other.id, b: current.id, reason: "venue", shared: [other.venue] });
    }
    open.push(current);
  }
  return out;
}

const at = (hhmm: string) => `2021-03-23T${hhmm}:00-04:00`;
const session = (
  id: string,
  start: string,
  end: string,
  people: string[] = [],
  venueId?: string,
  status?: string,
) => ({
  id,
  start: at(start),
  end: at(end),
  participants: people.map((memberId) => ({ memberId, role: "speaker" })),
  ...(venueId ? { venueId } : {}),
  ...(status ? { status } : {}),
});

describe("findConflicts", () => {
  it("finds overlapping sessions that share a participant", () => {
    expect(
      findConflicts([
        session("a", "11:20", "12:05", ["annie", "konok"]),
        session("b", "12:00", "13:00", ["konok", "annie", "linh"]),
      ]),
    ).toEqual([{ a: "a", b: "b", reason: "participant", shared: ["annie", "konok"] }]);
  });

  it("finds overlapping sessions in the same venue", () => {
    expect(
      findConflicts([
        session("a", "11:20", "12:05", [], "main-room"),
        session("b", "11:30", "11:45", [], "main-room"),
      ]),
    ).toEqual([{ a: "a", b: "b", reason: "venue", shared: ["main-room"] }]);
  });

  it("reports both reasons when people and venue are shared", () => {
    const conflicts = findConflicts([
      session("a", "11:00", "12:00", ["annie"], "room"),
      session("b", "11:30", "12:30", ["annie"], "room"),
    ]);
    expect(conflicts.map((c) => c.reason)).toEqual(["participant", "venue"]);
  });

  it("does not count touching ends as overlap", () => {
    expect(
      findConflicts([
        session("a", "11:00", "12:00", ["annie"]),
        session("b", "12:00", "13:00", ["annie"]),
      ]),
    ).toEqual([]);
  });

  it("ignores overlaps without anything shared, and cancelled or postponed sessions", () => {
    expect(
      findConflicts([
        session("a", "11:00", "12:00", ["annie"]),
        session("b", "11:00", "12:00", ["linh"]),
      ]),
    ).toEqual([]);
    expect(
      findConflicts([
        session("a", "11:00", "12:00", ["annie"]),
        session("b", "11:00", "12:00", ["annie"], undefined, "cancelled"),
      ]),
    ).toEqual([]);
    expect(
      findConflicts([
        session("a", "11:00", "12:00", ["annie"], undefined, "postponed"),
        session("b", "11:00", "12:00", ["annie"]),
      ]),
    ).toEqual([]);
  });

  it("compares instants across zones", () => {
    const london = {
      id: "london",
      start: "2021-03-23T15:30:00Z",
      end: "2021-03-23T16:30:00Z",
      participants: [{ memberId: "annie" }],
    };
    expect(findConflicts([london, session("ny", "11:20", "12:05", ["annie"])])).toEqual([
      { a: "ny", b: "london", reason: "participant", shared: ["annie"] },
    ]);
  });

  it("finds every pair among many sessions, in start order", () => {
    const sessions = [
      session("c", "13:00", "15:00", ["x"]),
      session("a", "10:00", "14:00", ["x"]),
      session("b", "11:00", "12:00", ["x"]),
    ];
    expect(findConflicts(sessions).map((c) => `${c.a}-${c.b}`)).toEqual(["a-b", "a-c"]);
  });

  it("rejects a session with an end before its start", () => {
    expect(() => findConflicts([session("a", "12:00", "11:00")])).toThrow(
      expect.objectContaining({ path: ["sessions", 0, "end"] }),
    );
    expect(() => findConflicts("sessions" as never)).toThrow(InvalidTimeArgumentError);
  });

  it("gives the same pairs, in the same order, as comparing every overlapping pair", () => {
    const base = Date.UTC(2021, 2, 23, 9);
    // Few ids, members, venues and quarter hours, so ties, repeats and shared people are common.
    const arbitrarySession = fc.record(
      {
        id: fc.constantFrom("a", "b", "c", "d", "e", "f", "B", "é"),
        start: fc.integer({ min: 0, max: 16 }),
        length: fc.integer({ min: 0, max: 8 }),
        offset: fc.constantFrom(0, -240, 330, 345, 600),
        asDate: fc.boolean(),
        participants: fc.array(fc.constantFrom("ana", "linh", "Zoe", "mei", "ngozi", "éva"), {
          maxLength: 4,
        }),
        venueId: fc.constantFrom("main", "side", "Main"),
        status: fc.constantFrom("scheduled", "cancelled", "postponed", "rescheduled"),
      },
      { requiredKeys: ["id", "start", "length", "offset", "asDate", "participants"] },
    );
    const instant = (ms: number, offset: number, asDate: boolean) => {
      if (asDate) return new Date(ms);
      const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
      const sign = offset < 0 ? "-" : "+";
      const abs = Math.abs(offset);
      return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    };
    fc.assert(
      fc.property(fc.array(arbitrarySession, { maxLength: 14 }), (drawn) => {
        const sessions: ConflictSession[] = drawn.map((d) => ({
          id: d.id,
          start: instant(base + d.start * 900_000, d.offset, d.asDate),
          end: instant(base + (d.start + d.length) * 900_000, d.offset, d.asDate),
          participants: d.participants.map((memberId) => ({ memberId })),
          ...(d.venueId === undefined ? {} : { venueId: d.venueId }),
          ...(d.status === undefined ? {} : { status: d.status }),
        }));
        expect(findConflicts(sessions)).toEqual(oracleConflicts(sessions));
      }),
      { numRuns: 1_000 },
    );
  });

  it("reports the conflicts among many overlapping sessions that share nobody as none", () => {
    const sessions = Array.from({ length: 3_000 }, (_, i) => ({
      id: `s${i}`,
      start: new Date(Date.UTC(2021, 2, 23, 9) + i * 1000),
      end: new Date(Date.UTC(2021, 2, 24, 9)),
      participants: [{ memberId: `m${i}` }],
      venueId: `v${i}`,
    }));
    expect(findConflicts(sessions)).toEqual([]);
    sessions.push({ ...sessions[0]!, id: "late", start: new Date(Date.UTC(2021, 2, 23, 23)) });
    expect(findConflicts(sessions)).toEqual([
      { a: "s0", b: "late", reason: "participant", shared: ["m0"] },
      { a: "s0", b: "late", reason: "venue", shared: ["v0"] },
    ]);
  });

  describe("refuses plain bad data at the field, with the package's error", () => {
    const good = session("a", "11:00", "12:00", ["annie"], "room");
    const holeFirst: unknown[] = [];
    holeFirst[1] = { memberId: "x" };
    it.each([
      ["participants that are a string", { ...good, participants: "ana" }, ["participants"]],
      ["a participant that is null", { ...good, participants: [null] }, ["participants", 0]],
      ["a hole among the participants", { ...good, participants: holeFirst }, ["participants", 0]],
      [
        "a participant without a memberId",
        { ...good, participants: [{ id: "ana" }] },
        ["participants", 0, "memberId"],
      ],
      [
        "a numeric memberId",
        { ...good, participants: [{ memberId: "a" }, { memberId: 7 }] },
        ["participants", 1, "memberId"],
      ],
      ["a numeric venueId", { ...good, venueId: 12 }, ["venueId"]],
      ["a venueId that is an object", { ...good, venueId: { id: "room" } }, ["venueId"]],
      ["a boolean status", { ...good, status: false }, ["status"]],
      ["a numeric id", { ...good, id: 3 }, ["id"]],
    ])("%s", (_, bad, leaf) => {
      expect(() => findConflicts([good, bad as never])).toThrow(
        expect.objectContaining({
          name: "InvalidTimeArgumentError",
          code: "invalid_argument",
          path: ["sessions", 1, ...leaf],
        }),
      );
    });

    it("a hole in the sessions array", () => {
      // biome-ignore lint/suspicious/noSparseArray: the hole is the bad input under test
      expect(() => findConflicts([good, , good] as never)).toThrow(
        expect.objectContaining({ path: ["sessions", 1] }),
      );
    });
  });
});
