#!/usr/bin/env node
// Prints the numbers docs/time-zones.md shows for fair scheduling: a committee of 19 from
// Honolulu to Auckland meeting weekly for eight weeks, the single best slot repeated vs a
// rotation. Uses the built dist/ (run `npx tsup` first): `node scripts/fairness-example.mjs`.
import { findMeetingTimes, planRotation } from "../dist/index.js";

const zones = [
  ["keala", "Pacific/Honolulu"],
  ["dirk", "America/Los_Angeles"],
  ["ximena", "America/Mexico_City"],
  ["bonnie", "America/Chicago"],
  ["cheryl", "America/New_York"],
  ["lucia", "America/Bogota"],
  ["ana", "America/Sao_Paulo"],
  ["christelle", "Europe/Amsterdam"],
  ["jean", "Europe/London"],
  ["aminata", "Africa/Dakar"],
  ["ngozi", "Africa/Lagos"],
  ["nour", "Africa/Cairo"],
  ["wanjiru", "Africa/Nairobi"],
  ["farah", "Asia/Riyadh"],
  ["annie", "Asia/Kolkata"],
  ["konok", "Asia/Dhaka"],
  ["linh", "Asia/Ho_Chi_Minh"],
  ["mei", "Australia/Sydney"],
  ["aroha", "Pacific/Auckland"],
];
const committee = zones.map(([id, timeZone]) => ({ id, timeZone }));
const options = {
  participants: committee,
  count: 8,
  duration: 60,
  from: "2021-09-06T00:00:00Z",
  to: "2021-11-01T00:00:00Z",
  step: 30,
};
const WEEK = 7 * 86_400_000;

const [best] = findMeetingTimes({ ...options, to: "2021-09-13T00:00:00Z" });
const repeated = Array.from({ length: 8 }, (_, week) => {
  const start = Date.parse(best.start) + week * WEEK;
  return findMeetingTimes({
    ...options,
    from: new Date(start),
    to: new Date(start + 3_600_000),
  })[0];
});
const rotation = planRotation(options);

const totals = (slots) =>
  committee.map((p, i) => ({
    id: p.id,
    cost: slots.reduce((sum, s) => sum + s.local[i].cost, 0),
    asleep: slots.filter((s) => s.local[i].asleep).length,
  }));
const summary = (name, slots) => {
  const t = totals(slots);
  const worst = Math.max(...t.map((x) => x.cost));
  const sum = t.reduce((s, x) => s + x.cost, 0);
  const nights = t.reduce((s, x) => s + x.asleep, 0);
  const mostNights = Math.max(...t.map((x) => x.asleep));
  return { name, worst, sum, nights, mostNights, t };
};
const a = summary("best slot, repeated", repeated);
const b = summary("rotation", rotation.slots);

console.log(`best single slot: ${best.start} (cost ${best.cost}, ${best.asleep} asleep)`);
console.log(
  "| plan | worst person's total | everyone's total | person-nights in sleep hours | most nights for one person |",
);
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const s of [a, b])
  console.log(
    `| ${s.name} | ${s.worst.toFixed(1)} | ${s.sum.toFixed(1)} | ${s.nights} | ${s.mostNights} |`,
  );
console.log("\nrotation slots:");
for (const s of rotation.slots) {
  const sleepers = s.local.filter((l) => l.asleep).map((l) => l.id);
  console.log(`- ${s.start}  asleep: ${sleepers.join(", ") || "nobody"}`);
}
console.log("\nper person (repeated vs rotation):");
console.log("| person | zone | repeated: cost (nights) | rotation: cost (nights) |");
console.log("| --- | --- | ---: | ---: |");
committee.forEach((p, i) => {
  console.log(
    `| ${p.id} | ${p.timeZone} | ${a.t[i].cost.toFixed(1)} (${a.t[i].asleep}) | ${b.t[i].cost.toFixed(1)} (${b.t[i].asleep}) |`,
  );
});
