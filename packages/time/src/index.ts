// The public API of @convening/time. Every export is named; internals stay in their files.

export {
  type AgendaDay,
  type AgendaOptions,
  type AgendaSession,
  buildAgenda,
} from "./build-agenda";
export { canonicalZone, supportedZones } from "./canonical-zone";
export {
  AmbiguousTimeError,
  InvalidTimeArgumentError,
  InvalidZoneError,
  isAmbiguousTimeError,
  isInvalidTimeArgumentError,
  isInvalidZoneError,
  isNonexistentTimeError,
  NonexistentTimeError,
  type TimeErrorCode,
  type WallTimeParts,
} from "./errors";
export { type ExpandSeriesOptions, expandSeries, type SeriesOccurrence } from "./expand-series";
export { type Conflict, type ConflictSession, findConflicts } from "./find-conflicts";
export { type FindMeetingTimesOptions, findMeetingTimes } from "./find-meeting-times";
export { type DisplayZoneInput, formatInZones } from "./format-in-zones";
export { type FormatRangeOptions, type FormatRangeZoneOptions, formatRange } from "./format-range";
export type { InstantInput } from "./instant";
export { PENALTY, REQUIRED_FACTOR } from "./meeting-cost";
export type { MeetingParticipant } from "./meeting-participants";
export {
  type PlanRotationOptions,
  planRotation,
  type Rotation,
  type RotationTotal,
} from "./plan-rotation";
export type { LocalSlot, MeetingSlot } from "./slot-scan";
export { toRRule } from "./to-rrule";
export {
  type GapPolicy,
  type OverlapPolicy,
  type WallTimeInput,
  type WallTimePolicy,
  wallTime,
} from "./wall-time";
export { WEEKENDS_BY_COUNTRY } from "./weekend";
export { zoneAbbreviation } from "./zone-abbreviation";
export { TZDATA_VERSION } from "./zone-data.generated";
export {
  type ZoneTransition,
  type ZoneTransitionRange,
  zoneOffset,
  zoneTransitions,
} from "./zone-transitions";
