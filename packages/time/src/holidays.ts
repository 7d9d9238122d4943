// `@convening/time/holidays`: the date-holidays source for the meeting finders, at its own import
// so the main entry never loads date-holidays, moment-timezone or astronomia.

export { publicHolidays } from "./holiday-calendar.js";
export type { HolidayCalendar, PublicHoliday } from "./holiday-types.js";
