import type { AllDayDates } from "./all-day.js";
import { type ConflictEntry, conflictEntries } from "./conflict-input.js";
import type { InstantInput } from "./instant.js";

/** What `findConflicts` needs of a session (a `Session` fits). */
export interface ConflictSession {
  /** The session's id, as reported in `Conflict.a` and `Conflict.b`. */
  readonly id: string;
  /** When it starts: ISO 8601 with an offset, a `Date` or a luxon `DateTime`. */
  readonly start: InstantInput;
  /** When it ends; not before `start`. A session with `end` equal to `start` conflicts with nothing. */
  readonly end: InstantInput;
  /** The people due in it; absent means nobody, so it can only conflict over its venue. */
  readonly participants?: readonly {
    /** The member's id; two sessions sharing one conflict with reason `'participant'`. */
    readonly memberId: string;
  }[];
  /** Where it takes place; two overlapping sessions with the same venue conflict with reason `'venue'`. */
  readonly venueId?: string;
  /** A `SessionStatus`; `'cancelled'` and `'postponed'` sessions are skipped. Absent means scheduled. */
  readonly status?: string;
  /**
   * The dates of an all-day session (a parsed `Session`'s `allDay`): it is then compared by these
   * dates, with other all-day sessions only, and `start`/`end` are not read.
   */
  readonly allDay?: AllDayDates;
}

/** Two sessions that overlap and share people or a venue. */
export interface Conflict {
  /** The session that starts first (ties: the smaller id). */
  readonly a: string;
  /** The other session. */
  readonly b: string;
  /** `'participant'`: people are due in both; `'venue'`: both use the same venue. */
  readonly reason: "participant" | "venue";
  /** The member ids both share (sorted), or the shared venue id. */
  readonly shared: readonly string[];
}

/**
 * Sessions that overlap in time (touching ends do not) and share a participant or a venue: one
 * entry per pair and reason, in order of the first session's start. Cancelled and postponed
 * sessions are ignored. Sessions may be in different zones; instants are compared. An all-day
 * session (`allDay`) conflicts only with another all-day session whose dates overlap, never with
 * a timed one: it marks a day (a day of rest, a holiday), as all-day events in calendars do.
 *
 * The cost is O(n log n) plus the conflicts reported: sessions still running are indexed by
 * member and by venue, so sessions that overlap without sharing anyone cost nothing more.
 *
 * @param sessions - `Session`s, or anything with `id`, `start`, `end`, `participants`, `venueId`.
 * @throws {InvalidTimeArgumentError} for a field that is not what `ConflictSession` documents,
 *   at its path (`["sessions", 3, "participants", 0, "memberId"]`).
 * @example
 * ```ts
 * findConflicts([
 *   { id: "panel", start: "2021-03-23T11:20:00-04:00", end: "2021-03-23T12:05:00-04:00", participants: [{ memberId: "annie" }] },
 *   { id: "story", start: "2021-03-23T16:00:00+00:00", end: "2021-03-23T17:00:00+00:00", participants: [{ memberId: "annie" }] },
 * ]);
 * // [ { a: "panel", b: "story", reason: "participant", shared: ["annie"] } ]
 * ```
 */
export function findConflicts(sessions: readonly ConflictSession[]): Conflict[] {
  const entries = conflictEntries(sessions);
  // All-day sessions (a day of rest, a holiday) mark days, not hours: like a calendar's all-day
  // events, which show as free time, they never conflict with a timed session. Two of them do
  // when their dates overlap and they share someone or a venue, in their own sweep over dates.
  return [...sweep(entries.filter((e) => !e.allDay)), ...sweep(entries.filter((e) => e.allDay))];
}

/** The conflicts among `entries`, all timed or all all-day. */
function sweep(entries: ConflictEntry[]): Conflict[] {
  const active = entries.sort(
    (x, y) => x.start - y.start || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
  // Sweep in start order. Per member and per venue, the sessions seen so far that may still be
  // running (by position in `active`); an entry that has ended is dropped the first time it is
  // read after ending, and starts only grow, so it is never needed again.
  const byMember = new Map<string, number[]>();
  const byVenue = new Map<string, number[]>();
  const out: Conflict[] = [];
  for (let k = 0; k < active.length; k++) {
    const current = active[k]!;
    // Earlier sessions that overlap this one and share something, by position. Built only when
    // there is one: in a programme most sessions share nobody still running.
    let shared: Map<number, Shared> | undefined;
    for (const person of current.people) {
      const running = stillRunning(byMember, person, active, current.start);
      for (const other of running) {
        shared ??= new Map();
        const found = shared.get(other);
        if (found) found.people.push(person);
        else shared.set(other, { people: [person], venue: false });
      }
      // After the reads above: each member's list is their own, so this one is not among them.
      running.push(k);
    }
    if (current.venue !== undefined) {
      const running = stillRunning(byVenue, current.venue, active, current.start);
      for (const other of running) {
        shared ??= new Map();
        const found = shared.get(other);
        if (found) found.venue = true;
        else shared.set(other, { people: [], venue: true });
      }
      running.push(k);
    }
    if (shared !== undefined) {
      // Positions order the pairs as a sweep over every earlier session would: by start, then id.
      const others = [...shared.keys()].sort((x, y) => x - y);
      for (const other of others) {
        const a = active[other]!.id;
        const { people, venue } = shared.get(other)!;
        if (people.length > 0)
          out.push({ a, b: current.id, reason: "participant", shared: people.sort() });
        if (venue) out.push({ a, b: current.id, reason: "venue", shared: [current.venue!] });
      }
    }
  }
  return out;
}

/** What an earlier session shares with the current one: members, and whether the venue. */
interface Shared {
  readonly people: string[];
  venue: boolean;
}

/**
 * The positions under `key` whose sessions end after `at`, the ended ones dropped: the list
 * itself (created empty if need be), so the caller adds the current position with one lookup.
 */
function stillRunning(
  index: Map<string, number[]>,
  key: string,
  active: readonly ConflictEntry[],
  at: number,
): number[] {
  const positions = index.get(key);
  if (positions === undefined) {
    const created: number[] = [];
    index.set(key, created);
    return created;
  }
  let kept = 0;
  for (const position of positions) if (active[position]!.end > at) positions[kept++] = position;
  positions.length = kept;
  return positions;
}
