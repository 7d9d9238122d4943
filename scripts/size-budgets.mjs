// What one named export costs a browser app that imports only it (min+gzip, KB = 1024 bytes).
// `lean: true` marks exports a page uses on its own (links, a formatted time, a download
// response): they must not pull in the validator, the date library or the calendar writer at
// all, whatever their size. Read by scripts/size.mjs; raise a budget only with a reason.
export const HEAVY_DEPENDENCIES = ["zod", "luxon", "ical-generator"];

export const BUDGETS = [
  { name: "calendarLinks", pkg: "@convening/ical", gzipKB: 8, lean: true },
  { name: "formatInZones", pkg: "@convening/time", gzipKB: 20, lean: true },
  { name: "formatRange", pkg: "@convening/time", gzipKB: 20, lean: true },
  { name: "zoneAbbreviation", pkg: "@convening/time", gzipKB: 20, lean: true },
  { name: "icsResponse", pkg: "@convening/ical", gzipKB: 8, lean: true },
  { name: "parseConvening", pkg: "@convening/schema", gzipKB: 45, lean: false },
  { name: "toICS", pkg: "@convening/ical", gzipKB: 50, lean: false },
];
