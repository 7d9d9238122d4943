// Benchmarks of @convening/time (the BUILT dist/: run `npx tsup` first), each side by side with
// the plain-luxon code a user would otherwise write, in one run, printed as ratios.
import { parseSeries } from "@convening/schema";
import { DateTime } from "luxon";
import { Bench } from "tinybench";
import { expandSeries, findConflicts, findMeetingTimes, formatInZones } from "../dist/index.js";
import { meeting } from "./meeting-people.mjs";

// ---------------------------------------------------------------------------------------------
// 1. formatInZones: 2,000 sessions × 6 zones, over a year that crosses every DST change.

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
  });
  return { start: start.toISO(), end: start.plus({ minutes: 45 }).toISO() };
});

/** What a user writes with luxon: parse, convert, format, and luxon's own short zone name. */
function luxonLines(start, end, zones) {
  const s = DateTime.fromISO(start, { setZone: true });
  const e = DateTime.fromISO(end, { setZone: true });
  const time = (d) => `${d.toFormat("h:mm")}${d.hour < 12 ? "a" : "p"}`;
  return zones.map((zone) => {
    const a = s.setZone(zone);
    const b = e.setZone(zone);
    return `${time(a)} — ${time(b)} ${a.offsetNameShort}`;
  });
}

/** The least a user could write: luxon's fields, no zone name at all (so not the same output). */
function luxonFieldsOnly(start, end, zones) {
  const s = DateTime.fromISO(start, { setZone: true });
  const e = DateTime.fromISO(end, { setZone: true });
  const time = (d) =>
    `${d.hour % 12 || 12}:${String(d.minute).padStart(2, "0")}${d.hour < 12 ? "a" : "p"}`;
  return zones.map((zone) => `${time(s.setZone(zone))} — ${time(e.setZone(zone))}`);
}

// ---------------------------------------------------------------------------------------------
// 2. findMeetingTimes: 300 people in 30 zones, one week at 15-minute steps, a 60-minute call.

const DAY = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 };
/** The same cost model, the way a user writes it with luxon: a DateTime per person and quarter hour. */
function luxonMeetingTimes({ participants, duration, from, to, step, limit }) {
  const band = (h) =>
    h < 6 ? 20 : h < 7 ? 6 : h < 9 ? 1 : h < 17 ? 0 : h < 19 ? 1 : h < 22 ? 3 : 6;
  const weekends = participants.map((p) => new Set(p.weekend.map((d) => DAY[d])));
  const start = DateTime.fromISO(from).toMillis();
  const end = DateTime.fromISO(to).toMillis();
  const slots = [];
  const base = participants.reduce((sum, p) => sum + p.weight * (p.required ? 10 : 1), 0);
  const optional = participants.filter((p) => !p.required).length;
  const tier1 = 20 * base + 1;
  const tier2 = tier1 * (optional + 1);
  for (let t = start; t + duration * 60_000 <= end; t += step * 60_000) {
    let cost = 0;
    participants.forEach((p, i) => {
      let penalty = 0;
      let asleep = false;
      for (let q = 0; q < duration; q += 15) {
        const local = DateTime.fromMillis(t + q * 60_000, { zone: p.timeZone });
        const b = band(local.hour);
        if (local.hour < 6) asleep = true;
        penalty += 15 * (b === 20 ? 20 : b + (weekends[i].has(local.weekday) ? 4 : 0));
      }
      cost +=
        p.weight * (p.required ? 10 : 1) * (penalty / duration) +
        (asleep ? (p.required ? tier2 : tier1) : 0);
    });
    slots.push({ start: t, cost });
  }
  return slots.sort((a, b) => a.cost - b.cost || a.start - b.start).slice(0, limit);
}

// Both sides must agree before their speed means anything.
const ours = formatInZones(sessions[0].start, sessions[0].end, ZONES);
const theirs = luxonLines(sessions[0].start, sessions[0].end, ZONES);
console.log("first session, ours:  ", ours.join(" | "));
console.log("first session, luxon: ", theirs.join(" | "));
const best = findMeetingTimes(meeting)[0];
const bestLuxon = luxonMeetingTimes(meeting)[0];
if (Date.parse(best.start) !== bestLuxon.start || Math.abs(best.cost - bestLuxon.cost) > 1e-6) {
  throw new Error(
    `the two meeting-time implementations disagree: ${best.start} ${best.cost} vs ${new Date(bestLuxon.start).toISOString()} ${bestLuxon.cost}`,
  );
}
console.log(`best meeting time, both: ${best.start} (cost ${best.cost})`);

// The luxon side takes seconds a run: a handful of iterations is enough for a ratio.
const bench = new Bench({
  name: "@convening/time vs plain luxon",
  time: 2000,
  iterations: 8,
  warmupTime: 300,
  warmupIterations: 2,
});
bench
  .add("luxon: 2,000 sessions × 6 zones", () => {
    for (const s of sessions) luxonLines(s.start, s.end, ZONES);
  })
  .add("luxon without zone names: 2,000 sessions × 6 zones", () => {
    for (const s of sessions) luxonFieldsOnly(s.start, s.end, ZONES);
  })
  .add("formatInZones: 2,000 sessions × 6 zones", () => {
    for (const s of sessions) formatInZones(s.start, s.end, ZONES);
  })
  .add("luxon: meeting times, 300 people × 30 zones × 1 week / 15 min", () => {
    luxonMeetingTimes(meeting);
  })
  .add("findMeetingTimes: 300 people × 30 zones × 1 week / 15 min", () => {
    findMeetingTimes(meeting);
  });
await bench.run();

console.log(bench.name);
console.table(bench.table());
const [luxonFormat, luxonBare, oursFormat, luxonMeeting, oursMeeting] = bench.tasks.map(
  (task) => task.result.latency.mean,
);
console.log(
  `formatInZones is ${(luxonFormat / oursFormat).toFixed(1)}× faster than luxon (${oursFormat.toFixed(2)} ms vs ${luxonFormat.toFixed(2)} ms; aim ≥ 5×)`,
);
console.log(
  `formatInZones is ${(luxonBare / oursFormat).toFixed(1)}× faster than luxon even without zone names (${luxonBare.toFixed(2)} ms)`,
);
console.log(
  `findMeetingTimes is ${(luxonMeeting / oursMeeting).toFixed(1)}× faster than luxon (${oursMeeting.toFixed(2)} ms vs ${luxonMeeting.toFixed(2)} ms; aim ≥ 50×)`,
);

// ---------------------------------------------------------------------------------------------
// 3. findConflicts: 10,000 sessions that all overlap but share nobody (the quadratic case of
//    issues 9 and 15), and a realistic programme: some 2,000 sessions over a week in 40 rooms,
//    600 people, two to five each, with the double bookings a real draft has.

/** What a user would otherwise write (and what findConflicts did before): every open pair. */
function pairwiseConflicts(sessions) {
  const active = sessions
    .map((s) => ({
      id: s.id,
      start: Date.parse(s.start),
      end: Date.parse(s.end),
      people: new Set((s.participants ?? []).map((p) => p.memberId)),
      venue: s.venueId,
      inactive: s.status === "cancelled" || s.status === "postponed",
    }))
    .filter((s) => !s.inactive && s.end > s.start)
    .sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const out = [];
  let open = [];
  for (const current of active) {
    open = open.filter((o) => o.end > current.start);
    for (const other of open) {
      const shared = [...other.people].filter((p) => current.people.has(p)).sort();
      if (shared.length > 0)
        out.push({ a: other.id, b: current.id, reason: "participant", shared });
      if (other.venue !== undefined && other.venue === current.venue)
        out.push({ a: other.id, b: current.id, reason: "venue", shared: [other.venue] });
    }
    open.push(current);
  }
  return out;
}

const iso = (ms) => new Date(ms).toISOString();
const day0 = Date.UTC(2021, 2, 22, 8);
const overlapping = Array.from({ length: 10_000 }, (_, i) => ({
  id: `s${i}`,
  start: iso(day0 + i * 1000),
  end: iso(day0 + 10 * 86_400_000),
  participants: [{ memberId: `m${i}` }, { memberId: `n${i}` }],
  venueId: `room${i}`,
}));
// A deterministic draw (a linear congruential generator), so every run measures the same data.
let seed = 42;
const draw = (n) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed % n;
};
const programme = [];
for (let room = 0; room < 40; room++) {
  for (let day = 0; day < 7; day++) {
    // Each room runs back to back from 09:00 with 15-minute breaks; one session in 50 is
    // booked 30 minutes early, into the previous one (a draft's double booking).
    let at = day0 + day * 86_400_000 + 3_600_000;
    while (at < day0 + day * 86_400_000 + 10 * 3_600_000) {
      const length = (30 + 15 * draw(5)) * 60_000;
      const start = draw(50) === 0 ? at - 30 * 60_000 : at;
      programme.push({
        id: `t${programme.length}`,
        start: iso(start),
        end: iso(start + length),
        participants: Array.from({ length: 2 + draw(4) }, () => ({ memberId: `p${draw(600)}` })),
        venueId: `room${room}`,
        ...(draw(40) === 0 ? { status: "cancelled" } : {}),
      });
      at = start + length + 15 * 60_000;
    }
  }
}
for (const [name, input] of [
  ["overlapping", overlapping],
  ["programme", programme],
]) {
  const a = JSON.stringify(findConflicts(input));
  const b = JSON.stringify(pairwiseConflicts(input));
  if (a !== b) throw new Error(`the two conflict implementations disagree on the ${name} case`);
  console.log(`${name}: ${JSON.parse(a).length} conflicts, both`);
}

// The pairwise side takes 5–15 s a run on the overlapping case: three runs, no warm-up. The
// programme takes milliseconds, so it gets its own bench with a warm-up and many runs: three cold
// runs of it measured the JIT, not the code.
const conflicts = new Bench({
  name: "findConflicts vs comparing every open pair, 10,000 overlapping sessions",
  time: 1000,
  iterations: 3,
  warmup: false,
});
conflicts
  .add("pairwise: 10,000 overlapping sessions sharing nobody", () => pairwiseConflicts(overlapping))
  .add("findConflicts: 10,000 overlapping sessions sharing nobody", () =>
    findConflicts(overlapping),
  );
const programmeBench = new Bench({
  name: `findConflicts vs comparing every open pair, a ${programme.length}-session programme`,
  time: 1500,
  warmupTime: 300,
});
programmeBench
  .add(`pairwise: ${programme.length} sessions, 40 rooms, 600 people`, () =>
    pairwiseConflicts(programme),
  )
  .add(`findConflicts: ${programme.length} sessions, 40 rooms, 600 people`, () =>
    findConflicts(programme),
  );
for (const bench of [conflicts, programmeBench]) {
  await bench.run();
  console.log(bench.name);
  console.table(bench.table());
}
const [pairsOverlap, oursOverlap, pairsProgramme, oursProgramme] = [
  ...conflicts.tasks,
  ...programmeBench.tasks,
].map((task) => task.result.latency.mean);
console.log(
  `findConflicts is ${(pairsOverlap / oursOverlap).toFixed(1)}× faster on 10,000 overlapping sessions sharing nobody (${oursOverlap.toFixed(1)} ms vs ${pairsOverlap.toFixed(0)} ms)`,
);
console.log(
  `findConflicts is ${(pairsProgramme / oursProgramme).toFixed(2)}× faster on a ${programme.length}-session programme (${oursProgramme.toFixed(2)} ms vs ${pairsProgramme.toFixed(2)} ms; it checks every field, the pairwise code none)`,
);

// ---------------------------------------------------------------------------------------------
// 4. expandSeries: each pathological case of issue 15 against its typical case, as ratios from
// one run (target: within 2×). CPU time, not wall time, so other work on a shared machine does
// not land in one case's samples; the pairs alternate and each ratio is the median of the
// rounds' ratios.

const dailyInput = {
  id: "daily",
  title: "Daily stand-up",
  timeZone: "Europe/Berlin",
  firstDate: "2000-01-03",
  startTime: "09:00",
  duration: "PT15M",
  rule: { freq: "daily" },
};
const daily = parseSeries(dailyInput);
const farOverride = parseSeries({
  ...dailyInput,
  overrides: [{ date: "9999-12-30", title: "The last stand-up" }],
});
const year = (y) => ({ from: `${y}-01-03T00:00:00Z`, to: `${y + 1}-01-03T00:00:00Z` });
const week = { from: "2024-03-04T00:00:00Z", to: "2024-03-11T00:00:00Z" };

/** Each pair: the typical case, then the pathological one; both must give the same count. */
const pairs = [
  {
    name: "daily, 1-year window 1,000 years after firstDate vs at firstDate",
    typical: () => expandSeries(daily, year(2000)).length,
    pathological: () => expandSeries(daily, year(3000)).length,
  },
  {
    name: "daily, 1-week window, one override on 9999-12-30 vs none",
    typical: () => expandSeries(daily, week).length,
    pathological: () => expandSeries(farOverride, week).length,
  },
];
for (const pair of pairs) {
  const [a, b] = [pair.typical(), pair.pathological()];
  if (Math.abs(a - b) > 1) throw new Error(`${pair.name}: ${a} vs ${b} occurrences`);
}

const cpuTime = {
  name: "process.cpuUsage",
  fn: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  fromMs: (ms) => ms,
  toMs: (value) => Number(value),
};
const middle = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const ROUNDS = 5;
const results = pairs.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  const expansion = new Bench({ time: 200, warmupTime: 50, timestampProvider: cpuTime });
  pairs.forEach((pair, i) => {
    const order = round % 2 === 0 ? ["typical", "pathological"] : ["pathological", "typical"];
    for (const side of order) expansion.add(`${i} ${side}`, pair[side]);
  });
  await expansion.run();
  pairs.forEach((_, i) => {
    const p50 = (side) => expansion.getTask(`${i} ${side}`).result.latency.p50;
    results[i].push({ typical: p50("typical"), pathological: p50("pathological") });
  });
}
console.log("expandSeries: pathological vs typical (median CPU ms per call; target ratio ≤ 2)");
console.table(
  pairs.map((pair, i) => ({
    case: pair.name,
    typical: Number(middle(results[i].map((r) => r.typical)).toFixed(3)),
    pathological: Number(middle(results[i].map((r) => r.pathological)).toFixed(3)),
    ratio: Number(middle(results[i].map((r) => r.pathological / r.typical)).toFixed(2)),
  })),
);

// 5. findMeetingTimes with public holidays vs without (issue 13): its own file, so it can also
//    run alone (`node bench/holidays.mjs`).

await import("./holidays.mjs");
