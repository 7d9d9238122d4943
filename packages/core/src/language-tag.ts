// BCP 47 language tags, checked with the runtime's Intl and no data of our own.

import { BoundedCache } from "./bounded-cache.js";

// Tags are at most 64 characters: 10,000 answers are some 1.5 MB.
const known = new BoundedCache<string, boolean>(10_000);

/**
 * True when `tag` is a well-formed BCP 47 language tag (`en`, `pt-BR`, `sw`, `ase`). The check is
 * the runtime's own (`Intl.getCanonicalLocales`), so it needs no data file. Answers for the
 * 10,000 tags most recently asked about are remembered.
 *
 * @example
 * ```ts
 * isLanguageTag("fr-CA"); // true
 * isLanguageTag("en_US"); // false
 * ```
 */
export function isLanguageTag(tag: unknown): tag is string {
  if (typeof tag !== "string" || tag.length === 0 || tag.length > 64) return false;
  let ok = known.get(tag);
  if (ok === undefined) {
    try {
      ok =
        Intl.getCanonicalLocales(tag).length === 1 &&
        /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag);
    } catch {
      ok = false;
    }
    known.set(tag, ok);
  }
  return ok;
}
