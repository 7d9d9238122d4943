// @convening/ical/read: iCalendar in. A separate entry, so toICS users never load ical.js.
// Every export is named; internals stay in their files.

export { ConveningError, isConveningError } from "@convening/core";
export { FloatingTimeError, IcsSyntaxError, ImportOptionsError } from "./errors.js";
export { fromICS } from "./from-ics.js";
export type { FromIcsOptions } from "./from-ics-options.js";
export type { IcsImportResult, IcsImportWarning } from "./import-result.js";
export { CLDR_VERSION } from "./windows-zones.generated.js";
