// The package built from the current sources into a scratch folder (core and schema's too, one
// copy of each, as an app would bundle them), for tests that must run it in a process of their
// own: a fresh heap (memory.test.ts), or another environment (machine-language.test.ts).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const packagesDir = join(packageDir, "..");

/** A built bundle's path, and how to remove its folder. */
export interface SourceBundle {
  readonly path: string;
  readonly remove: () => void;
}

/** Builds `@convening/time` (and `parseConvening`) from source into one ESM file. */
export async function buildSourceBundle(prefix: string): Promise<SourceBundle> {
  // Inside node_modules, so zod and luxon resolve as for an installed package, and git and
  // biome ignore it.
  mkdirSync(join(packageDir, "node_modules"), { recursive: true });
  const scratch = mkdtempSync(join(packageDir, "node_modules", `.${prefix}-`));
  const entry = join(scratch, "entry.ts");
  writeFileSync(
    entry,
    [
      `export * from ${JSON.stringify(join(packagesDir, "time/src/index.ts"))};`,
      `export { parseConvening } from ${JSON.stringify(join(packagesDir, "schema/src/index.ts"))};`,
    ].join("\n"),
  );
  await build({
    entryPoints: [entry],
    outfile: join(scratch, "bundle.js"),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    external: ["zod", "luxon"],
    alias: {
      "@convening/core": join(packagesDir, "core/src/index.ts"),
      "@convening/schema": join(packagesDir, "schema/src/index.ts"),
    },
    logLevel: "error",
  });
  return {
    path: join(scratch, "bundle.js"),
    remove: () => rmSync(scratch, { recursive: true, force: true }),
  };
}
