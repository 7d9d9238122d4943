// A per-zone table of UTC offsets, filled lazily from the runtime's Intl data in 64-day chunks.
// luxon builds a DateTime in a named zone in about 20 µs; a lookup here is a Map hit plus a scan
// of the chunk's (usually zero to two) transitions, well under 1 µs. Every hot path reads it.
//
// Sampling: a chunk samples the offset every SAMPLE_MS and binary-searches, to the second, each
// pair of samples whose offsets differ. A transition pair A→B→A shorter than SAMPLE_MS would be
// missed; the shortest such pair in all of tzdata's history is 3.99 days (Africa/Freetown, 1939;
// since 1970, 6.96 days: Brazil 2000), so two-day samples find every transition.

import { DAY_MS } from "./civil.js";
import { intlOffsetSeconds } from "./intl-offset.js";

const SAMPLE_MS = 2 * DAY_MS;
const CHUNK_MS = 32 * SAMPLE_MS;

/** One change of offset: at `at` (epoch ms) the offset becomes `after` seconds (it was `before`). */
export interface Transition {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

interface Chunk {
  /** Offset just before the chunk's start, in seconds. */
  readonly first: number;
  /** Transitions inside [start, start + CHUNK_MS), in order. */
  readonly transitions: readonly Transition[];
}

/** The lazily built offset table of one zone. Get it with `offsetTable(zone)`. */
export class OffsetTable {
  readonly zone: string;
  readonly #chunks = new Map<number, Chunk>();
  #lastIndex = Number.NaN;
  #lastChunk: Chunk | undefined;

  constructor(zone: string) {
    this.zone = zone;
  }

  #chunk(index: number): Chunk {
    if (index === this.#lastIndex) return this.#lastChunk!;
    let chunk = this.#chunks.get(index);
    if (!chunk) {
      chunk = this.#build(index * CHUNK_MS);
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
    const transitions: Transition[] = [];
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
    const chunk = this.#chunk(Math.floor(epochMs / CHUNK_MS));
    let offset = chunk.first;
    for (const t of chunk.transitions) {
      if (t.at > epochMs) break;
      offset = t.after;
    }
    return offset;
  }

  /** Every transition with `from <= at < to`, in order. */
  transitionsBetween(from: number, to: number): Transition[] {
    const out: Transition[] = [];
    const last = Math.floor((to - 1) / CHUNK_MS);
    for (let index = Math.floor(from / CHUNK_MS); index <= last; index++) {
      for (const t of this.#chunk(index).transitions) {
        if (t.at >= from && t.at < to) out.push(t);
      }
    }
    return out;
  }

  /** The first transition at or after `from` and before `limit`, if any. */
  nextTransition(from: number, limit: number): Transition | undefined {
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
    // No offset in tzdata's history exceeds ±16 h, so every candidate lies within this window.
    const window = 18 * 3_600_000;
    // Fast path: the same offset at both ends of the window means no transition inside it (no
    // zone has changed and changed back within 36 hours), so exactly one instant matches.
    const early = this.offsetAt(localMs - window);
    if (early === this.offsetAt(localMs + window)) return [localMs - early * 1000];
    const offsets = new Set<number>([early]);
    for (const t of this.transitionsBetween(localMs - window, localMs + window))
      offsets.add(t.after);
    const out: number[] = [];
    for (const offset of offsets) {
      const at = localMs - offset * 1000;
      if (this.offsetAt(at) === offset && !out.includes(at)) out.push(at);
    }
    return out.sort((a, b) => a - b);
  }
}

/**
 * The first instant whose wall clock reads `localMs` or later: the earlier instant when the time
 * happens twice, the end of the gap (the transition) when it never happens.
 */
export function firstInstantAtOrAfterLocal(table: OffsetTable, localMs: number): number {
  const candidates = table.instantsForLocal(localMs);
  if (candidates.length > 0) return candidates[0]!;
  const window = 18 * 3_600_000;
  const jump = table
    .transitionsBetween(localMs - window, localMs + window)
    .find((t) => localMs >= t.at + t.before * 1000 && localMs < t.at + t.after * 1000);
  return jump ? jump.at : localMs - table.offsetAt(localMs) * 1000;
}

const tables = new Map<string, OffsetTable>();

/** The shared offset table of a canonical zone id (validate the id first). */
export function offsetTable(zone: string): OffsetTable {
  let table = tables.get(zone);
  if (!table) {
    table = new OffsetTable(zone);
    tables.set(zone, table);
  }
  return table;
}
