import type { ImportResult } from "../shared/import-result.js";
import { type FrabImportOptions, importSchedule } from "./import-schedule.js";
import { readFrabXml } from "./read-frab-xml.js";

/**
 * Imports a frab/c3voc `schedule.xml` (its text). Days, rooms and events as in
 * {@link fromFrabJson}: an event's `<date>` with its offset is its instant; without one, the
 * day's date and `<start>` are read in the zone (a start before the day's own start is the next
 * date, as frab's days run past midnight). `<recording><optout>true` becomes the session's
 * `doNotRecord`.
 *
 * @throws {UnrecognizedFormatError} when `xml` is not well-formed or has no `<schedule>`; {@link TimeZoneRequiredError}.
 * @example
 * ```ts
 * import { fromFrabXml } from "@convening/formats/frab";
 *
 * const { convening, warnings } = fromFrabXml(readFileSync("schedule.xml", "utf8"), { timeZone: "Europe/Berlin" });
 * ```
 */
export function fromFrabXml(xml: string, options?: FrabImportOptions): ImportResult {
  return importSchedule(readFrabXml(xml), options);
}
