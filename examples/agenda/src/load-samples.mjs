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

/**
 * A directory holds a network's members, organizations, groups and series but, unlike a
 * convening, no time zone of its own. The one test every example uses (the feed server and its
 * tests import it from here), so they never disagree on what a directory is.
 * @param {unknown} json
 * @returns {boolean}
 */
export function isDirectoryDocument(json) {
  return (
    typeof json === "object" &&
    json !== null &&
    !Array.isArray(json) &&
    !("timeZone" in json) &&
    ["members", "organizations", "groups", "series"].some((key) => key in json)
  );
}
