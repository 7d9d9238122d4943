// What one named export costs a browser app that imports only it (min+gzip, KB = 1024 bytes).
// `lean: true` marks exports a page uses on its own (links, a formatted time, a download
// response): they must not pull in the validator, the date library or the calendar writer at
// all, whatever their size. Read by scripts/size.mjs; raise a budget only with a reason.
export const HEAVY_DEPENDENCIES = ["zod", "luxon", "ical-generator", "date-holidays"];

export const BUDGETS = [
  { name: "calendarLinks", pkg: "@convening/ical", gzipKB: 8, lean: true },
  { name: "formatInZones", pkg: "@convening/time", gzipKB: 20, lean: true },
  { name: "formatRange", pkg: "@convening/time", gzipKB: 20, lean: true },
  { name: "zoneAbbreviation", pkg: "@convening/time", gzipKB: 20, lean: true },
  { name: "zoneLabel", pkg: "@convening/time", gzipKB: 20, lean: true },
  { name: "icsResponse", pkg: "@convening/ical", gzipKB: 8, lean: true },
  // The meeting finders take public holidays as an option (`holidays`); the main entry never
  // loads date-holidays (a heavy dependency above), so they stay near their own size.
  { name: "findMeetingTimes", pkg: "@convening/time", gzipKB: 25, lean: false },
  { name: "planRotation", pkg: "@convening/time", gzipKB: 28, lean: false },
  { name: "tallyPoll", pkg: "@convening/time", gzipKB: 25, lean: false },
  // The holiday source itself, at its own subpath: date-holidays with every country's rules
  // (about 450 KB minified) and what its parser pulls in, moment-timezone with its zone data
  // (about 730 KB minified) and astronomia for moon-sighted feasts. Its honest size; only apps
  // that import `@convening/time/holidays` pay it.
  { name: "publicHolidays", pkg: "@convening/time/holidays", gzipKB: 250, lean: false },
  // Raised from 45 KB when a zone's first offset began to cost one Intl formatter and one read
  // instead of three formatters and a 64-day chunk (some 40 reads): 140 bytes, for a schema check
  // of a document in a zone not seen before and a zone picker 2.7× faster (core's zone-offset.ts).
  { name: "parseConvening", pkg: "@convening/schema", gzipKB: 46, lean: false },
  { name: "toICS", pkg: "@convening/ical", gzipKB: 50, lean: false },
  // The ICS reader: ical.js (about 25 KB), zod through parseConvening, the CLDR Windows-zone
  // table; a separate entry, so toICS never carries any of it. Raised from 95 KB when recurring
  // all-day events began to be expanded by @convening/time's rule engine (expandSeries, about
  // 45 KB min / 13 KB gzip with its zone-link table), which is cross-checked against rrule and
  // dateutil, where ical.js's iterator gets BYSETPOS and negative BYMONTHDAY wrong.
  { name: "fromICS", pkg: "@convening/ical/read", gzipKB: 105, lean: false },
  // @convening/formats, rows from each subpath export. The writers take a parsed convening and
  // must not reach the validator or luxon (lean). About 10 KB of each writer is
  // @convening/time's zone-link table, which expandSeries reaches through canonicalZone for the
  // series occurrences. The importers end in parseConvening, so they carry zod; fromFrabXml
  // also the XML parser (fast-xml-parser, about 20 KB).
  // The exporters write a series' meetings through expandSeries; expansion that starts at the
  // window (issue 15: rule-periods.js, firstRuleDate) added some 1.2 KB to each.
  { name: "toJsonLd", pkg: "@convening/formats/jsonld", gzipKB: 22, lean: true },
  { name: "toFrabXml", pkg: "@convening/formats/frab", gzipKB: 25, lean: true },
  { name: "toScheduleV2", pkg: "@convening/formats/frab", gzipKB: 25, lean: true },
  { name: "fromFrabJson", pkg: "@convening/formats/frab", gzipKB: 65, lean: false },
  { name: "fromFrabXml", pkg: "@convening/formats/frab", gzipKB: 88, lean: false },
  { name: "fromPretalxTalks", pkg: "@convening/formats/pretalx", gzipKB: 65, lean: false },
  { name: "fromSessionize", pkg: "@convening/formats/sessionize", gzipKB: 65, lean: false },
];
