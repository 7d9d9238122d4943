#!/usr/bin/env node
// Does a wrong key answer in the same time for a real member and for an id that is no member?
// If not, the member feed addresses leak who is a member (issue 9: before the fix the unknown
// member answered ~5 µs sooner, because the HMAC was skipped for it).
//
//   node examples/feed-server/bench/key-timing.mjs [requests per case, default 4000]
//
// Both cases go to one in-process server over one keep-alive connection, interleaved in random
// order so drift in machine load falls on both alike. Prints each case's mean and median, their
// ratio, Welch's z of the difference of means (unknown − real) and a rank test's z: |z| above ~4
// is a difference an attacker can measure with this many requests; near 0 is none. A benchmark, not a test: the
// figure depends on the machine and its load, so nothing here asserts.
import { Agent, request } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createFeedServer } from "../src/create-feed-server.mjs";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "../../data");
const perCase = Number(process.argv[2] ?? 4000);
const WARM_UP = 500;
// Ids of one length, so the HMAC input is the same size; the key is well-formed but wrong.
const REAL = "kofi-a";
const UNKNOWN = "kofi-z";
const WRONG_KEY = "A".repeat(43);

const server = createFeedServer({ dataDir, memberSecret: "a benchmark secret, long enough" });
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One request's time in µs, from sending to the end of the answer. */
function timed(id) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = request(
      { host: "127.0.0.1", port, agent, path: `/members/${id}.ics?key=${WRONG_KEY}` },
      (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode !== 404) reject(new Error(`${id}: ${res.statusCode}, not 404`));
          else resolve(Number(process.hrtime.bigint() - start) / 1000);
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** @param {number[]} xs */
function stats(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { n: xs.length, mean, variance, median: sorted[Math.floor(sorted.length / 2)] };
}

/** Drops the slowest 1 %: garbage collection and scheduler pauses, which hit either case. */
function trimmed(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.slice(0, Math.ceil(sorted.length * 0.99));
}

function welchZ(a, b) {
  return (a.mean - b.mean) / Math.sqrt(a.variance / a.n + b.variance / b.n);
}

/**
 * Mann–Whitney's z (normal approximation, ties ranked by their mean rank): negative when `a`
 * tends to be faster. Ranks ignore how far out the tail goes, so on a loaded machine it sees a
 * steady shift of a few µs that the means drown in scheduler noise.
 */
function rankZ(a, b) {
  const all = [...a.map((x) => [x, 0]), ...b.map((x) => [x, 1])].sort((p, q) => p[0] - q[0]);
  let rankSumA = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j][0] === all[i][0]) j++;
    const rank = (i + j + 1) / 2; // ranks i+1 … j share their mean
    for (let k = i; k < j; k++) if (all[k][1] === 0) rankSumA += rank;
    i = j;
  }
  const [n1, n2] = [a.length, b.length];
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  return (u - (n1 * n2) / 2) / Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12);
}

for (let i = 0; i < WARM_UP; i++) await timed(i % 2 === 0 ? REAL : UNKNOWN);
const times = { [REAL]: [], [UNKNOWN]: [] };
for (let i = 0; i < perCase; i++) {
  const order = Math.random() < 0.5 ? [REAL, UNKNOWN] : [UNKNOWN, REAL];
  for (const id of order) times[id].push(await timed(id));
}
agent.destroy();
server.close();

const fmt = (x) => x.toFixed(2).padStart(8);
console.log(`wrong key, ${perCase} requests per case, interleaved (times in µs)`);
for (const [label, pick] of [
  ["all", (xs) => xs],
  ["fastest 99 %", trimmed],
]) {
  const real = stats(pick(times[REAL]));
  const unknown = stats(pick(times[UNKNOWN]));
  console.log(
    `${label.padEnd(13)} real member: mean ${fmt(real.mean)} median ${fmt(real.median)}` +
      ` | unknown: mean ${fmt(unknown.mean)} median ${fmt(unknown.median)}` +
      ` | unknown/real ${(unknown.mean / real.mean).toFixed(3)}, Welch z = ${welchZ(unknown, real).toFixed(1)}`,
  );
}
console.log(
  `rank test (Mann–Whitney) z = ${rankZ(times[UNKNOWN], times[REAL]).toFixed(1)}, median unknown/real ${(stats(times[UNKNOWN]).median / stats(times[REAL]).median).toFixed(3)}`,
);
