// Benchmark of @convening/ical (the BUILT dist/: run `npx tsup` here, and in ../core, ../schema
// and ../time, first), in one run, printed as ratios:
// 1. parseConvening + toICS of a 2,000-session convening side by side with the hand-written
//    ical-generator code a user would otherwise write to make the same events, and with `ics`;
// 2. what a web page does per session (calendarLinks and a one-session .ics for every one of the
//    2,000 sessions) side by side with one toICS of the whole convening, both on one parsed
//    convening. Indexes and each calendar's head (options, calendar properties) are built once per
//    parsed convening; each session's VEVENT is written once on both sides, so what remains is
//    the links and a few µs per calendar (about 2× on a quiet machine; issue 8 asks <= 1);
// 3. the VTIMEZONE of each of those one-session calendars, side by side with the whole
//    one-session toICS: its text is cached by a key of a few bisections, so it should cost a few
//    per cent of the calendar at most.

import { parseConvening } from "@convening/schema";
import ical from "ical-generator";
import { createEvents } from "ics";
import { DateTime } from "luxon";
import { Bench } from "tinybench";
import { calendarLinks, toICS } from "../dist/index.js";
// Internal (not exported by the package), from the per-module build.
import { buildVtimezone } from "../dist/vtimezone.js";
import { convening, organizations, people, sessions, venues } from "./big-convening.mjs";

// ---------------------------------------------------------------------------------------------
// Hand-written ical-generator code making the same events: lookups, the same description, zones
// as luxon DateTimes, UID, DTSTAMP and SEQUENCE set explicitly. The VTIMEZONE blocks are handed
// over ready-made (taken from toICS' output once), the cheapest a user could get them.

const first = toICS(parseConvening(convening), { domain: "events.example.org" });
const vtimezones = new Map(
  [...first.matchAll(/BEGIN:VTIMEZONE\r\nTZID:([^\r]+)\r\n[\s\S]*?END:VTIMEZONE\r\n/g)].map((m) => [
    m[1],
    m[0],
  ]),
);
const peopleById = new Map(people.map((p) => [p.id, p]));
const orgById = new Map(organizations.map((o) => [o.id, o]));
const venueById = new Map(venues.map((v) => [v.id, v]));
const ROLE_LABELS = { moderator: "Moderator", speaker: "Speaker", panelist: "Panelist" };

function person(p) {
  const a = p.affiliations[0];
  const org = orgById.get(a.organizationId);
  return `${p.name}, ${a.title}, ${org.name} (${org.shortName})`;
}

function handWritten() {
  const calendar = ical({
    prodId: "//Example//Hand written//EN",
    name: convening.title,
    url: convening.url,
  });
  calendar.timezone({ name: null, generator: (tz) => vtimezones.get(tz) });
  const stamp = DateTime.fromISO("2021-03-01T09:30:00Z", { zone: "utc" });
  for (const s of sessions) {
    const venue = venueById.get(s.venueId);
    const lines = s.participants.map(
      (p) => `${ROLE_LABELS[p.role]}: ${person(peopleById.get(p.memberId))}`,
    );
    const online = venue.kind === "online";
    const join = online && venue.public ? venue.url : undefined;
    const location = online
      ? (join ?? `${venue.name}, Online (${venue.platform})`)
      : `${venue.name}, ${venue.address}, ${venue.locality}, Belgium`;
    calendar.createEvent({
      id: `${s.id}@events.example.org`,
      sequence: s.sequence,
      stamp,
      lastModified: stamp,
      start: DateTime.fromISO(s.start, { setZone: true }).setZone(s.timeZone),
      end: DateTime.fromISO(s.end, { setZone: true }).setZone(s.timeZone),
      timezone: s.timeZone,
      summary: s.title,
      description: `${s.description}\n\n${lines.join("\n")}\n\nLanguage: English\n\nMaterials:\n- Pre-reading: ${s.materials[0].url}\n\n${join ? `Join (Zoom): ${join}\n` : ""}More: ${convening.url}`,
      location: online ? location : { title: location, geo: venue.geo },
      categories: [{ name: s.kind }, { name: s.track }],
      status: "CONFIRMED",
      url: join ?? convening.url,
    });
  }
  return calendar.toString();
}

// ---------------------------------------------------------------------------------------------
// The `ics` package: the same events as UTC times (it writes no VTIMEZONE).

function withIcs() {
  const events = sessions.map((s) => {
    const start = DateTime.fromISO(s.start, { setZone: true }).toUTC();
    const end = DateTime.fromISO(s.end, { setZone: true }).toUTC();
    const venue = venueById.get(s.venueId);
    const lines = s.participants.map(
      (p) => `${ROLE_LABELS[p.role]}: ${person(peopleById.get(p.memberId))}`,
    );
    return {
      uid: `${s.id}@events.example.org`,
      sequence: s.sequence,
      start: [start.year, start.month, start.day, start.hour, start.minute],
      end: [end.year, end.month, end.day, end.hour, end.minute],
      startInputType: "utc",
      startOutputType: "utc",
      endInputType: "utc",
      endOutputType: "utc",
      title: s.title,
      description: `${s.description}\n\n${lines.join("\n")}\n\nMore: ${convening.url}`,
      location: venue.name,
      categories: [s.kind, s.track],
      status: "CONFIRMED",
      url: convening.url,
    };
  });
  const { error, value } = createEvents(events);
  if (error) throw error;
  return value;
}

// ---------------------------------------------------------------------------------------------

const bench = new Bench({
  name: "@convening/ical vs hand-written ical-generator and ics",
  time: 3000,
  iterations: 10,
  warmupTime: 500,
  warmupIterations: 3,
});
bench
  .add("hand-written ical-generator: 2,000 sessions", handWritten)
  .add("parseConvening + toICS: 2,000 sessions (validation, privacy, VTIMEZONE included)", () =>
    toICS(parseConvening(convening), { domain: "events.example.org" }),
  )
  .add("ics package: 2,000 sessions in UTC", withIcs);
await bench.run();

console.log(bench.name);
console.table(bench.table());
const [hand, ours, ics] = bench.tasks.map((task) => task.result.latency.mean);
console.log(
  `toICS / hand-written ical-generator: ${(ours / hand).toFixed(2)}× the time (${ours.toFixed(1)} ms vs ${hand.toFixed(1)} ms; target ≤ 0.8× (issue 15))`,
);
console.log(
  `toICS / ics package: ${(ours / ics).toFixed(2)}× the time (${ours.toFixed(1)} ms vs ${ics.toFixed(1)} ms)`,
);

// ---------------------------------------------------------------------------------------------
// Per session, as examples/web-agenda does: links and a one-session .ics for each session. Before
// the parsed convening was memoised this was quadratic (each call parsed and indexed everything).

const parsed = parseConvening(convening);
const ids = parsed.sessions.map((s) => s.id);
function perSession() {
  let bytes = 0;
  for (const id of ids) {
    bytes += calendarLinks(id, parsed).google.length;
    bytes += toICS(parsed, { domain: "events.example.org", only: [id] }).length;
  }
  return bytes;
}

const perSessionBench = new Bench({
  name: "per-session links and .ics vs one whole calendar (one parsed convening)",
  time: 3000,
  iterations: 5,
  warmupTime: 500,
  warmupIterations: 1,
});
perSessionBench
  .add("links + one-session ICS for all 2,000 sessions", perSession)
  .add("one toICS of the 2,000-session convening", () =>
    toICS(parsed, { domain: "events.example.org" }),
  );
await perSessionBench.run();
console.log(perSessionBench.name);
console.table(perSessionBench.table());
const [each, whole] = perSessionBench.tasks.map((task) => task.result.latency.mean);
console.log(
  `links + one-session ICS for all 2,000 sessions / one toICS: ${(each / whole).toFixed(2)}× the time (${each.toFixed(1)} ms vs ${whole.toFixed(1)} ms; target <= 1)`,
);

// ---------------------------------------------------------------------------------------------
// The VTIMEZONE block of each one-session calendar: what ConveningCalendar asks for per calendar,
// for every session's span, against the one-session toICS it is part of.

const spans = parsed.sessions.map((s) => ({
  zone: s.timeZone,
  span: { fromMs: Date.parse(s.start), toMs: Date.parse(s.end), open: false },
}));
function vtimezonePerSession() {
  let bytes = 0;
  for (const { zone, span } of spans) bytes += buildVtimezone(zone, span).length;
  return bytes;
}
function oneSessionCalendars() {
  let bytes = 0;
  for (const id of ids) bytes += toICS(parsed, { domain: "events.example.org", only: [id] }).length;
  return bytes;
}

const vtimezoneBench = new Bench({
  name: "VTIMEZONE of each one-session calendar vs the calendars (2,000 sessions, 3 zones)",
  time: 3000,
  iterations: 5,
  warmupTime: 500,
  warmupIterations: 1,
});
vtimezoneBench
  .add("buildVtimezone for each session's span", vtimezonePerSession)
  .add("toICS of each session alone", oneSessionCalendars);
await vtimezoneBench.run();
console.log(vtimezoneBench.name);
console.table(vtimezoneBench.table());
const [zones, calendars] = vtimezoneBench.tasks.map((task) => task.result.latency.mean);
console.log(
  `VTIMEZONE / one-session toICS: ${(zones / calendars).toFixed(3)}× the time (${((zones / spans.length) * 1000).toFixed(1)} µs vs ${((calendars / ids.length) * 1000).toFixed(1)} µs per session; target <= 0.05)`,
);

// ---------------------------------------------------------------------------------------------
// Issue 15: series that name dates centuries ahead, each against its ordinary twin. Before: a
// weekly series until 9999-12-31 took 26 s (one VTIMEZONE onset per year to 9999), a daily one
// with an override on 9999-12-30 failed (an expansion of eight thousand years of days), and an
// extra date in 2900 took 2.3 s. Target: each within 2× of its twin.

const WEEKLY = {
  id: "weekly-call",
  title: "Weekly call",
  timeZone: "America/New_York",
  firstDate: "2024-01-01",
  startTime: "09:00",
  duration: "PT1H",
  rule: { freq: "weekly" },
};
const seriesConvening = (series) =>
  parseConvening({
    id: "far",
    title: "Far dates",
    timeZone: "UTC",
    startDate: "2024-01-01",
    endDate: "2024-01-07",
    series: [series],
  });
const farPairs = [
  {
    name: "weekly until 9999-12-31 / until 2025-12-31",
    far: seriesConvening({ ...WEEKLY, rule: { freq: "weekly", until: "9999-12-31" } }),
    near: seriesConvening({ ...WEEKLY, rule: { freq: "weekly", until: "2025-12-31" } }),
  },
  {
    name: "daily, override on 9999-12-30 / on 2024-06-03",
    far: seriesConvening({
      ...WEEKLY,
      rule: { freq: "daily" },
      overrides: [{ date: "9999-12-30", startTime: "10:00" }],
    }),
    near: seriesConvening({
      ...WEEKLY,
      rule: { freq: "daily" },
      overrides: [{ date: "2024-06-03", startTime: "10:00" }],
    }),
  },
  {
    name: "weekly, extra date in 2900 / in 2024",
    far: seriesConvening({ ...WEEKLY, extraDates: ["2900-01-05"] }),
    near: seriesConvening({ ...WEEKLY, extraDates: ["2024-06-05"] }),
  },
];
const farBench = new Bench({ name: "toICS of series naming far dates vs their twins", time: 1000 });
for (const pair of farPairs) {
  // The first call per zone era builds its offset table; both sides are measured warm.
  toICS(pair.far);
  toICS(pair.near);
  farBench.add(`${pair.name}: far`, () => toICS(pair.far));
  farBench.add(`${pair.name}: near`, () => toICS(pair.near));
}
await farBench.run();
console.log(farBench.name);
console.table(farBench.table());
for (const pair of farPairs) {
  const mean = (side) => farBench.getTask(`${pair.name}: ${side}`).result.latency.mean;
  console.log(
    `${pair.name}: ${(mean("far") / mean("near")).toFixed(2)}× (${mean("far").toFixed(3)} ms vs ${mean("near").toFixed(3)} ms; target <= 2)`,
  );
}
