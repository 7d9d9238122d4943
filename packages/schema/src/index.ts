// The public API of @convening/schema. Every export is named; internals stay in their files.

export {
  ConveningError,
  type ConveningErrorDetails,
  durationMinutes,
  type ErrorPath,
  formatPath,
  InvalidArgumentError,
  isConveningError,
  isLocalDate,
  isLocalTime,
  isTimeZone,
  NotParsedError,
  type Parsed,
} from "@convening/core";
export { type AllDay, AllDaySchema } from "./all-day.js";
export { CountrySchema, GeoSchema, type Visibility, VisibilitySchema } from "./common.js";
export {
  type Contact,
  ContactSchema,
  type Convening,
  type ConveningInput,
  ConveningSchema,
  type DisplayZone,
  DisplayZoneSchema,
} from "./convening.js";
export { type Directory, type DirectoryInput, DirectorySchema } from "./directory.js";
export {
  type ConveningIssue,
  type ConveningIssueCode,
  ConveningValidationError,
  isConveningValidationError,
} from "./errors.js";
export { type Group, type GroupInput, GroupSchema } from "./group.js";
export {
  type ConveningId,
  ConveningIdSchema,
  type GroupId,
  GroupIdSchema,
  isSafeId,
  type MemberId,
  MemberIdSchema,
  type OrganizationId,
  OrganizationIdSchema,
  type RegistrationId,
  RegistrationIdSchema,
  type SeriesId,
  SeriesIdSchema,
  type SessionId,
  SessionIdSchema,
  type VenueId,
  VenueIdSchema,
} from "./ids.js";
export {
  JSON_SCHEMA_BASE,
  type JsonSchemaDocument,
  type JsonSchemaName,
  jsonSchemas,
} from "./json-schemas.js";
export { localize } from "./localize.js";
export {
  type Affiliation,
  AffiliationSchema,
  type AvailabilityWindow,
  AvailabilityWindowSchema,
  type Member,
  type MemberField,
  type MemberInput,
  MemberSchema,
  type Weekday,
  WeekdaySchema,
} from "./member.js";
export {
  type Organization,
  type OrganizationInput,
  type OrganizationKind,
  OrganizationKindSchema,
  OrganizationSchema,
} from "./organization.js";
export {
  type ParseConveningOptions,
  parseConvening,
  type SafeParseConveningResult,
  safeParseConvening,
} from "./parse-convening.js";
export { parseDirectory } from "./parse-directory.js";
export { parseSeries } from "./parse-series.js";
export { type Audience, canSee, fieldVisibility, redactMember } from "./redact-member.js";
export {
  type Fee,
  FeeSchema,
  type Registration,
  type RegistrationInput,
  type RegistrationReply,
  RegistrationReplySchema,
  RegistrationSchema,
  type RegistrationSettings,
  RegistrationSettingsSchema,
} from "./registration.js";
export {
  type NthWeekday,
  NthWeekdaySchema,
  type RecurrenceRule,
  RecurrenceRuleSchema,
  type Series,
  type SeriesInput,
  type SeriesOverride,
  SeriesOverrideSchema,
  SeriesSchema,
} from "./series.js";
export {
  type Interpretation,
  InterpretationSchema,
  type Material,
  MaterialSchema,
  type Participant,
  type ParticipantRole,
  ParticipantRoleSchema,
  ParticipantSchema,
  type Session,
  type SessionInput,
  type SessionKind,
  SessionKindSchema,
  SessionSchema,
  type SessionStatus,
  SessionStatusSchema,
} from "./session.js";
export {
  DurationSchema,
  InstantSchema,
  LocalDateSchema,
  LocalTimeSchema,
} from "./temporal-strings.js";
export {
  isMultiLineText,
  isSingleLineText,
  LanguageTagSchema,
  type LocalizedText,
} from "./text.js";
export { TimeZoneSchema } from "./time-zone.js";
export {
  type HybridVenue,
  HybridVenueSchema,
  type OnlineVenue,
  OnlineVenueSchema,
  type PhysicalVenue,
  PhysicalVenueSchema,
  type Venue,
  type VenueInput,
  VenueSchema,
} from "./venue.js";
