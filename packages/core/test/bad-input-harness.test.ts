import { describe, expect, it } from "vitest";
import { asyncOutcomeOf, outcomeOf } from "../../../config/bad-input.js";
import { ConveningError } from "../src/index.js";

// The harness every package's bad-input sweep runs on: its verdicts are tested here, once.
const ours = (e: unknown) => e instanceof ConveningError;

/** Busy for `ms` of this process's CPU time (not wall time: the machine may be loaded). */
function spin(ms: number): void {
  const start = process.cpuUsage();
  while (true) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe("the bad-input harness", () => {
  it("flags a call that burns CPU past the hang limit", () => {
    expect(outcomeOf(() => spin(120), ours, 40)).toMatch(/^ran for \d+ ms of CPU$/);
  });

  it("does not flag a call that only waits: a loaded machine is not a hang", () => {
    expect(outcomeOf(() => sleep(120), ours, 40)).toBeUndefined();
  });

  it("flags an async call that burns CPU, and not one that awaits a timer", async () => {
    expect(await asyncOutcomeOf(async () => spin(120), ours, 40)).toMatch(/ms of CPU$/);
    expect(
      await asyncOutcomeOf(() => new Promise((resolve) => setTimeout(resolve, 120)), ours, 40),
    ).toBeUndefined();
  });

  it("flags an error that is not ours, and accepts ours", () => {
    expect(
      outcomeOf(() => {
        throw new TypeError("x is undefined");
      }, ours),
    ).toMatch(/^threw TypeError/);
    expect(
      outcomeOf(() => {
        throw new ConveningError("bad", { code: "bad_value", path: ["a"], value: 1 });
      }, ours),
    ).toBeUndefined();
  });
});
