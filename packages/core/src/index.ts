// The public API of @convening/core. Every export is named; internals stay in their files.

export {
  ConveningError,
  type ConveningErrorDetails,
  isConveningError,
} from "./convening-error.js";
export { describeValue } from "./describe-value.js";
export { type ErrorPath, formatPath } from "./format-path.js";
export { InvalidArgumentError } from "./invalid-argument-error.js";
export { type LocalizedText, localize } from "./localize.js";
export { NotParsedError } from "./not-parsed-error.js";
export {
  isParsed,
  markParsed,
  type Parsed,
  type ParsedKind,
  requireParsed,
} from "./parsed.js";
export { isSingleLineText } from "./single-line-text.js";
export {
  canSee,
  fieldVisibility,
  type RedactableField,
  type RedactableMember,
  redactMember,
  type Visibility,
} from "./visibility.js";
