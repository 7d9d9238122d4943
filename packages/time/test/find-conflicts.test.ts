import { describe, expect, it } from "vitest";
import { findConflicts, InvalidTimeArgumentError } from "../src/index.js";

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
});
