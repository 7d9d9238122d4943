// Localised lines (issue 14) against the English path, in one run, printed as ratios: the BUILT
// dist/ (run `npx tsup` first). The same 2,000 sessions × 6 zones as run.mjs, over a year that
// crosses every DST change, with sessions at many times of day, so Sydney and Kolkata lines carry
// weekdays and day markers. The aim: every locale within 1.5× of English.
import { DateTime } from "luxon";
import { Bench } from "tinybench";
import { formatInZones } from "../dist/index.js";

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
const LOCALES = ["fr", "es", "pt-BR", "ar-EG", "sw", "hi", "vi"];

for (const locale of ["en", ...LOCALES]) {
  console.log(
    locale.padEnd(6),
    formatInZones(sessions[0].start, sessions[0].end, ZONES, { locale }).join(" | "),
  );
}

const bench = new Bench({
  name: "localised formatInZones, 2,000 sessions × 6 zones",
  time: 1500,
  warmupTime: 300,
});
bench.add("en (default)", () => {
  for (const s of sessions) formatInZones(s.start, s.end, ZONES);
});
for (const locale of LOCALES) {
  const options = { locale };
  bench.add(locale, () => {
    for (const s of sessions) formatInZones(s.start, s.end, ZONES, options);
  });
}
await bench.run();
console.log(bench.name);
console.table(bench.table());
const mean = (name) => bench.tasks.find((t) => t.name === name).result.latency.mean;
const english = mean("en (default)");
let worst = 0;
for (const locale of LOCALES) {
  const ratio = mean(locale) / english;
  worst = Math.max(worst, ratio);
  console.log(
    `${locale.padEnd(6)} ${ratio.toFixed(2)}× the English path (${mean(locale).toFixed(2)} ms vs ${english.toFixed(2)} ms)`,
  );
}
console.log(`worst localised / English: ${worst.toFixed(2)}× (aim ≤ 1.5×)`);
