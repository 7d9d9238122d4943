// A per-zone table of UTC offsets, filled lazily from the runtime's Intl data in 64-day chunks.
// luxon builds a DateTime in a named zone in about 20 µs; a lookup here is a Map hit plus a scan
// of the chunk's (usually zero to two) transitions, well under 1 µs. Every hot path reads it: the
// schema's offset checks, and every instant @convening/time computes.
//
// Sampling: a chunk samples the offset every SAMPLE_MS and binary-searches, to the second, each
// pair of samples whose offsets differ. A transition pair A→B→A shorter than SAMPLE_MS would be
// missed; the shortest such pair in all of tzdata's history is 3.99 days (Africa/Freetown, 1939;
// since 1970, 6.96 days: Brazil 2000), so two-day samples find every transition.

import { BoundedCache } from "./bounded-cache.js";
import { DAY_MS } from "./civil-date.js";
import { intlOffsetSeconds } from "./intl-offset.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";
import { isTimeZone, runtimeIdOf } from "./time-zone-id.js";

const SAMPLE_MS = 2 * DAY_MS;
const CHUNK_MS = 32 * SAMPLE_MS;
// Bounds, so a long-running server that reads documents from every era and in every spelling of
// every zone keeps flat memory. 4,096 chunks (about 100 bytes each) is some 700 years of one
// zone; a table is shared by every spelling and link of its zone (see zoneOffsetTable), so the
// runtime's few hundred canonical ids never reach MAX_ZONES.
const MAX_CHUNKS_PER_ZONE = 4_096;
const MAX_ZONES = 1_000;
// Spellings as callers give them; an entry is a string and a reference.
const MAX_SPELLINGS = 1_000;
// A chunk costs some 35 to 100 reads of Intl to build and a point read costs one, so offsetAt
// answers the first reads of a chunk from Intl directly and builds it on this one: a zone picker
// that asks every zone once pays one read a zone, a loop over a chunk pays three more reads.
const BUILD_ON_READ = 4;
// No offset in tzdata's history exceeds ±16 h, so every instant a local time names lies within
// this window of it.
const LOCAL_WINDOW_MS = 18 * 3_600_000;
// Instants the table answers for: a Date's range (±8.64e15 ms, years −271821 to 275760) less a
// year at each end, so every sample a chunk takes stays inside what Intl can format.
const MAX_INSTANT_MS = 8.64e15 - 366 * DAY_MS;
/**
 * The longest range {@link ZoneOffsetTable.transitionsBetween} and
 * {@link ZoneOffsetTable.nextTransition} search at once: 146,097 days, one 400-year cycle of the
 * Gregorian calendar, more than tzdata's whole history. Each year costs a few hundred reads of the
 * runtime's zone data, so a longer range is refused with an `InvalidArgumentError` before any is
 * read; search in pieces.
 *
 * @example
 * ```ts
 * const from = Date.UTC(1900, 0, 1);
 * zoneOffsetTable("Europe/London").transitionsBetween(from, from + MAX_TRANSITION_SEARCH_MS);
 * ```
 */
export const MAX_TRANSITION_SEARCH_MS = 146_097 * DAY_MS;

/** An instant argument of the table's methods: a number of ms the table can answer for. */
function instant(value: unknown, name: string): number {
  if (typeof value !== "number" || !(Math.abs(value) <= MAX_INSTANT_MS)) {
    throw new InvalidArgumentError(
      [name],
      value,
      "must be a number of milliseconds within the range of a Date, less a year at each end",
    );
  }
  return value;
}

/** A search range of the table's methods: both ends instants, at most the longest search. */
function searchRange(from: unknown, to: unknown, toName: string): void {
  instant(from, "from");
  instant(to, toName);
  if ((to as number) - (from as number) > MAX_TRANSITION_SEARCH_MS) {
    throw new InvalidArgumentError(
      [toName],
      to,
      "is more than 146097 days (400 years) after from; search a shorter range",
    );
  }
}

function unknownZone(zone: unknown): InvalidArgumentError {
  return new InvalidArgumentError(
    ["zone"],
    zone,
    "is not an IANA time-zone id this runtime knows (such as America/New_York)",
  );
}

function knownZone(zone: unknown): string {
  if (!isTimeZone(zone)) throw unknownZone(zone);
  return zone;
}

/**
 * One change of a zone's UTC offset: at `at` (epoch ms) the offset becomes `after` seconds east
 * of UTC; it was `before`.
 *
 * @example
 * ```ts
 * const [spring] = zoneOffsetTable("America/New_York").transitionsBetween(
 *   Date.UTC(2021, 0, 1),
 *   Date.UTC(2021, 5, 1),
 * );
 * spring; // { at: 1615705200000, before: -18000, after: -14400 }
 * ```
 */
export interface OffsetTransition {
  /** The instant the new offset starts, in epoch milliseconds (UTC). */
  readonly at: number;
  /** The zone's UTC offset just before `at`, in seconds east of UTC (New York in winter: `-18000`). */
  readonly before: number;
  /** The zone's UTC offset from `at` on, in seconds east of UTC. */
  readonly after: number;
}

interface Chunk {
  /** Offset just before the chunk's start, in seconds. */
  readonly first: number;
  /** Transitions inside [start, start + CHUNK_MS), in order. */
  readonly transitions: readonly OffsetTransition[];
}

/**
 * The lazily built offset table of one zone, from the runtime's own zone data. Get the shared
 * one with {@link zoneOffsetTable}.
 *
 * @example
 * ```ts
 * const table = zoneOffsetTable("America/New_York");
 * table.offsetAt(Date.UTC(2021, 6, 1)); // -14400
 * table.instantsForLocal(Date.UTC(2021, 10, 7, 1, 30)).length; // 2: 01:30 happens twice
 * ```
 */
export class ZoneOffsetTable {
  /**
   * The zone the table reads, by the runtime's canonical id (`resolvedOptions().timeZone`):
   * `America/New_York` for `america/new_york` and `US/Eastern`.
   */
  readonly zone: string;
  readonly #chunks = new Map<number, Chunk>();
  // Point reads of chunks not built yet, by chunk index (see BUILD_ON_READ).
  readonly #reads = new Map<number, number>();
  #lastIndex = Number.NaN;
  #lastChunk: Chunk | undefined;

  /** @throws {InvalidArgumentError} for a zone the runtime does not know ({@link isTimeZone}). */
  constructor(zone: string) {
    this.zone = knownZone(zone);
  }

  #chunk(index: number): Chunk {
    if (index === this.#lastIndex) return this.#lastChunk!;
    let chunk = this.#chunks.get(index);
    if (!chunk) {
      chunk = this.#build(index * CHUNK_MS);
      if (this.#chunks.size >= MAX_CHUNKS_PER_ZONE) this.#chunks.clear();
      this.#chunks.set(index, chunk);
    }
    this.#lastIndex = index;
    this.#lastChunk = chunk;
    return chunk;
  }

  #build(start: number): Chunk {
    // `first` is the offset just before the chunk, so a transition exactly at its start is found
    // here (and nowhere else: the previous chunk keeps only transitions before this start).
    const first = intlOffsetSeconds(this.zone, start - 1000);
    const transitions: OffsetTransition[] = [];
    let previousAt = start - 1000;
    let previous = first;
    for (let at = start; at <= start + CHUNK_MS; at += SAMPLE_MS) {
      const offset = intlOffsetSeconds(this.zone, at);
      // More than one transition may sit between two samples (A→B→C): keep searching the rest.
      let from = previousAt;
      let fromOffset = previous;
      while (fromOffset !== offset) {
        const t = this.#search(from, at, fromOffset);
        const after = intlOffsetSeconds(this.zone, t);
        if (t < start + CHUNK_MS) transitions.push({ at: t, before: fromOffset, after });
        from = t;
        fromOffset = after;
      }
      previousAt = at;
      previous = offset;
    }
    return { first, transitions };
  }

  /** The first whole second in (lo, hi] whose offset differs from `offsetAtLo`. */
  #search(lo: number, hi: number, offsetAtLo: number): number {
    let low = lo / 1000;
    let high = hi / 1000;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (intlOffsetSeconds(this.zone, mid * 1000) === offsetAtLo) low = mid;
      else high = mid;
    }
    return high * 1000;
  }

  /** UTC offset at `epochMs`, in seconds east of Greenwich. */
  offsetAt(epochMs: number): number {
    instant(epochMs, "epochMs");
    const index = Math.floor(epochMs / CHUNK_MS);
    if (index !== this.#lastIndex && !this.#chunks.has(index)) {
      const reads = (this.#reads.get(index) ?? 0) + 1;
      if (reads < BUILD_ON_READ) {
        if (this.#reads.size >= MAX_CHUNKS_PER_ZONE) this.#reads.clear();
        this.#reads.set(index, reads);
        // The same answer the chunk would give: both read Intl at the whole second.
        return intlOffsetSeconds(this.zone, epochMs);
      }
      this.#reads.delete(index);
    }
    const chunk = this.#chunk(index);
    let offset = chunk.first;
    for (const t of chunk.transitions) {
      if (t.at > epochMs) break;
      offset = t.after;
    }
    return offset;
  }

  /** Every transition with `from <= at < to`, in order. */
  transitionsBetween(from: number, to: number): OffsetTransition[] {
    searchRange(from, to, "to");
    const out: OffsetTransition[] = [];
    const last = Math.floor((to - 1) / CHUNK_MS);
    for (let index = Math.floor(from / CHUNK_MS); index <= last; index++) {
      for (const t of this.#chunk(index).transitions) {
        if (t.at >= from && t.at < to) out.push(t);
      }
    }
    return out;
  }

  /** The first transition at or after `from` and before `limit`, if any. */
  nextTransition(from: number, limit: number): OffsetTransition | undefined {
    searchRange(from, limit, "limit");
    const last = Math.floor((limit - 1) / CHUNK_MS);
    for (let index = Math.floor(from / CHUNK_MS); index <= last; index++) {
      for (const t of this.#chunk(index).transitions) {
        if (t.at >= from) return t.at < limit ? t : undefined;
      }
    }
    return undefined;
  }

  /**
   * Every instant whose local wall clock reads `localMs` (local time written as if it were UTC):
   * none in a spring-forward gap, two in a fall-back overlap, otherwise one. Sorted.
   */
  instantsForLocal(localMs: number): number[] {
    instant(localMs, "localMs");
    // Fast path: the same offset at both ends of the window means no transition inside it (no
    // zone has changed and changed back within 36 hours), so exactly one instant matches.
    const early = this.offsetAt(localMs - LOCAL_WINDOW_MS);
    if (early === this.offsetAt(localMs + LOCAL_WINDOW_MS)) return [localMs - early * 1000];
    const offsets = new Set<number>([early]);
    for (const t of this.transitionsBetween(localMs - LOCAL_WINDOW_MS, localMs + LOCAL_WINDOW_MS))
      offsets.add(t.after);
    const out: number[] = [];
    for (const offset of offsets) {
      const at = localMs - offset * 1000;
      if (this.offsetAt(at) === offset && !out.includes(at)) out.push(at);
    }
    return out.sort((a, b) => a - b);
  }

  /**
   * The spring-forward jump a local time falls into, if it falls into one: the transition whose
   * skipped wall-clock range holds `localMs`.
   */
  gapAround(localMs: number): OffsetTransition | undefined {
    instant(localMs, "localMs");
    return this.transitionsBetween(localMs - LOCAL_WINDOW_MS, localMs + LOCAL_WINDOW_MS).find(
      (t) => localMs >= t.at + t.before * 1000 && localMs < t.at + t.after * 1000,
    );
  }
}

// By the runtime's canonical id, so every spelling (`america/NEW_york`) and link (`US/Eastern`)
// of a zone reads one table: 20,000 sessions each spelling New York differently used to build
// 20,000 tables (4.7 s, +479 MB).
const tables = new BoundedCache<string, ZoneOffsetTable>(MAX_ZONES);
// The fast path, by the id exactly as given: one Map read per lookup.
const bySpelling = new BoundedCache<string, ZoneOffsetTable>(MAX_SPELLINGS);
// By the id in lower case (Intl matches ids case-insensitively): one Intl lookup per zone and
// link, whatever the capitalisations.
const byLowerCase = new BoundedCache<string, ZoneOffsetTable>(MAX_SPELLINGS);
const PRINTABLE_ASCII = /^[ -~]*$/;

/**
 * The shared offset table of a zone, one per zone whatever its spelling or link. The zone must
 * be one the runtime knows (check it with {@link isTimeZone} first): Intl throws a RangeError for
 * anything else.
 *
 * @example
 * ```ts
 * zoneOffsetTable("Asia/Kathmandu").offsetAt(Date.UTC(2021, 2, 23)); // 20700
 * zoneOffsetTable("us/eastern") === zoneOffsetTable("America/New_York"); // true
 * ```
 */
export function zoneOffsetTable(zone: string): ZoneOffsetTable {
  const table = bySpelling.get(zone);
  if (table) return table;
  if (typeof zone !== "string") knownZone(zone);
  // ASCII only: other letters may lower-case into an id (the Kelvin sign U+212A into "k").
  const lower = PRINTABLE_ASCII.test(zone) ? zone.toLowerCase() : zone;
  let shared = byLowerCase.get(lower);
  if (!shared) {
    const id = runtimeIdOf(zone);
    if (id === undefined) throw unknownZone(zone);
    shared = tables.get(id) ?? tables.set(id, new ZoneOffsetTable(id));
    byLowerCase.set(lower, shared);
  }
  return bySpelling.set(zone, shared);
}

/**
 * UTC offset of `zone` at `epochMs`, in seconds (positive east of Greenwich), from the runtime's
 * zone data. The zone must be one the runtime knows ({@link isTimeZone}).
 *
 * @example
 * ```ts
 * zoneOffsetSeconds("America/New_York", Date.parse("2021-03-23T15:20:00Z")); // -14400
 * ```
 */
export function zoneOffsetSeconds(zone: string, epochMs: number): number {
  return zoneOffsetTable(zone).offsetAt(epochMs);
}

/** `instanceof`, which throws on a revoked Proxy (its prototype cannot be read). */
function isTable(value: unknown): value is ZoneOffsetTable {
  try {
    return value instanceof ZoneOffsetTable;
  } catch {
    return false;
  }
}

/**
 * The first instant whose wall clock in the table's zone reads `localMs` or later: the earlier
 * instant when the time happens twice, the end of the gap (the transition) when it never happens.
 *
 * @example
 * ```ts
 * // 02:30 on 14 March 2021 never happened in New York: the clocks jumped to 03:00 EDT.
 * firstInstantAtOrAfterLocal(zoneOffsetTable("America/New_York"), Date.UTC(2021, 2, 14, 2, 30));
 * // Date.parse("2021-03-14T07:00:00Z")
 * ```
 */
export function firstInstantAtOrAfterLocal(table: ZoneOffsetTable, localMs: number): number {
  if (!isTable(table))
    throw new InvalidArgumentError(
      ["table"],
      table,
      "must be a ZoneOffsetTable (zoneOffsetTable(zone))",
    );
  const candidates = table.instantsForLocal(localMs);
  if (candidates.length > 0) return candidates[0]!;
  const jump = table.gapAround(localMs);
  return jump ? jump.at : localMs - table.offsetAt(localMs) * 1000;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `+05:45`, `-04:00`, `+00:00`: the ISO 8601 form of an offset in seconds, rounded to the minute
 * (local mean time before 1972 may carry seconds, which ISO 8601 offsets cannot).
 *
 * @example
 * ```ts
 * formatOffset(20_700); // "+05:45"
 * formatOffset(-14_400); // "-04:00"
 * ```
 */
export function formatOffset(seconds: number): string {
  if (typeof seconds !== "number" || !(Math.abs(seconds) <= 86_400))
    throw new InvalidArgumentError(["seconds"], seconds, "must be an offset within a day of UTC");
  const minutes = Math.round(seconds / 60);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
