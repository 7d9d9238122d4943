import type { Convening } from "@convening/schema";

/**
 * Something an importer left out or changed, and where in the source document it was.
 *
 * @example
 * ```ts
 * const warning: ImportWarning = {
 *   path: ["schedule", "conference", "days", 0, "rooms", "Saal 1", 3],
 *   code: "item_dropped",
 *   message: "event \"Opening\" left out: its end is before its start",
 * };
 * ```
 */
export interface ImportWarning {
  /** Where in the source document (keys and indexes from its root). */
  readonly path: readonly (string | number)[];
  /** A stable snake_case code: `item_dropped`, `field_dropped`, `zone_guessed`, `offset_corrected`, `id_changed`, `duplicate_id`, `text_cleaned`. */
  readonly code: string;
  /** A sentence naming the item and the value. */
  readonly message: string;
}

/**
 * What every importer returns: the convening, as `parseConvening` returned it, and what was
 * warned on the way.
 *
 * @example
 * ```ts
 * const { convening, warnings }: ImportResult = fromFrabJson(json);
 * for (const w of warnings) console.warn(w.path.join("."), w.message);
 * ```
 */
export interface ImportResult {
  /** The imported convening, parsed (branded): pass it to any exporter or `toICS`. */
  readonly convening: Convening;
  /** What was left out or changed, in document order. */
  readonly warnings: readonly ImportWarning[];
}
