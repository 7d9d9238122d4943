// Memory the module caches keep, measured for real: the package is built from the current
// sources (core and schema's too, one copy of each, as an app would bundle them) into a scratch
// folder, and each workload runs in its own `node --expose-gc` process (memory-child.mjs), which
// collects before and after and reports the growth. A test worker's heap, shared with vitest and
// other files, could not tell.
// The package's test script runs this file in the first of its three zones only: what the
// caches hold does not depend on the machine's zone, and each run takes a minute under load.
//
// Without the bounds (this file run on the commit before them): 20,000 locales kept +1.1 GB of
// resident memory in ICU formatters (and only +20 MB of JS heap, so the heap alone would not
// tell), 3,000 availability patterns +365 MB of cost profiles, and 20,000 spellings of one zone
// peaked at +444 MB building a table per spelling. With them: +28, +46 and +41 MB at most.

import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSourceBundle, type SourceBundle } from "./helpers/source-bundle.js";

const child = join(fileURLToPath(new URL(".", import.meta.url)), "memory-child.mjs");

interface Growth {
  readonly workload: string;
  readonly count: number;
  /** heapUsed + external after − before, both after collecting. */
  readonly heapMB: number;
  /** Resident memory after − before: ICU's native formatters show only here. */
  readonly rssMB: number;
  /** The largest resident size during the run − before. */
  readonly peakMB: number;
}

// Under 50 MB of JS heap, as issue 9 asks. Resident memory carries allocator slack and ICU's own
// per-locale data on top (28–46 MB here with the bounds), so its bound is looser; without the
// bounds it grows by hundreds of megabytes to a gigabyte.
const MAX_HEAP_MB = 50;
const MAX_RSS_MB = 100;

let bundle: SourceBundle | undefined;
const results = new Map<string, Growth>();

beforeAll(async () => {
  bundle = await buildSourceBundle("memory-test");
  const run = promisify(execFile);
  // Side by side: each process has its own heap, so they cannot disturb each other's figures.
  await Promise.all(
    ["locales", "meetings", "spellings"].map(async (workload) => {
      const { stdout } = await run(
        process.execPath,
        ["--expose-gc", child, bundle!.path, workload],
        { maxBuffer: 1 << 20 },
      );
      results.set(workload, JSON.parse(stdout) as Growth);
    }),
  );
  // 20,000 new locales are 40,000 Intl formatters, each a millisecond or more on a loaded
  // machine: this is a limit for a hung child, not a speed test.
}, 900_000);

afterAll(() => bundle?.remove());

describe("module caches", () => {
  it("keep memory flat across 20,000 locales in formatRange, formatInZones and buildAgenda", () => {
    const growth = results.get("locales")!;
    expect(growth.count).toBe(20_000);
    expect(growth.heapMB, JSON.stringify(growth)).toBeLessThan(MAX_HEAP_MB);
    expect(growth.rssMB, JSON.stringify(growth)).toBeLessThan(MAX_RSS_MB);
  });

  it("keep memory flat across 3,000 availability patterns in findMeetingTimes", () => {
    const growth = results.get("meetings")!;
    expect(growth.count).toBe(3_000);
    expect(growth.heapMB, JSON.stringify(growth)).toBeLessThan(MAX_HEAP_MB);
    expect(growth.rssMB, JSON.stringify(growth)).toBeLessThan(MAX_RSS_MB);
  });

  it("keep one zone's data for 20,000 spellings of it, at the peak too", () => {
    const growth = results.get("spellings")!;
    expect(growth.heapMB, JSON.stringify(growth)).toBeLessThan(MAX_HEAP_MB);
    expect(growth.peakMB, JSON.stringify(growth)).toBeLessThan(MAX_RSS_MB);
  });
});
