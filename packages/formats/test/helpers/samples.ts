import { readdirSync, readFileSync } from "node:fs";
import { type Convening, parseConvening, parseDirectory } from "@convening/schema";

const dataDir = new URL("../../../../examples/data/", import.meta.url);
const directory = parseDirectory(
  JSON.parse(readFileSync(new URL("capacity-builders-directory.json", dataDir), "utf8")),
);

/** Every sample convening of examples/data, parsed (with the sample directory), by file name. */
export function sampleConvenings(): [string, Convening][] {
  return readdirSync(dataDir)
    .filter((name) => name.endsWith(".json") && name !== "capacity-builders-directory.json")
    .sort()
    .map((name) => [
      name,
      parseConvening(JSON.parse(readFileSync(new URL(name, dataDir), "utf8")), { directory }),
    ]);
}

/** The sample convening with this file name. */
export function sample(name: string): Convening {
  const found = sampleConvenings().find(([n]) => n === name);
  if (!found) throw new Error(`no sample ${name}`);
  return found[1];
}
