// @convening/formats/sessionize: Sessionize's All Data JSON, in. Every export is named.

export { ConveningError, isConveningError } from "@convening/core";
export {
  TimeZoneRequiredError,
  UnrecognizedFormatError,
  UnusableDocumentError,
} from "../errors.js";
export type { ImportResult, ImportWarning } from "../shared/import-result.js";
export { fromSessionize, type SessionizeOptions } from "./from-sessionize.js";
