import { isSafeId } from "@convening/schema";

/**
 * Hands out ids that are unique in one document. Session and series ids come from UIDs: toICS
 * writes `UID:<session id>@<domain>`, so the part before the last "@" is tried first and a
 * re-imported calendar keeps its ids; other UIDs (Outlook's hex, Google's `…@google.com`) are
 * turned into slugs.
 */
export class IdPool {
  readonly #taken = new Set<string>();
  /** Per base, the number to try next: a thousand events named alike cost a thousand steps, not half a million. */
  readonly #next = new Map<string, number>();

  /** A free id for `wanted`, slugged and numbered (`-2`, `-3`…) when needed. */
  take(wanted: string, fallback: string): string {
    let base = isSafeId(wanted) ? wanted : slug(wanted);
    if (base === "") base = fallback;
    let id = base;
    // Numbers below the one stored were all taken when it was stored, and ids are never given back.
    let n = this.#next.get(base) ?? 2;
    if (this.#taken.has(id)) {
      do id = `${base.slice(0, 120)}-${n++}`;
      while (this.#taken.has(id));
      this.#next.set(base, n);
    }
    this.#taken.add(id);
    return id;
  }
}

/** The id a UID asks for: what precedes its last "@", when that is a slug. */
export function idFromUid(uid: string): string {
  const at = uid.lastIndexOf("@");
  const local = at > 0 ? uid.slice(0, at) : uid;
  return isSafeId(local) ? local : uid;
}

function slug(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .slice(0, 100)
    .replace(/[-.]+$/, "")
    .toLowerCase();
}
