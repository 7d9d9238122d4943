// The published files come from the build: `scripts/write-json-schemas.mjs` imports dist/ and
// writes schema/*.json. This builds the package into a scratch folder (ESM and CJS, as tsup does
// for dist/), runs the real script there, and checks what it wrote, so the test needs no prior
// `npm run build` and cannot be skipped by a missing or stale dist/.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConveningValidationError,
  isConveningValidationError,
  type JsonSchemaName,
  jsonSchemas,
} from "../src/index.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
let scratch = "";

beforeAll(async () => {
  // Inside node_modules, so `zod` resolves as it does for an installed package, and git and
  // biome ignore it.
  mkdirSync(join(packageDir, "node_modules"), { recursive: true });
  scratch = mkdtempSync(join(packageDir, "node_modules", ".built-package-test-"));
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ type: "module" }));
  await build({
    config: false,
    entry: { index: join(packageDir, "src/index.ts") },
    outDir: join(scratch, "dist"),
    format: ["esm", "cjs"],
    platform: "neutral",
    target: "es2022",
    external: ["zod"],
    // Each copy gets its own @convening/core too, so the error checks below see three distinct
    // ConveningError classes (and Node never meets the `@convening/source` condition's .ts files).
    noExternal: ["@convening/core"],
    dts: false,
    sourcemap: false,
    silent: true,
  });
  mkdirSync(join(scratch, "scripts"));
  copyFileSync(
    join(packageDir, "scripts/write-json-schemas.mjs"),
    join(scratch, "scripts/write-json-schemas.mjs"),
  );
  execFileSync(process.execPath, [join(scratch, "scripts/write-json-schemas.mjs")], {
    stdio: "pipe",
  });
}, 60_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the built package", () => {
  it("writes exactly one schema/<name>.schema.json per entry of jsonSchemas", () => {
    const written = readdirSync(join(scratch, "schema")).sort();
    expect(written).toEqual(
      Object.keys(jsonSchemas)
        .map((name) => `${name}.schema.json`)
        .sort(),
    );
  });

  it("writes files equal to jsonSchemas", () => {
    for (const name of Object.keys(jsonSchemas) as JsonSchemaName[]) {
      const file = readFileSync(join(scratch, "schema", `${name}.schema.json`), "utf8");
      expect(JSON.parse(file), name).toEqual(jsonSchemas[name]);
      expect(file, name).toBe(`${JSON.stringify(jsonSchemas[name], null, 2)}\n`);
    }
  });

  it("throws errors that the source, ESM and CJS copies all recognise", async () => {
    const esm = await import(pathToFileURL(join(scratch, "dist/index.js")).href);
    const cjs = createRequire(import.meta.url)(join(scratch, "dist/index.cjs"));
    expect(cjs.ConveningValidationError).not.toBe(esm.ConveningValidationError);
    const fromCjs = cjs.safeParseConvening(null).error;
    const fromEsm = esm.safeParseConvening(null).error;
    expect(fromCjs instanceof esm.ConveningValidationError).toBe(true);
    expect(fromEsm instanceof cjs.ConveningValidationError).toBe(true);
    expect(fromCjs instanceof ConveningValidationError).toBe(true);
    expect(isConveningValidationError(fromEsm)).toBe(true);
    expect(cjs.isConveningValidationError(new ConveningValidationError([]))).toBe(true);
  });
});
