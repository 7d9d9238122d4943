// parseConvening (shape + the checks beyond it) on a 2,000-session convening, side by side with
// the bare shape parse a user would otherwise write (ConveningSchema.parse). Run `npm run build`
// first: this imports the built package.
//
// Latency is this process's CPU time (process.cpuUsage, user + system, GC threads included), not
// wall time, so other work on a shared machine does not land in one task's samples; the two are
// measured in alternating rounds and the ratio is the median of the rounds' ratios.
import { Bench } from "tinybench";
import { ConveningSchema, parseConvening } from "../dist/index.js";
import { bigConvening } from "./big-convening.mjs";

const doc = bigConvening(2000);
// Both must accept the document, or the comparison means nothing.
parseConvening(doc);
ConveningSchema.parse(doc);

const SHAPE = "ConveningSchema.parse (shape only)";
const FULL = "parseConvening (shape + references, ids, offsets, dates)";
const tasks = {
  [SHAPE]: () => ConveningSchema.parse(doc),
  [FULL]: () => parseConvening(doc),
};

/** CPU time of this process in milliseconds, at microsecond resolution. */
const cpuTime = {
  name: "process.cpuUsage",
  fn: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  fromMs: (ms) => ms,
  toMs: (value) => Number(value),
};

const ROUNDS = 9;
const rounds = [];
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 400, warmupTime: 100, timestampProvider: cpuTime });
  // Alternate which goes first, so neither always runs on a warmer (or busier) machine.
  const order = round % 2 === 0 ? [SHAPE, FULL] : [FULL, SHAPE];
  for (const name of order) bench.add(name, tasks[name]);
  await bench.run();
  const median = (name) => bench.getTask(name).result.latency.p50;
  rounds.push({ shape: median(SHAPE), full: median(FULL) });
}

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log("parse a 2,000-session convening (median CPU time per call in each round, ms)");
console.table(
  rounds.map((r, i) => ({
    round: i + 1,
    [SHAPE]: Number(r.shape.toFixed(2)),
    [FULL]: Number(r.full.toFixed(2)),
    ratio: Number((r.full / r.shape).toFixed(2)),
  })),
);
const ratio = middle(rounds.map((r) => r.full / r.shape));
console.log(
  `parseConvening / ConveningSchema.parse = ${ratio.toFixed(2)} (median of ${ROUNDS} rounds; ${middle(rounds.map((r) => r.full)).toFixed(2)} ms vs ${middle(rounds.map((r) => r.shape)).toFixed(2)} ms): the checks beyond shape cost ${(ratio - 1).toFixed(2)}× the shape parse (limit 1.00, aim 0.50)`,
);
