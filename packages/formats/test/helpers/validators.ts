// c3voc's own validators, vendored in test/vendor/voc-schedule (EUPL-1.2): the XSD through
// Debian's xmllint, the JSON Schemas through ajv. A test that says "valid" means these said so.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject } from "ajv";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import addFormats from "ajv-formats";

const vendor = new URL("../vendor/voc-schedule/", import.meta.url);
export const XSD = fileURLToPath(new URL("schedule.xml.xsd", vendor));

function ajvFor(file: string) {
  // strict: false because the schemas carry keywords ajv does not know (`$oneOf`, `$TODO`,
  // `deprecated` in draft-06, `value`); they are annotations and change nothing.
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft6);
  addFormats.default(ajv);
  // `color` is used by the schemas but is no standard format; c3voc's examples write #rrggbb.
  ajv.addFormat("color", /^#[0-9a-fA-F]{6}$/);
  return ajv.compile(JSON.parse(readFileSync(new URL(file, vendor), "utf8")));
}

const v1 = ajvFor("schema.json");
const v2 = ajvFor("schema2.json");

function explain(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

/** c3voc schedule.json (v1) errors; [] when valid. */
export function frabJsonErrors(doc: unknown): string[] {
  return v1(doc) ? [] : explain(v1.errors);
}

/** c3voc schedule v2 errors; [] when valid. */
export function scheduleV2Errors(doc: unknown): string[] {
  return v2(doc) ? [] : explain(v2.errors);
}

/** xmllint's complaints about a schedule.xml against c3voc's XSD; [] when valid. */
export function frabXmlErrors(xml: string): string[] {
  const run = spawnSync("xmllint", ["--noout", "--schema", XSD, "-"], {
    input: xml,
    encoding: "utf8",
  });
  if (run.error) throw run.error;
  if (run.status === 0) return [];
  return run.stderr
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.includes("fails to validate"))
    .map((l) => l.replace(/^-:/, "line "));
}
