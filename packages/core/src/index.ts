// The public API of @convening/core. Every export is named; internals stay in their files.

export {
  type ArgumentErrorClass,
  type ArgumentGuards,
  argumentGuards,
} from "./argument-guards.js";
export { BoundedCache } from "./bounded-cache.js";
export {
  type CivilDate,
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  daysInMonth,
  formatLocalDate,
  isLocalDate,
  isLocalTime,
  isoWeekday,
  isValidDate,
  parseLocalDate,
  parseLocalTime,
  readDigits,
} from "./civil-date.js";
export {
  ConveningError,
  type ConveningErrorDetails,
  isConveningError,
} from "./convening-error.js";
export { describePath, toErrorPath } from "./describe-path.js";
export { describeValue } from "./describe-value.js";
export {
  DURATION_PATTERN,
  type DurationParts,
  durationMinutes,
  durationParts,
  formatDuration,
} from "./duration.js";
export { isEmail } from "./email.js";
export { type ErrorPath, formatPath } from "./format-path.js";
export {
  formatBasicDateTime,
  formatInstant,
  formatInstantUtc,
  type ParsedInstant,
  parseInstant,
} from "./instant.js";
export { InvalidArgumentError } from "./invalid-argument-error.js";
export { isLanguageTag } from "./language-tag.js";
export { type LocalizedText, localize } from "./localize.js";
export { NotParsedError } from "./not-parsed-error.js";
export {
  isParsed,
  markParsed,
  type Parsed,
  type ParsedKind,
  requireParsed,
} from "./parsed.js";
export { peekField } from "./peek-field.js";
export { MAX_SEQUENCE } from "./sequence.js";
export { isSingleLineText } from "./single-line-text.js";
export { isTimeZone, TIME_ZONE_PATTERN } from "./time-zone-id.js";
export {
  canSee,
  fieldVisibility,
  type RedactableField,
  type RedactableMember,
  redactMember,
  type Visibility,
} from "./visibility.js";
export { isWebUrl } from "./web-url.js";
export {
  firstInstantAtOrAfterLocal,
  formatOffset,
  MAX_TRANSITION_SEARCH_MS,
  type OffsetTransition,
  ZoneOffsetTable,
  zoneOffsetSeconds,
  zoneOffsetTable,
} from "./zone-offset.js";
