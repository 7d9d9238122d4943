// A zone picker's cost in a page that has just loaded: the abbreviation of every zone the runtime
// knows at one instant, the first time (every cache empty), then at another instant in the same
// process. Each sample is a fresh process, since a warm cache would hide exactly this cost. Side
// by side with what a user would otherwise write: one Intl formatter per zone and its short name
// (which says `GMT+3` where tzdata says `EAT`, so it is not the same output). The BUILT dist/
// (run `npx tsup` in core and time first). `node bench/zone-picker.mjs [samples]`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SAMPLES = Number(process.argv[2] ?? 15);
const AT = "2021-03-23T15:20:00Z";
const LATER = "2026-07-01T12:00:00Z";

async function sample(kind) {
  const time = await import("../dist/index.js");
  // The list of zones counts too: a picker asks for it, and ours checks every id.
  const started = performance.now();
  const zones = kind === "intl" ? Intl.supportedValuesOf("timeZone") : time.supportedZones();
  if (kind === "intl") {
    const at = Date.parse(AT);
    const names = zones.map(
      (timeZone) =>
        new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
          .formatToParts(at)
          .find((part) => part.type === "timeZoneName")?.value,
    );
    const first = performance.now() - started;
    return { zones: names.length, first, again: Number.NaN };
  }
  for (const zone of zones) time.zoneAbbreviation(zone, AT);
  const first = performance.now() - started;
  const again = performance.now();
  for (const zone of zones) time.zoneAbbreviation(zone, LATER);
  return { zones: zones.length, first, again: performance.now() - again };
}

if (process.argv[2] === "--sample") {
  console.log(JSON.stringify(await sample(process.argv[3])));
} else {
  const here = fileURLToPath(import.meta.url);
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const results = { ours: [], intl: [] };
  // Interleaved, so a change in the machine's load touches both sides alike.
  for (let i = 0; i < SAMPLES; i++) {
    for (const kind of ["ours", "intl"]) {
      const run = spawnSync(process.execPath, [here, "--sample", kind], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(run.stderr);
      results[kind].push(JSON.parse(run.stdout));
    }
  }
  const ours = median(results.ours.map((r) => r.first));
  const again = median(results.ours.map((r) => r.again));
  const intl = median(results.intl.map((r) => r.first));
  console.log(`zone picker, median of ${SAMPLES} fresh processes each`);
  console.log(
    `zoneAbbreviation, every zone (${results.ours[0].zones}), cold: ${ours.toFixed(1)} ms; at another instant after: ${again.toFixed(1)} ms`,
  );
  console.log(
    `Intl short name, every zone (${results.intl[0].zones}), one formatter each: ${intl.toFixed(1)} ms`,
  );
  console.log(`cold zoneAbbreviation / Intl: ${(ours / intl).toFixed(2)}×`);
}
