// toICS against toICSStream at 10,000 and 100,000 sessions, measured the way a server meets
// them: CPU time and the peak memory of the whole process. Imports the BUILT dist/ (run
// `npx tsup` here and in ../core, ../schema and ../time first).
//
// The parent writes each document once as JSON to the temporary directory. Each measurement then
// runs in its own child process that does what a feed server does: read the JSON text from disk,
// JSON.parse it, parseConvening the result, let the text and the raw object go (only the parsed
// convening is kept), and write the calendar. Its peak resident set size
// (process.resourceUsage().maxRSS, the most the process ever held, Node itself included) belongs
// to that one path:
// - "parse only": read, JSON.parse and parseConvening, nothing written. Its peak is the floor
//   under both writers;
// - "toICS": the same, then the whole calendar as one string;
// - "toICSStream": the same, then the stream piped to a WritableStream that counts the bytes and
//   lets each chunk go (a fast client; `new Response(stream)` reads it the same way).
// No flag changes the garbage collector and nothing calls gc(): the figures are what a server on
// default settings sees. The document is the schema benchmark's (../../schema/bench/big-convening.mjs):
// sessions over ten days that cross the US spring-forward, a quarter of them in other zones, with
// participants, translations and materials. Times are the child's CPU time (user + system, GC
// threads included), so other work on a shared machine does not inflate them much.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [10_000, 100_000];
const MODES = ["parse only", "toICS", "toICSStream"];
const TARGET_MB = 300;
const self = fileURLToPath(import.meta.url);
const docPath = (sessions) => join(tmpdir(), `convening-stream-bench-${sessions}.json`);

if (process.argv[2] === "--child") {
  await child(process.argv[3], Number(process.argv[4]));
} else {
  await parent();
}

function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function child(mode, sessions) {
  const { parseConvening } = await import("@convening/schema");
  const { toICS, toICSStream } = await import("../dist/index.js");
  const startParse = cpuMs();
  // Each step in its own function, so the text is garbage once JSON.parse has returned and the raw
  // document once parseConvening has, as in a server that parses a document when it changes and
  // keeps only the parsed convening. (Written as one expression, `parseConvening(JSON.parse(
  // readFileSync(…)))`, V8 keeps the text in a register until the expression ends: 57 MB more at
  // 100,000 sessions, measured.)
  const readDocument = () => JSON.parse(readFileSync(docPath(sessions), "utf8"));
  const load = () => parseConvening(readDocument());
  const convening = load();
  const parseMs = cpuMs() - startParse;
  const rssParsed = process.memoryUsage.rss();
  const start = cpuMs();
  let bytes = 0;
  let firstChunkMs;
  if (mode === "toICS") {
    bytes = Buffer.byteLength(toICS(convening, { domain: "events.example.org" }));
  } else if (mode === "toICSStream") {
    await toICSStream(convening, { domain: "events.example.org" }).pipeTo(
      new WritableStream({
        write(chunk) {
          firstChunkMs ??= cpuMs() - start;
          bytes += chunk.length;
        },
      }),
    );
  }
  const ms = cpuMs() - start;
  console.log(
    JSON.stringify({
      mode,
      sessions,
      parseMs,
      cpuMs: ms,
      firstChunkMs,
      bytes,
      rssParsedMB: rssParsed / 2 ** 20,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

async function parent() {
  const { bigConvening } = await import("../../schema/bench/big-convening.mjs");
  const jsonMB = {};
  for (const sessions of SIZES) {
    const path = docPath(sessions);
    const text = JSON.stringify(bigConvening(sessions));
    // Written again only when the generator changed it, so reruns read the same file.
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) writeFileSync(path, text);
    jsonMB[sessions] = Buffer.byteLength(text) / 2 ** 20;
  }
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
      rows.push(JSON.parse(run.stdout.trim().split("\n").at(-1)));
      console.error(`${sessions} ${mode}: done`);
    }
  }
  const mb = (x) => `${x.toFixed(0)} MB`;
  console.log(
    "Read JSON from disk, JSON.parse, parseConvening, write (each in its own process; CPU time)",
  );
  console.table(
    rows.map((r) => ({
      sessions: r.sessions.toLocaleString("en"),
      "JSON MB": jsonMB[r.sessions].toFixed(1),
      writer: r.mode,
      "parse CPU ms": r.parseMs.toFixed(0),
      "write CPU ms": r.mode === "parse only" ? "" : r.cpuMs.toFixed(0),
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
        `Reading and parsing alone peak at ${mb(floor.peakRssMB)}; writing adds ${added(stream)} streamed, ${added(text)} as text.`,
    );
  }
  const big = rows.find((r) => r.sessions === 100_000 && r.mode === "toICSStream");
  const floor = rows.find((r) => r.sessions === 100_000 && r.mode === "parse only");
  console.log(
    `Target (issue 9): 100,000 sessions streamed under ${TARGET_MB} MB peak RSS: ${mb(big.peakRssMB)}` +
      (big.peakRssMB < TARGET_MB
        ? ", met."
        : `, not met: reading and parsing the document peak at ${mb(floor.peakRssMB)}.`),
  );
}
