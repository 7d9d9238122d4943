import { TimeZoneRequiredError } from "../errors.js";
import { importSchedule } from "../frab/import-schedule.js";
import type { ImportResult } from "../shared/import-result.js";
import { readOptions } from "../shared/options.js";
import { readSessionize } from "./read-sessionize.js";

/**
 * Options of {@link fromSessionize}.
 *
 * @example
 * ```ts
 * const options: SessionizeOptions = { timeZone: "America/New_York", title: "Orlando Code Camp 2020" };
 * ```
 */
export interface SessionizeOptions {
  /** The event's IANA zone. Required: Sessionize's `startsAt` is a wall time without an offset. */
  readonly timeZone: string;
  /** The convening's id (a slug). Default `sessionize-import`. */
  readonly id?: string;
  /** The convening's title; the All Data view does not carry the event's name. */
  readonly title?: string;
}

/**
 * Imports Sessionize's "All Data" JSON (`/api/v2/<id>/view/All`): sessions with their rooms,
 * speakers (with bios and links) as people, the "Track" category as each session's track, the
 * "Session format" category as its kind, other categories as tags, `isServiceSession` breaks as
 * breaks and `isPlenumSession` sessions as plenaries. `startsAt` carries no zone (FlaskCon #27),
 * so `timeZone` is required; each wall time is read in it (a time in a spring-forward gap moves
 * forward). A session without `startsAt` is not scheduled and is left out with a warning.
 *
 * @throws {TimeZoneRequiredError} without `timeZone`; {@link UnrecognizedFormatError} for another document.
 * @example
 * ```ts
 * import { fromSessionize } from "@convening/formats/sessionize";
 *
 * const { convening, warnings } = fromSessionize(allData, { timeZone: "Europe/Oslo", title: "NDC Oslo" });
 * ```
 */
export function fromSessionize(doc: unknown, options: SessionizeOptions): ImportResult {
  const { timeZone, id, title } = readOptions(options, ["timeZone", "id", "title"]);
  if (timeZone === undefined) {
    throw new TimeZoneRequiredError(
      "sessionize",
      ["timeZone"],
      undefined,
      "Sessionize writes startsAt without an offset and never names its zone",
    );
  }
  return importSchedule(
    readSessionize(doc, id ?? "sessionize-import", title ?? "Sessionize import"),
    { timeZone: timeZone as string },
  );
}
