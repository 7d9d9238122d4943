// @convening/formats/pretalx: pretalx's schedule export and REST API talks, in. Every export is named.

export { ConveningError, isConveningError } from "@convening/core";
export {
  TimeZoneRequiredError,
  UnrecognizedFormatError,
  UnusableDocumentError,
} from "../errors.js";
export type { FrabImportOptions } from "../frab/import-schedule.js";
export type { ImportResult, ImportWarning } from "../shared/import-result.js";
export { fromPretalxSchedule, fromPretalxTalks, type PretalxTalksOptions } from "./from-pretalx.js";
