import type { Convening } from "@convening/schema";

/**
 * Something fromICS left out, changed or guessed, and the event it concerns.
 *
 * @example
 * ```ts
 * const warning: IcsImportWarning = {
 *   code: "zone_unmatched",
 *   uid: "040000008200E00074C5B7101A82E008@example.com",
 *   message: 'TZID "Customized Time Zone" matches no IANA zone: its times are kept as exact instants',
 * };
 * ```
 */
export interface IcsImportWarning {
  /**
   * A stable snake_case code: `event_skipped`, `all_day_skipped`, `rule_expanded`,
   * `zone_unmatched`, `zone_matched`, `zone_unknown`, `zone_disagrees`, `duplicate_uid`,
   * `orphan_instance`, `field_dropped`.
   */
  readonly code: string;
  /** The UID of the event concerned, when it is about one event. */
  readonly uid?: string | undefined;
  /** A sentence naming the event, the value and what was done. */
  readonly message: string;
}

/**
 * What fromICS returns: the convening, as `parseConvening` returned it, and what was warned.
 *
 * @example
 * ```ts
 * const { convening, warnings }: IcsImportResult = fromICS(text, { timeZone: "Europe/Berlin" });
 * for (const w of warnings) console.warn(w.code, w.uid, w.message);
 * ```
 */
export interface IcsImportResult {
  /** The imported convening, parsed: pass it to toICS, buildAgenda or any exporter. */
  readonly convening: Convening;
  /** What was left out, expanded or guessed, in file order. */
  readonly warnings: readonly IcsImportWarning[];
}
