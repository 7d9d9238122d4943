// The public API of @convening/time. Every export is named; internals stay in their files.

export { ConveningError, isConveningError, NotParsedError } from "@convening/core";
export { type AllDayDates, formatAllDay } from "./all-day.js";
export {
  type AgendaDay,
  type AgendaOptions,
  type AgendaSession,
  buildAgenda,
} from "./build-agenda.js";
export { canonicalZone, supportedZones } from "./canonical-zone.js";
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
} from "./errors.js";
export {
  type ExpandSeriesOptions,
  expandSeries,
  MAX_SERIES_OCCURRENCES,
  type SeriesOccurrence,
} from "./expand-series.js";
export { type Conflict, type ConflictSession, findConflicts } from "./find-conflicts.js";
export { type FindMeetingTimesOptions, findMeetingTimes } from "./find-meeting-times.js";
export { firstRuleDate } from "./first-rule-date.js";
export { type DisplayZoneInput, formatInZones } from "./format-in-zones.js";
export {
  type FormatRangeOptions,
  type FormatRangeZoneOptions,
  formatRange,
  MAX_RANGE_DAYS,
} from "./format-range.js";
export type { HolidayCalendar, PublicHoliday } from "./holiday-types.js";
export type { InstantInput } from "./instant.js";
export { PENALTY, REQUIRED_FACTOR } from "./meeting-cost.js";
export { MAX_WEIGHT, type MeetingParticipant } from "./meeting-participants.js";
export type { UnavailablePeriod, WorkingHours } from "./participant-calendar.js";
export {
  type PlanRotationOptions,
  planRotation,
  type Rotation,
  type RotationTotal,
} from "./plan-rotation.js";
export type { SlotBand, SlotReason, SlotReasonKind } from "./slot-reasons.js";
export type { LocalSlot, MeetingSlot } from "./slot-scan.js";
export {
  type PollAnswer,
  type PollOption,
  type PollTally,
  type PollView,
  type PollVote,
  type TallyPollOptions,
  tallyPoll,
} from "./tally-poll.js";
export { toRRule } from "./to-rrule.js";
export {
  type GapPolicy,
  type OverlapPolicy,
  type WallTimeInput,
  type WallTimePolicy,
  wallTime,
} from "./wall-time.js";
export { wallTimeInstant } from "./wall-time-input.js";
export { WEEKENDS_BY_COUNTRY } from "./weekend.js";
export { zoneAbbreviation } from "./zone-abbreviation.js";
export { TZDATA_VERSION } from "./zone-data.generated.js";
export { zoneLabel } from "./zone-label.js";
export {
  MAX_TRANSITION_SPAN_DAYS,
  type ZoneTransition,
  type ZoneTransitionRange,
  zoneOffset,
  zoneTransitions,
} from "./zone-transitions.js";
