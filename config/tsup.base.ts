import { defineConfig, type Options } from "tsup";

/**
 * The build every library package shares: ESM + CJS with matching `.d.ts`/`.d.cts`,
 * so the package passes `publint --strict` and `attw --profile node16`.
 */
export function libraryBuild(overrides: Options = {}) {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    ...overrides,
  });
}
