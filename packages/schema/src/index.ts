// The public API of @convening/schema. Every export is named; internals stay in their files.

export { CountrySchema, GeoSchema, type Visibility, VisibilitySchema } from "./common";
export {
  type Contact,
  ContactSchema,
  type Convening,
  type ConveningInput,
  ConveningSchema,
  type DisplayZone,
  DisplayZoneSchema,
} from "./convening";
export { type Directory, type DirectoryInput, DirectorySchema } from "./directory";
export {
  type ConveningIssue,
  type ConveningIssueCode,
  ConveningValidationError,
  formatPath,
  isConveningValidationError,
} from "./errors";
export { type Group, type GroupInput, GroupSchema } from "./group";
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
} from "./ids";
export {
  JSON_SCHEMA_BASE,
  type JsonSchemaDocument,
  type JsonSchemaName,
  jsonSchemas,
} from "./json-schemas";
export { localize } from "./localize";
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
} from "./member";
export {
  type Organization,
  type OrganizationInput,
  type OrganizationKind,
  OrganizationKindSchema,
  OrganizationSchema,
} from "./organization";
export {
  type ParseConveningOptions,
  parseConvening,
  type SafeParseConveningResult,
  safeParseConvening,
} from "./parse-convening";
export { parseDirectory } from "./parse-directory";
export { type Audience, canSee, fieldVisibility, redactMember } from "./redact-member";
export {
  type Fee,
  FeeSchema,
  type Registration,
  type RegistrationInput,
  RegistrationSchema,
  type RegistrationSettings,
  RegistrationSettingsSchema,
} from "./registration";
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
} from "./series";
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
} from "./session";
export {
  DurationSchema,
  durationMinutes,
  InstantSchema,
  isLocalDate,
  isLocalTime,
  LocalDateSchema,
  LocalTimeSchema,
} from "./temporal-strings";
export { isMultiLineText, isSingleLineText, LanguageTagSchema, type LocalizedText } from "./text";
export { isTimeZone, TimeZoneSchema } from "./time-zone";
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
} from "./venue";
