// Moved here from @convening/schema (which re-exports it unchanged) so that lean code paths, such
// as calendar links in a browser bundle, can pick a language without loading the validator.

import { argumentGuards } from "./argument-guards.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";

const guard = argumentGuards();

/** Text in one language (`"Plenary"`) or in several (`{ en: "Plenary", fr: "Plénière" }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * Picks the text for the reader's languages from a string or a `{ tag: text }` map. Languages are
 * tried in the reader's order of preference, each first as an exact tag and then by its
 * language alone (`fr-CA` finds `fr`, `fr` finds `fr-CA`), as RFC 4647 lookup does; then
 * English, then the first entry. Tags compare case-insensitively. A plain string is returned as
 * it is.
 *
 * @throws {InvalidArgumentError} when `value` is neither text nor a map of tag to text, or
 * `languages` is neither a tag nor a list of tags.
 * @example
 * ```ts
 * localize({ en: "Power of a Story", fr: "Le pouvoir d'un récit" }, ["fr-CA", "en"]); // "Le pouvoir d'un récit"
 * localize("Collaborative Workshops", "sw"); // "Collaborative Workshops"
 * ```
 */
export function localize(value: LocalizedText, languages?: string | readonly string[]): string;
/**
 * The same for optional text: `undefined` stays `undefined`.
 *
 * @example
 * ```ts
 * localize(session.description, ["sw", "en"]); // string | undefined
 * ```
 */
export function localize(
  value: LocalizedText | undefined,
  languages?: string | readonly string[],
): string | undefined;
export function localize(
  value: LocalizedText | undefined,
  languages: string | readonly string[] = [],
): string | undefined {
  const wanted = languageList(languages);
  if (value === undefined || typeof value === "string") return value;
  const map = guard.record(value, ["value"], "must be text or a map of language tag to text");
  const entries: [string, string][] = guard.keys(map, ["value"]).map((tag) => {
    const text = guard.field(map, tag, ["value"]);
    if (typeof text !== "string")
      throw new InvalidArgumentError(["value", tag], text, "must be text");
    return [tag, text];
  });
  // The schema refuses an empty map; a hand-built one reads as no text rather than undefined,
  // which the first overload promises never to return.
  if (entries.length === 0) return "";
  const tags = entries.map(([tag]) => tag.toLowerCase());
  const bases = tags.map(baseOf);
  for (const want of [...wanted, "en"]) {
    const tag = want.toLowerCase();
    let hit = tags.indexOf(tag);
    if (hit < 0) hit = bases.indexOf(baseOf(tag));
    if (hit >= 0) return entries[hit]![1];
  }
  return entries[0]![1];
}

const LANGUAGES = "must be a language tag or a list of them in order of preference";

function languageList(languages: unknown): readonly string[] {
  if (typeof languages === "string") return [languages];
  // A hole or a getter in the list is named by its index, not read as a tag later.
  return guard
    .array(languages, ["languages"], LANGUAGES)
    .map((tag, i) => guard.string(tag, ["languages", i], "must be a language tag"));
}

function baseOf(tag: string): string {
  const dash = tag.indexOf("-");
  return dash < 0 ? tag : tag.slice(0, dash);
}
