import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

/**
 * The build every library package shares, in two parts:
 * - ESM, one output file per source module (`bundle: false`), so a bundler with
 *   `sideEffects: false` keeps only the modules an app reaches: a page that asks for
 *   `calendarLinks` never gets the validator or the date library (date-fns ships this way).
 *   Relative imports in `src/` carry their `.js` extension for exactly this reason.
 * - CJS as one bundled file: `require` cannot tree-shake, and one file keeps one copy of each
 *   class for CJS users.
 * Types are bundled into `index.d.ts` / `index.d.cts`, so `publint --strict` and
 * `attw --profile node16` see one declaration per format.
 */
export function libraryBuild(overrides: { esm?: Options; cjs?: Options } = {}) {
  const shared: Options = {
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
  };
  // Cleaned here, once, before both builds start: `clean` in either config would race the other.
  rmSync("dist", { recursive: true, force: true });
  return defineConfig([
    {
      ...shared,
      entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.d.ts"],
      format: ["esm"],
      bundle: false,
      dts: { entry: { index: "src/index.ts" } },
      ...overrides.esm,
    },
    {
      ...shared,
      entry: { index: "src/index.ts" },
      format: ["cjs"],
      bundle: true,
      treeshake: true,
      dts: { entry: { index: "src/index.ts" } },
      ...overrides.cjs,
    },
  ]);
}
