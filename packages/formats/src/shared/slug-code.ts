// Ids in schedule files. c3voc allows event and room slugs of `[a-z0-9_-]` ending in a letter or
// digit (JSON schemas), and `<prefix>-<rest>` with at least four characters each side (XSD); our
// ids also allow upper case and '.'. This code maps any id to such a slug and back, so a session
// id survives toFrabXml → fromFrabXml: letters, digits and '-' stay as they are, and '_' escapes
// the rest ('__' is '_', '_a' is 'A', '_0' is '.', '_1' is nothing: padding and end marks).
// A plain lower-case id ("power-of-a-story") is its own slug.

import { isSafeId } from "@convening/schema";

/** `id` as a slug body: `[a-z0-9_-]`, at least four characters, ending in a letter or digit. */
export function encodeSlugPart(id: string): string {
  let out = "";
  for (const c of id) {
    if (c === "_") out += "__";
    else if (c === ".") out += "_0";
    else if (c >= "A" && c <= "Z") out += `_${c.toLowerCase()}`;
    else out += c;
  }
  if (!/[a-z0-9]$/.test(out)) out += "_1";
  while (out.length < 4) out += "_1";
  return out;
}

/** The id a slug body was made from, or undefined when it is not one {@link encodeSlugPart} wrote. */
export function decodeSlugPart(slug: string): string | undefined {
  let out = "";
  for (let i = 0; i < slug.length; i++) {
    const c = slug[i]!;
    if (c !== "_") {
      if (!/[a-z0-9-]/.test(c)) return undefined;
      out += c;
      continue;
    }
    const next = slug[++i];
    if (next === "_") out += "_";
    else if (next === "0") out += ".";
    else if (next === "1") continue;
    else if (next !== undefined && next >= "a" && next <= "z") out += next.toUpperCase();
    else return undefined;
  }
  return isSafeId(out) ? out : undefined;
}

/**
 * The conference acronym for a convening id: lower case, '-' and '.' as '_' (c3voc's pattern
 * allows no '-' but in a `-2024-xyz` suffix), at least four characters. Readable rather than
 * reversible: the convening id is not among what a round trip keeps.
 */
export function acronymOf(conveningId: string): string {
  let out = conveningId.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  while (out.length < 4) out += "_";
  return out;
}

/**
 * A safe id (`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`) made from foreign text: a pretalx code, a
 * frab slug, a room's name, a Sessionize id. Other characters become '-', accents are dropped,
 * and `fallback` is used when nothing is left.
 */
export function toSafeId(text: unknown, fallback: string): string {
  const raw = typeof text === "number" && Number.isFinite(text) ? String(text) : text;
  if (typeof raw !== "string") return fallback;
  const alreadySafe: boolean = isSafeId(raw);
  if (alreadySafe) return raw;
  const cleaned = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .slice(0, 128)
    .replace(/[-.]+$/, "");
  return isSafeId(cleaned) ? cleaned : fallback;
}

/** A slug for a name (a track, a room): lower case `[a-z0-9-]`, never empty. */
export function nameSlug(name: string, fallback: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s.length >= 2 ? s : fallback;
}

/** Gives out ids, adding `-2`, `-3` … to one already taken. */
export class IdAllocator {
  readonly #taken = new Set<string>();
  // The next suffix to try per wanted id, so n copies of one id cost O(n), not O(n²).
  readonly #next = new Map<string, number>();

  /** `wanted` itself when free, else the first free `wanted-N`; the result is taken. */
  take(wanted: string): string {
    let id = wanted;
    let n = this.#next.get(wanted) ?? 2;
    for (; this.#taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${wanted.slice(0, 128 - suffix.length)}${suffix}`;
    }
    this.#next.set(wanted, n);
    this.#taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.#taken.has(id);
  }
}
