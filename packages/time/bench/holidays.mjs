// findMeetingTimes with public holidays vs without, on the BUILT dist/ (`npx tsup` first): the
// 300 people of bench/meeting-people.mjs, each with the country of their zone (and a region
// where holidays differ by region), over four weeks of December 2025 with Christmas, Jamhuri
// Day and the rest, against the same call without holidays, in one run. Target: at most 2×.
import { Bench } from "tinybench";
import { publicHolidays } from "../dist/holidays.js";
import { findMeetingTimes } from "../dist/index.js";
import { meeting, people } from "./meeting-people.mjs";

const COUNTRY = {
  "Pacific/Honolulu": ["US", "HI"],
  "America/Anchorage": ["US", "AK"],
  "America/Los_Angeles": ["US", "CA"],
  "America/Denver": ["US", "CO"],
  "America/Mexico_City": ["MX"],
  "America/Chicago": ["US", "IL"],
  "America/New_York": ["US", "NY"],
  "America/Bogota": ["CO"],
  "America/Sao_Paulo": ["BR", "SP"],
  "America/Argentina/Buenos_Aires": ["AR"],
  "Atlantic/Azores": ["PT"],
  "Europe/London": ["GB", "ENG"],
  "Africa/Lagos": ["NG"],
  "Europe/Berlin": ["DE", "BE"],
  "Africa/Johannesburg": ["ZA"],
  "Africa/Cairo": ["EG"],
  "Africa/Nairobi": ["KE"],
  "Asia/Riyadh": ["SA"],
  "Asia/Tehran": ["IR"],
  "Asia/Dubai": ["AE"],
  "Asia/Karachi": ["PK"],
  "Asia/Kolkata": ["IN"],
  "Asia/Kathmandu": ["NP"],
  "Asia/Dhaka": ["BD"],
  "Asia/Bangkok": ["TH"],
  "Asia/Shanghai": ["CN"],
  "Asia/Tokyo": ["JP"],
  "Australia/Adelaide": ["AU", "SA"],
  "Australia/Sydney": ["AU", "NSW"],
  "Pacific/Auckland": ["NZ"],
};
const december = { from: "2025-12-01T00:00:00Z", to: "2025-12-29T00:00:00Z" };
const withoutHolidays = { ...meeting, ...december };
const withHolidays = {
  ...withoutHolidays,
  holidays: publicHolidays,
  participants: people.map((p) => {
    const [country, region] = COUNTRY[p.timeZone];
    return { ...p, country, ...(region ? { region } : {}) };
  }),
};
const coldStart = performance.now();
const bestHoliday = findMeetingTimes(withHolidays)[0];
const cold = performance.now() - coldStart;
console.log(
  `best time with holidays: ${bestHoliday.start} (cost ${bestHoliday.cost}, ${bestHoliday.band}); first call ${cold.toFixed(0)} ms, holiday data read and cached`,
);
const holidays = new Bench({
  name: "findMeetingTimes with holidays vs without",
  time: 2000,
  iterations: 8,
});
holidays
  .add("findMeetingTimes: 300 people × 30 zones × 4 weeks, no holidays", () =>
    findMeetingTimes(withoutHolidays),
  )
  .add("findMeetingTimes: 300 people × 30 zones × 4 weeks, public holidays", () =>
    findMeetingTimes(withHolidays),
  );
await holidays.run();
console.log(holidays.name);
console.table(holidays.table());
const [plain, holiday] = holidays.tasks.map((task) => task.result.latency.mean);
console.log(
  `findMeetingTimes with holidays takes ${(holiday / plain).toFixed(2)}× the time without (${holiday.toFixed(1)} ms vs ${plain.toFixed(1)} ms; aim ≤ 2×)`,
);
