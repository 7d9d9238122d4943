// The public API of @convening/ical. Every export is named; internals stay in their files.

export { ConveningError, isConveningError, NotParsedError } from "@convening/core";
export { type CalendarLinkOptions, type CalendarLinks, calendarLinks } from "./calendar-links.js";
export {
  type CalendarMethod,
  type CalendarOptions,
  type CalendarOrganizer,
  MAX_ALARMS,
} from "./calendar-options.js";
export {
  CalendarOptionsError,
  DuplicateUidError,
  InvitationError,
  isCalendarOptionsError,
  isDuplicateUidError,
  isInvitationError,
  isSessionNotFoundError,
  SessionNotFoundError,
} from "./errors.js";
export { type IcsBody, type IcsResponseOptions, icsResponse } from "./ics-response.js";
export { toCalendar } from "./to-calendar.js";
export { toICS } from "./to-ics.js";
export { toICSStream } from "./to-ics-stream.js";
