import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import { type InstantInput, toEpochMs } from "./instant.js";

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

// A cancelled or postponed session holds nobody's time and no room.
const INACTIVE = new Set(["cancelled", "postponed"]);
const SESSION_FIELDS = ["id", "start", "end", "participants", "venueId", "status"] as const;

/**
 * Sessions that overlap in time (touching ends do not) and share a participant or a venue: one
 * entry per pair and reason, in order of the first session's start. Cancelled and postponed
 * sessions are ignored. Sessions may be in different zones; instants are compared.
 *
 * @param sessions - `Session`s, or anything with `id`, `start`, `end`, `participants`, `venueId`.
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
  // Every field read once through the guards: a hole, a getter that throws or a field of the
  // wrong type is an error at its own path.
  const active = guard
    .array(sessions, ["sessions"], "must be an array of sessions")
    .map((raw, i) => {
      const path = ["sessions", i];
      const s = guard.fields(raw, path, SESSION_FIELDS, "must be a session with an id");
      const id = guard.string(s.id, [...path, "id"]);
      const start = toEpochMs(s.start, [...path, "start"]);
      const end = toEpochMs(s.end, [...path, "end"]);
      if (end < start)
        throw new InvalidTimeArgumentError([...path, "end"], s.end, "is before start");
      const people = new Set<string>(
        guard
          .array(
            s.participants ?? [],
            [...path, "participants"],
            "must be an array of { memberId }",
          )
          .map((p, j) => {
            const at = [...path, "participants", j];
            const { memberId } = guard.fields(
              p,
              at,
              ["memberId"],
              "must be a participant { memberId }",
            );
            return guard.string(memberId, [...at, "memberId"]);
          }),
      );
      const venue =
        s.venueId === undefined ? undefined : guard.string(s.venueId, [...path, "venueId"]);
      const status =
        s.status === undefined ? undefined : guard.string(s.status, [...path, "status"]);
      return {
        id,
        start,
        end,
        people,
        venue,
        inactive: status !== undefined && INACTIVE.has(status),
      };
    })
    .filter((s) => !s.inactive && s.end > s.start)
    .sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  const out: Conflict[] = [];
  // Sweep in start order; `open` holds sessions that have not ended yet.
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
