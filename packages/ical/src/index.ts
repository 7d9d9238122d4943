// The public API of @convening/ical. Every export is named; internals stay in their files.

export { type CalendarLinkOptions, type CalendarLinks, calendarLinks } from "./calendar-links";
export type { CalendarMethod, CalendarOptions, CalendarOrganizer } from "./calendar-options";
export {
  CalendarOptionsError,
  InvitationError,
  isCalendarOptionsError,
  isInvitationError,
  isSessionNotFoundError,
  SessionNotFoundError,
} from "./errors";
export { type IcsResponseOptions, icsResponse } from "./ics-response";
export { toCalendar } from "./to-calendar";
export { toICS } from "./to-ics";
