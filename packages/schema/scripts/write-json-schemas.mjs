// Writes schema/<name>.schema.json from the built package, so the published files are exactly
// what `jsonSchemas` returns at run time.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { jsonSchemas } from "../dist/index.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "schema");
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas)) {
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(jsonSchemas).length} JSON Schema files to schema/`);
