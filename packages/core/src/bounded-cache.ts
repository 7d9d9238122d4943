// The one cache every module-level memo in core and time uses, so none grows with its input: a
// long-running server sees unbounded spellings of zones, locales and availability patterns.
//
// Two generations instead of an exact LRU list: a hit in the young generation is one Map read
// (an exact LRU moves the entry on every hit, a delete and a set: some five times slower on the
// offset lookups every instant goes through). When the young generation is full it becomes the
// old one and the previous old one is dropped; a hit in the old generation moves the entry back
// to the young one. So an entry read at least once per maxEntries / 2 insertions is never
// evicted, and at most maxEntries entries are held.

import { InvalidArgumentError } from "./invalid-argument-error.js";

/**
 * A map that holds at most `maxEntries` entries, evicting the ones not used for longest (in
 * generations of `maxEntries / 2` insertions). `undefined` is not a storable value: `get`
 * answers it for a miss.
 *
 * @example
 * ```ts
 * const formatters = new BoundedCache<string, Intl.DateTimeFormat>(256);
 * const formatter =
 *   formatters.get("fr-FR") ?? formatters.set("fr-FR", new Intl.DateTimeFormat("fr-FR"));
 * formatters.size; // 1
 * ```
 */
export class BoundedCache<K, V> {
  /** The most entries held at once. */
  readonly maxEntries: number;
  readonly #generation: number;
  #young = new Map<K, V>();
  #old = new Map<K, V>();

  /** @param maxEntries - A whole number, at least 2 (one entry per generation). */
  constructor(maxEntries: number) {
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 2)
      throw new InvalidArgumentError(["maxEntries"], maxEntries, "must be a whole number ≥ 2");
    this.maxEntries = maxEntries;
    this.#generation = Math.floor(maxEntries / 2);
  }

  /** The value cached for `key`, or `undefined`. A hit counts as a use. */
  get(key: K): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    if (old !== undefined) {
      this.#old.delete(key);
      this.#insert(key, old);
    }
    return old;
  }

  /** Caches `value` for `key` (a use), evicting the oldest generation if need be; returns `value`. */
  set(key: K, value: V): V {
    if (this.#young.has(key)) this.#young.set(key, value);
    else {
      this.#old.delete(key);
      this.#insert(key, value);
    }
    return value;
  }

  /** How many entries are held now. */
  get size(): number {
    return this.#young.size + this.#old.size;
  }

  /** Drops every entry. */
  clear(): void {
    this.#young = new Map();
    this.#old = new Map();
  }

  #insert(key: K, value: V): void {
    if (this.#young.size >= this.#generation) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }
}
