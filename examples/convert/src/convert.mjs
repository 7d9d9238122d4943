#!/usr/bin/env node
// npm run convert -- in.json --to ics|frab-xml|frab-json|schedule-v2|jsonld [--out file]
//   [--time-zone Europe/Berlin] [--domain events.example.org]
// Reads any supported format (see read-any.mjs), writes any other to --out or standard output.
// Import warnings go to standard error, one line each, with the path in the source file.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isConveningError } from "@convening/schema";
import { readAny } from "./read-any.mjs";
import { OUTPUTS, writeAny } from "./write-any.mjs";

const USAGE = `usage: npm run convert -- <file> --to ${OUTPUTS.join("|")} [--out <file>] [--time-zone <IANA zone>] [--domain <host>]`;

function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: "string" },
      out: { type: "string" },
      "time-zone": { type: "string" },
      domain: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help || positionals.length !== 1 || !values.to) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const text = readFileSync(positionals[0], "utf8");
  const { convening, warnings, format } = readAny(text, {
    timeZone: values["time-zone"],
    domain: values.domain,
  });
  for (const w of warnings)
    console.error(`warning: ${w.path.join(".") || "(document)"}: ${w.message}`);
  const out = writeAny(convening, values.to, { domain: values.domain });
  if (values.out) {
    writeFileSync(values.out, out);
    console.error(
      `${positionals[0]} (${format}, ${convening.sessions.length} sessions) -> ${values.out} (${values.to})`,
    );
  } else {
    process.stdout.write(out);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Our errors name the field and value; print the message, not a stack.
  console.error(isConveningError(error) ? `${error.code}: ${error.message}` : error);
  process.exitCode = 1;
}
