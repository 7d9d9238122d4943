import { isSafeId } from "@convening/schema";

/**
 * Hands out ids that are unique in one document. Session and series ids come from UIDs: toICS
 * writes `UID:<session id>@<domain>`, so the part before the last "@" is tried first and a
 * re-imported calendar keeps its ids; other UIDs (Outlook's hex, Google's `…@google.com`) are
 * turned into slugs.
 */
export class IdPool {
  readonly #taken = new Set<string>();

  /** A free id for `wanted`, slugged and numbered (`-2`, `-3`…) when needed. */
  take(wanted: string, fallback: string): string {
    let base = isSafeId(wanted) ? wanted : slug(wanted);
    if (base === "") base = fallback;
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base.slice(0, 120)}-${n}`;
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
