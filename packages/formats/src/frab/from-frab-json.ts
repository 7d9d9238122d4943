import type { ImportResult } from "../shared/import-result.js";
import { type FrabImportOptions, importSchedule } from "./import-schedule.js";
import { readFrabJson } from "./read-frab-json.js";

/**
 * Imports a frab/c3voc `schedule.json` (version 1, as frab and pretalx publish it) or a schedule
 * v2 file, given as parsed JSON or as text. Rooms become venues, persons become people (one per
 * GUID), events become sessions with their instants kept: a time written with an offset its zone
 * does not have (pretalx #618) keeps its instant and is rewritten with the zone's offset, with a
 * warning. The zone is the `timeZone` option, else the file's `time_zone_name` (a bare city as
 * frab #729 writes it is matched to its IANA zone, with a warning), else a
 * {@link TimeZoneRequiredError}. An event without a title or a time is left out with a warning;
 * a file of ours comes back with its session ids, GUIDs and rooms.
 *
 * @throws {UnrecognizedFormatError} when `doc` is not a frab schedule; {@link TimeZoneRequiredError}.
 * @example
 * ```ts
 * import { fromFrabJson, toFrabJson } from "@convening/formats/frab";
 *
 * const { convening, warnings } = fromFrabJson(JSON.parse(readFileSync("schedule.json", "utf8")));
 * fromFrabJson(toFrabJson(convening)).convening.sessions.length === convening.sessions.length; // true
 * ```
 */
export function fromFrabJson(doc: unknown, options?: FrabImportOptions): ImportResult {
  return importSchedule(readFrabJson(doc), options);
}
