// Benchmark of fromICS (@convening/ical/read, the BUILT dist/: run `npx tsup` here, and in
// ../core, ../schema and ../time, first) on a generated file of about 50 MB (`node bench/read.mjs
// 50`; the size in MB is the first argument), side by side with what a user would otherwise
// write first: ical.js's own parse of the same text into components, listing the events, and
// ical.js's raw parse alone (`ICAL.parse(text)`, the jCal arrays fromICS itself starts from).
// Each reader runs in a child process of its own, so the peak RSS it reports is its own; the
// printed ratios are fromICS over ical.js, in time and in peak memory. The file mixes what feeds
// carry: Outlook's Windows TZIDs with VTIMEZONE, IANA TZIDs, UTC times, organisers and
// attendees, locations, weekly series with exceptions, and escaped multi-line descriptions.

import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SELF = fileURLToPath(import.meta.url);

function generate(megabytes) {
  const head = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//convening//bench//EN",
    "X-WR-CALNAME:Bench feed",
    "BEGIN:VTIMEZONE",
    "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
  ];
  const parts = [head.join("\r\n")];
  let size = parts[0].length;
  const target = megabytes * 1024 * 1024;
  const pad = (n) => String(n).padStart(2, "0");
  for (let i = 0; size < target; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000);
    const date = `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
    const hour = 8 + (i % 9);
    const start = `${date}T${pad(hour)}0000`;
    const end = `${date}T${pad(hour + 1)}3000`;
    const time =
      i % 3 === 0
        ? [
            `DTSTART;TZID=W. Europe Standard Time:${start}`,
            `DTEND;TZID=W. Europe Standard Time:${end}`,
          ]
        : i % 3 === 1
          ? [`DTSTART;TZID=America/New_York:${start}`, `DTEND;TZID=America/New_York:${end}`]
          : [`DTSTART:${start}Z`, `DTEND:${end}Z`];
    const series =
      i % 50 === 0
        ? [
            "RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=" +
              ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][
                day.getUTCDay() === 0 ? 6 : day.getUTCDay() - 1
              ],
          ]
        : [];
    const event = [
      "BEGIN:VEVENT",
      `UID:${i.toString(16).padStart(8, "0")}-bench@example.org`,
      "DTSTAMP:20240101T000000Z",
      ...time,
      ...series,
      `SUMMARY:Working group ${i % 97}: budget\\, reports and next steps`,
      `DESCRIPTION:Agenda item ${i}:\\n1. Minutes\\n2. Budget\\; questions\\n3. AOB`,
      `LOCATION:Room ${i % 40}\\, Building ${i % 7}`,
      `ORGANIZER;CN=Person ${i % 300}:mailto:person${i % 300}@example.org`,
      `ATTENDEE;CN=Person ${(i + 1) % 300};ROLE=REQ-PARTICIPANT:mailto:person${(i + 1) % 300}@example.org`,
      `ATTENDEE;CN=Person ${(i + 2) % 300};ROLE=OPT-PARTICIPANT:mailto:person${(i + 2) % 300}@example.org`,
      `CATEGORIES:Track ${i % 5}`,
      "SEQUENCE:1",
      "STATUS:CONFIRMED",
      "END:VEVENT",
    ].join("\r\n");
    parts.push(event);
    size += event.length + 2;
  }
  parts.push("END:VCALENDAR\r\n");
  return { text: parts.join("\r\n"), events: parts.length - 2 };
}

async function child(kind, file) {
  const text = readFileSync(file, "utf8");
  const before = performance.now();
  // CPU time as well as elapsed: on a shared, loaded machine it is the steadier of the two.
  const cpuBefore = process.cpuUsage();
  let count;
  if (kind === "fromics") {
    const { fromICS } = await import("../dist/read/index.js");
    const { convening, warnings } = fromICS(text, { timeZone: "Europe/Berlin" });
    count = convening.sessions.length + convening.series.length;
    if (warnings.length > 0) count += ` (${warnings.length} warnings)`;
  } else if (kind === "parse") {
    const { default: ICAL } = await import("ical.js");
    const jcal = ICAL.parse(text);
    count = jcal[2].filter((c) => c[0] === "vevent").length;
  } else {
    // Plain ical.js: parse the text into components and list the events. Decoding values is
    // left out on purpose: ical.js rebuilds a Windows VTIMEZONE's rules from 1601 for each
    // DTSTART it decodes with that TZID (minutes for this file), which would flatter fromICS.
    const { default: ICAL } = await import("ical.js");
    const calendar = new ICAL.Component(ICAL.parse(text));
    count = calendar.getAllSubcomponents("vevent").length;
  }
  const ms = performance.now() - before;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // maxRSS is in kilobytes: the process's peak, file text included.
  process.stdout.write(
    JSON.stringify({ ms, cpuMs, rssMb: process.resourceUsage().maxRSS / 1024, count }),
  );
}

function run(kind, file) {
  const out = spawnSync(process.execPath, [SELF, "--child", kind, file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (out.status !== 0) throw new Error(`${kind} failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

if (process.argv[2] === "--child") {
  await child(process.argv[3], process.argv[4]);
} else {
  const megabytes = Number(process.argv[2] ?? 50);
  const file = join(tmpdir(), `convening-read-bench-${process.pid}.ics`);
  const { text, events } = generate(megabytes);
  writeFileSync(file, text);
  const mb = statSync(file).size / 1024 / 1024;
  try {
    const parse = run("parse", file);
    const icaljs = run("icaljs", file);
    const ours = run("fromics", file);
    console.log(`file: ${mb.toFixed(1)} MB, ${events} VEVENTs`);
    console.log(
      `ICAL.parse(text) alone (jCal):      ${(parse.ms / 1000).toFixed(2)} s (CPU ${(parse.cpuMs / 1000).toFixed(2)} s), peak RSS ${parse.rssMb.toFixed(0)} MB (${parse.count} events)`,
    );
    console.log(
      `ical.js parse into components:      ${(icaljs.ms / 1000).toFixed(2)} s (CPU ${(icaljs.cpuMs / 1000).toFixed(2)} s), peak RSS ${icaljs.rssMb.toFixed(0)} MB (${icaljs.count} events)`,
    );
    console.log(
      `fromICS:                           ${(ours.ms / 1000).toFixed(2)} s (CPU ${(ours.cpuMs / 1000).toFixed(2)} s), peak RSS ${ours.rssMb.toFixed(0)} MB (${ours.count} sessions + series)`,
    );
    console.log(
      `ratio fromICS / ICAL.parse alone: time ${(ours.ms / parse.ms).toFixed(2)} (CPU ${(ours.cpuMs / parse.cpuMs).toFixed(2)}), peak RSS ${(ours.rssMb / parse.rssMb).toFixed(2)}`,
    );
    console.log(
      `ratio fromICS / ical.js components: time ${(ours.ms / icaljs.ms).toFixed(2)} (CPU ${(ours.cpuMs / icaljs.cpuMs).toFixed(2)}), peak RSS ${(ours.rssMb / icaljs.rssMb).toFixed(2)}; fromICS peak RSS / file size ${(ours.rssMb / mb).toFixed(1)}`,
    );
  } finally {
    rmSync(file, { force: true });
  }
}
