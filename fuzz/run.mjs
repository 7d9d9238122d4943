#!/usr/bin/env node
// npm run fuzz [-- --seed N] [--count N] [--workers N] [--out DIR] [--only INDEX] [--replay FILE]
//
// Generates hostile but schema-valid convening documents (documents.mjs), runs each through
// parseConvening and toICS (the built dist of the packages: run the build first), and reads the
// calendar with a strict RFC 5545 reader, ical.js, python3-icalendar and libical. Prints a
// summary table; failing documents go to --out (default fuzz/failures/); exits 1 on any crash,
// injection, reader error, X-LIC-ERROR, text that does not round-trip or misplaced time, and 2
// when a fault planted by self-check.mjs goes unseen (or the run itself fails).

import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateCase } from "./documents.mjs";
import { PythonReaders } from "./python-readers.mjs";
import { Tally } from "./report.mjs";
import { selfCheck } from "./self-check.mjs";
import { addPythonFindings, writeCase } from "./write-case.mjs";

function parseArgs(argv) {
  const args = {
    seed: randomInt(2 ** 31),
    count: 10_000,
    workers: 1,
    out: fileURLToPath(new URL("./failures", import.meta.url)),
    only: undefined,
    replay: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    const integer = (name) => {
      const n = Number(value());
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} takes a whole number`);
      return n;
    };
    if (key === "--seed") args.seed = integer("seed") >>> 0;
    else if (key === "--count") args.count = integer("count");
    else if (key === "--workers") args.workers = Math.max(1, integer("workers"));
    else if (key === "--only") args.only = integer("only");
    else if (key === "--out") args.out = value();
    else if (key === "--replay") args.replay = value();
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

async function readPython(readers, result) {
  try {
    addPythonFindings(result, await readers.read(result.ics));
  } catch (error) {
    const crash = { crash: `read_many.py: ${error.message}` };
    addPythonFindings(result, { icalendar: crash, libical: crash });
  }
}

/** One saved case, run again; prints its findings. */
async function replay(file) {
  const saved = JSON.parse(readFileSync(file, "utf8"));
  const kase = {
    seed: saved.seed,
    index: saved.index,
    invalid: saved.invalid,
    document: saved.document,
    options: saved.options,
  };
  const result = writeCase(kase);
  const readers = new PythonReaders(1);
  if (result.outcome === "written") await readPython(readers, result);
  await readers.close();
  console.log(
    JSON.stringify(
      {
        outcome: result.outcome,
        error: result.error,
        codes: result.codes,
        findings: result.findings,
        notes: result.notes,
      },
      null,
      2,
    ),
  );
  const failing =
    result.outcome === "crash" ||
    Object.values(result.findings).some((f) =>
      ["errors", "injections", "xlic", "mismatches", "times"].some((c) => f[c].length > 0),
    );
  return failing ? 1 : 0;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.replay !== undefined) return replay(args.replay);
  const first = args.only ?? 0;
  const end = args.only === undefined ? args.count : args.only + 1;
  console.log(
    `fuzz: seed ${args.seed}, ${end - first} documents (repeat with: npm run fuzz -- --seed ${args.seed} --count ${args.count})`,
  );
  const tally = new Tally(args.seed, end - first, args.out);
  const readers = new PythonReaders(args.workers);
  const started = performance.now();
  const missed = await selfCheck(readers);
  if (missed.length > 0) {
    console.error(`fuzz: the self-check's planted faults went unseen:\n  ${missed.join("\n  ")}`);
    await readers.close();
    return 2;
  }
  const inflight = new Set();
  // Calendars waiting for Python, per process: enough to keep it busy, few enough to bound memory.
  const maxWaiting = 32 * args.workers;
  for (let i = first; i < end; i++) {
    const kase = generateCase(args.seed, i);
    const result = writeCase(kase);
    if (result.outcome === "written") {
      const done = readPython(readers, result).then(() => {
        tally.add(kase, result);
        inflight.delete(done);
      });
      inflight.add(done);
      while (readers.waiting >= maxWaiting) await Promise.race(inflight);
    } else tally.add(kase, result);
    if ((i - first + 1) % 1000 === 0)
      console.error(
        `fuzz: ${i - first + 1}/${end - first} written, ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
  }
  await Promise.all(inflight);
  const pythonCpu = await readers.close();
  const { user, system } = process.cpuUsage();
  console.log(
    tally.summary((performance.now() - started) / 1000, {
      node: (user + system) / 1e6,
      python: pythonCpu,
    }),
  );
  return tally.failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
