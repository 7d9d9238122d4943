import { DateTime } from "luxon";
import { formatInZones } from "/work/wt-locale/packages/time/dist/index.js";

const ZONES = [
  "America/New_York",
  "Europe/London",
  "Africa/Nairobi",
  "Asia/Kolkata",
  "Australia/Sydney",
  "America/Sao_Paulo",
];
const sessions = Array.from({ length: 2000 }, (_, i) => {
  const start = DateTime.fromISO("2021-01-04T11:20:00", { zone: "America/New_York" }).plus({
    days: Math.floor(i / 6),
    hours: (i % 6) * 1.5,
    minutes: (i * 7) % 60,
  });
  return { start: start.toISO(), end: start.plus({ minutes: 45 + (i % 4) * 15 }).toISO() };
});
const locale = process.argv[2];
const opts = locale ? { locale } : undefined;
for (let k = 0; k < 5; k++) for (const s of sessions) formatInZones(s.start, s.end, ZONES, opts);
const t = performance.now();
for (let k = 0; k < 30; k++) for (const s of sessions) formatInZones(s.start, s.end, ZONES, opts);
console.log(locale ?? "en", ((performance.now() - t) / 30).toFixed(2), "ms");
