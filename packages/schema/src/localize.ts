import type { LocalizedText } from "./text";

/**
 * Picks the text for the reader's languages from a string or a `{ tag: text }` map: the first
 * exact tag, then the first tag sharing its language (`fr-CA` finds `fr`, `fr` finds `fr-CA`),
 * then English, then the first entry. A plain string is returned as it is.
 *
 * @example
 * ```ts
 * localize({ en: "Power of a Story", fr: "Le pouvoir d'un récit" }, ["fr-CA", "en"]); // "Le pouvoir d'un récit"
 * localize("Collaborative Workshops", "sw"); // "Collaborative Workshops"
 * ```
 */
export function localize(value: LocalizedText, languages?: string | readonly string[]): string;
export function localize(value: LocalizedText | undefined, languages?: string | readonly string[]): string | undefined;
export function localize(value: LocalizedText | undefined, languages: string | readonly string[] = []): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  const entries = Object.entries(value);
  if (entries.length === 0) return undefined;
  const wanted = typeof languages === "string" ? [languages] : languages;
  const lower = entries.map(([tag, t]) => [tag.toLowerCase(), t] as const);
  for (const want of wanted) {
    const hit = lower.find(([tag]) => tag === want.toLowerCase());
    if (hit) return hit[1];
  }
  for (const want of [...wanted, "en"]) {
    const base = want.toLowerCase().split("-")[0];
    const hit = lower.find(([tag]) => tag.split("-")[0] === base);
    if (hit) return hit[1];
  }
  return entries[0]![1];
}
