// @convening/formats/frab: frab/c3voc schedule files out (schedule.xml, schedule.json, schedule
// v2) and in. Every export is named; internals stay in their files.

export { ConveningError, isConveningError, NotParsedError } from "@convening/core";
export {
  FormatOptionsError,
  TimeZoneRequiredError,
  UnrecognizedFormatError,
  UnusableDocumentError,
} from "../errors.js";
export { CONVENING_NAMESPACE, sessionGuid } from "../shared/guid.js";
export type { ImportResult, ImportWarning } from "../shared/import-result.js";
export type {
  FrabEventJson,
  FrabRoomJson,
  FrabScheduleJson,
  ScheduleV2Event,
  ScheduleV2Json,
  ScheduleV2MetaEvent,
} from "./frab-json-types.js";
export type { FrabExportOptions } from "./frab-options.js";
export { fromFrabJson } from "./from-frab-json.js";
export { fromFrabXml } from "./from-frab-xml.js";
export type { FrabImportOptions } from "./import-schedule.js";
export { toFrabJson } from "./to-frab-json.js";
export { toFrabXml } from "./to-frab-xml.js";
export { toScheduleV2 } from "./to-schedule-v2.js";
