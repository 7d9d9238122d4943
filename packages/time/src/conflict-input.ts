// The sessions findConflicts takes, checked field by field and reduced to numbers and sets. It
// takes plain data (not only parsed convenings), so each field a sweep reads is checked here and
// refused at its own path, rather than failing later as a bare TypeError.

import { DAY_MS, type ErrorPath } from "@convening/core";
import { allDayDays } from "./all-day.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import { fieldEpochMs } from "./instant.js";

/** A session as the sweep reads it. */
export interface ConflictEntry {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** Member ids, each once. */
  readonly people: ReadonlySet<string>;
  readonly venue: string | undefined;
  /**
   * An all-day session: `start` and `end` are then day numbers × DAY_MS of its first date and
   * the day after its last, compared only with other all-day sessions (see findConflicts).
   */
  readonly allDay: boolean;
}

// A cancelled or postponed session holds nobody's time and no room.
const INACTIVE = new Set(["cancelled", "postponed"]);

/**
 * Checks every session, in the order given (the first problem is the error), and keeps the ones
 * that can conflict: active, and longer than an instant. `null` reads as absent for the optional
 * fields, as `??` defaults do across the package.
 */
export function conflictEntries(input: unknown): ConflictEntry[] {
  // Read through the guards: a getter that throws or a revoked proxy is an error at its path.
  const sessions = guard.array(input, ["sessions"], "must be an array of sessions");
  const out: ConflictEntry[] = [];
  // A plain loop, not `map`: `map` skips the holes of a sparse array, which would drop them silently.
  for (let i = 0; i < sessions.length; i++) {
    const entry = checkSession(sessions[i], ["sessions", i]);
    if (entry) out.push(entry);
  }
  return out;
}

const FIELDS = ["id", "start", "end", "participants", "venueId", "status", "allDay"] as const;

function checkSession(s: unknown, path: ErrorPath): ConflictEntry | undefined {
  const session = guard.fields(s, path, FIELDS, "must be a session with an id");
  if (typeof session.id !== "string")
    throw new InvalidTimeArgumentError([...path, "id"], session.id, "must be a string");
  const allDay = session.allDay !== undefined && session.allDay !== null;
  let start: number;
  let end: number;
  if (allDay) {
    const days = allDayDays(session.allDay, [...path, "allDay"]);
    start = days.first * DAY_MS;
    end = (days.last + 1) * DAY_MS;
  } else {
    start = fieldEpochMs(session.start, path, "start");
    end = fieldEpochMs(session.end, path, "end");
  }
  if (end < start)
    throw new InvalidTimeArgumentError([...path, "end"], session.end, "is before start");
  const people = checkParticipants(session.participants, [...path, "participants"]);
  const venue = optionalString(session.venueId, [...path, "venueId"]);
  const status = optionalString(session.status, [...path, "status"]);
  if (end === start || (status !== undefined && INACTIVE.has(status))) return undefined;
  return { id: session.id, start, end, people, venue, allDay };
}

function checkParticipants(participants: unknown, path: ErrorPath): Set<string> {
  const people = new Set<string>();
  if (participants === undefined || participants === null) return people;
  const list = guard.array(participants, path, "must be an array of { memberId }");
  for (let j = 0; j < list.length; j++) {
    const { memberId } = guard.fields(
      list[j],
      [...path, j],
      ["memberId"],
      "must be a participant { memberId }",
    );
    if (typeof memberId !== "string")
      throw new InvalidTimeArgumentError([...path, j, "memberId"], memberId, "must be a string");
    people.add(memberId);
  }
  return people;
}

function optionalString(value: unknown, path: ErrorPath): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string")
    throw new InvalidTimeArgumentError(path, value, "must be a string");
  return value;
}
