const known = new Map<string, boolean>();

/**
 * True when `tag` is a well-formed BCP 47 language tag (`en`, `pt-BR`, `sw`, `ase`). The check is
 * the runtime's own (`Intl.getCanonicalLocales`), so it needs no data file.
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
    if (known.size < 10_000) known.set(tag, ok);
  }
  return ok;
}
