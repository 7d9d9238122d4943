// toICS against toICSStream at 10,000 and 100,000 sessions: CPU time and peak memory. Imports the
// BUILT dist/ (run `npx tsup` here and in ../core, ../schema and ../time first).
//
// Each measurement runs in its own child process, so its peak resident set size
// (process.resourceUsage().maxRSS, the most the process ever held) belongs to that one writer:
// - "parse only": generate the document and parseConvening it, nothing written. Its peak is the
//   floor under both writers (the document and the parsed convening, ~1.2 KB a session);
// - "toICS": the same, then the whole calendar as one string;
// - "toICSStream": the same, then the stream read to its end as fast as possible (a fast client),
//   counting bytes and letting each chunk go.
// The document is the schema benchmark's (../../schema/bench/big-convening.mjs): sessions over ten
// days that cross the US spring-forward, a quarter of them in other zones, with participants,
// translations and materials. Time is the child's CPU time (user + system, GC threads included)
// for the writing alone, so other work on a shared machine does not inflate it much.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SIZES = [10_000, 100_000];
const MODES = ["parse only", "toICS", "toICSStream"];
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === "--child") {
  await child(process.argv[3], Number(process.argv[4]));
} else {
  parent();
}

async function child(mode, sessions) {
  const { parseConvening } = await import("@convening/schema");
  const { toICS, toICSStream } = await import("../dist/index.js");
  const { bigConvening } = await import("../../schema/bench/big-convening.mjs");
  // Built and parsed in a function so the raw document can be collected once parsed.
  const load = () => parseConvening(bigConvening(sessions));
  const convening = load();
  const rssParsed = process.memoryUsage.rss();
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const start = cpu();
  let bytes = 0;
  let firstChunkMs;
  let ms = 0;
  if (mode === "toICS") {
    const text = toICS(convening, { domain: "events.example.org" });
    ms = cpu() - start;
    bytes = Buffer.byteLength(text);
  } else if (mode === "toICSStream") {
    for await (const chunk of toICSStream(convening, { domain: "events.example.org" })) {
      firstChunkMs ??= cpu() - start;
      bytes += chunk.length;
    }
    ms = cpu() - start;
  }
  report(ms);

  function report(ms) {
    console.log(
      JSON.stringify({
        mode,
        sessions,
        cpuMs: ms,
        firstChunkMs,
        bytes,
        rssParsedMB: rssParsed / 2 ** 20,
        peakRssMB: process.resourceUsage().maxRSS / 1024,
      }),
    );
  }
}

function parent() {
  const rows = [];
  for (const sessions of SIZES) {
    for (const mode of MODES) {
      const run = spawnSync(process.execPath, [self, "--child", mode, String(sessions)], {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      });
      if (run.status !== 0) {
        console.error(run.stderr);
        throw new Error(`${mode} at ${sessions} sessions failed (exit ${run.status})`);
      }
      const row = JSON.parse(run.stdout.trim().split("\n").at(-1));
      rows.push(row);
      console.error(`${sessions} ${mode}: done`);
    }
  }
  const mb = (x) => `${x.toFixed(0)} MB`;
  console.log("toICS vs toICSStream (each in its own process; CPU time of the writing alone)");
  console.table(
    rows.map((r) => ({
      sessions: r.sessions.toLocaleString("en"),
      writer: r.mode,
      "CPU ms": r.mode === "parse only" ? "" : r.cpuMs.toFixed(0),
      "µs/session": r.mode === "parse only" ? "" : ((r.cpuMs * 1000) / r.sessions).toFixed(0),
      "first chunk ms": r.firstChunkMs === undefined ? "" : r.firstChunkMs.toFixed(0),
      "MB written": r.bytes > 0 ? (r.bytes / 2 ** 20).toFixed(1) : "",
      "RSS once parsed": mb(r.rssParsedMB),
      "peak RSS": mb(r.peakRssMB),
    })),
  );
  for (const sessions of SIZES) {
    const of = (mode) => rows.find((r) => r.sessions === sessions && r.mode === mode);
    const [floor, text, stream] = MODES.map(of);
    const added = (r) => mb(Math.max(0, r.peakRssMB - floor.peakRssMB));
    console.log(
      `${sessions.toLocaleString("en")} sessions: toICSStream / toICS: ${(stream.cpuMs / text.cpuMs).toFixed(2)}× the CPU time, ` +
        `${(stream.peakRssMB / text.peakRssMB).toFixed(2)}× the peak RSS (${mb(stream.peakRssMB)} vs ${mb(text.peakRssMB)}). ` +
        `Parsing alone peaks at ${mb(floor.peakRssMB)}; writing adds ${added(stream)} streamed, ${added(text)} as text.`,
    );
  }
  const big = rows.find((r) => r.sessions === 100_000 && r.mode === "toICSStream");
  const floor = rows.find((r) => r.sessions === 100_000 && r.mode === "parse only");
  console.log(
    `Target (issue 9): 100,000 sessions streamed under 300 MB peak RSS: ${mb(big.peakRssMB)}` +
      (big.peakRssMB < 300
        ? ", met."
        : `, not met: the document and its parse peak at ${mb(floor.peakRssMB)} before a byte is written.`),
  );
}
