import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

/**
 * The sample documents: every `*.json` in the data folder, and the deliberately broken ones in
 * `broken/`. Each comes back with its file name and parsed JSON, unvalidated.
 */
export function loadSamples(dataDir) {
  const read = (dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => ({
        name: basename(name, ".json"),
        file: join(dir, name),
        json: JSON.parse(readFileSync(join(dir, name), "utf8")),
      }));
  let broken = [];
  try {
    broken = read(join(dataDir, "broken"));
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  return { samples: read(dataDir), broken };
}

/** A directory document holds members and organizations but no sessions or time zone. */
export function isDirectoryDocument(json) {
  return (
    json !== null &&
    typeof json === "object" &&
    !("timeZone" in json) &&
    ("members" in json || "organizations" in json)
  );
}
