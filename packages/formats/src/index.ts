// The public API of @convening/formats: every format's functions, by name. Each format also has
// its own entry (`@convening/formats/frab`, `/pretalx`, `/sessionize`, `/jsonld`) so an app that
// needs one format never loads another's code.

export { ConveningError, isConveningError, NotParsedError } from "@convening/core";
export {
  FormatOptionsError,
  TimeZoneRequiredError,
  UnrecognizedFormatError,
  UnusableDocumentError,
} from "./errors.js";
export {
  type FrabEventJson,
  type FrabExportOptions,
  type FrabImportOptions,
  type FrabRoomJson,
  type FrabScheduleJson,
  fromFrabJson,
  fromFrabXml,
  type ScheduleV2Event,
  type ScheduleV2Json,
  type ScheduleV2MetaEvent,
  toFrabJson,
  toFrabXml,
  toScheduleV2,
} from "./frab/index.js";
export {
  type JsonLdEvent,
  type JsonLdNode,
  type JsonLdOptions,
  jsonLdScript,
  toJsonLd,
} from "./jsonld/index.js";
export {
  fromPretalxSchedule,
  fromPretalxTalks,
  type PretalxTalksOptions,
} from "./pretalx/index.js";
export { fromSessionize, type SessionizeOptions } from "./sessionize/index.js";
export { CONVENING_NAMESPACE, sessionGuid } from "./shared/guid.js";
export type { ImportResult, ImportWarning } from "./shared/import-result.js";
