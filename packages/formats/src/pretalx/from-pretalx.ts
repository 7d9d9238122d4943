import { FormatOptionsError } from "../errors.js";
import { isObject } from "../frab/foreign-schedule.js";
import { type FrabImportOptions, importSchedule } from "../frab/import-schedule.js";
import { readFrabJson } from "../frab/read-frab-json.js";
import type { ImportResult } from "../shared/import-result.js";
import { jsonData } from "../shared/json-data.js";
import { readOptions } from "../shared/options.js";
import { readPretalxTalks } from "./read-pretalx-talks.js";

/**
 * Imports pretalx's public schedule export (`/<event>/schedule/export/schedule.json`): frab JSON
 * with pretalx's extras, so speakers come with their pretalx code and biography. pretalx states
 * its zone (`time_zone_name`); older exports do not (pretalx #1334), and then `timeZone` is
 * required. See {@link fromFrabJson} for what is kept and warned.
 *
 * @throws {UnrecognizedFormatError} for a document that is not a schedule; {@link TimeZoneRequiredError}.
 * @example
 * ```ts
 * import { fromPretalxSchedule } from "@convening/formats/pretalx";
 *
 * const { convening, warnings } = fromPretalxSchedule(await (await fetch(exportUrl)).json());
 * ```
 */
export function fromPretalxSchedule(doc: unknown, options?: FrabImportOptions): ImportResult {
  return importSchedule(readFrabJson(doc, "pretalx-schedule"), options);
}

/**
 * Options of {@link fromPretalxTalks}.
 *
 * @example
 * ```ts
 * const options: PretalxTalksOptions = { event: await (await fetch(`${api}/events/democon/`)).json() };
 * ```
 */
export interface PretalxTalksOptions extends FrabImportOptions {
  /** The API's event object (`/api/events/<event>/`): its name, slug, `timezone` and dates. */
  readonly event?: Record<string, unknown>;
}

/**
 * Imports talks from pretalx's REST API (`/api/events/<event>/talks/`: one page with
 * `results`, or the results of every page as one array). Each slot becomes a session (a talk
 * with two slots, two sessions), speakers become people with their biographies (never their
 * e-mail, which only organisers see), rooms become venues. Talks have no zone of their own: pass
 * the API's `event` (its `timezone`) or `timeZone`, else a {@link TimeZoneRequiredError}. A talk
 * without a slot is not on the schedule and is left out with a warning.
 *
 * @throws {UnrecognizedFormatError} when `doc` is not a list of talks; {@link TimeZoneRequiredError}.
 * @example
 * ```ts
 * import { fromPretalxTalks } from "@convening/formats/pretalx";
 *
 * const { convening } = fromPretalxTalks(talksPage, { event: eventJson });
 * ```
 */
export function fromPretalxTalks(doc: unknown, options: PretalxTalksOptions = {}): ImportResult {
  const { event, timeZone, domain } = readOptions(options, ["event", "timeZone", "domain"]);
  // The API's event object is foreign JSON like the talks: the same snapshot, as an option.
  const eventData = event === undefined ? undefined : jsonData(event, "pretalx-event");
  if (eventData !== undefined && !isObject(eventData))
    throw new FormatOptionsError(["event"], event, "must be the API's event object");
  return importSchedule(readPretalxTalks(doc, eventData), {
    timeZone,
    domain,
  } as FrabImportOptions);
}
