import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { isSafeId, parseConvening, parseDirectory } from "@convening/schema";
// One definition for every example (see examples/agenda/src/load-samples.mjs).
import { isDirectoryDocument } from "../../agenda/src/load-samples.mjs";
import { directorySeriesConvening } from "./directory-series.mjs";
import { FeedServerError } from "./errors.mjs";

/**
 * @typedef {import("@convening/schema").Convening} Convening
 * @typedef {import("@convening/schema").Directory} Directory
 * @typedef {import("@convening/schema").Member} Member
 * @typedef {import("@convening/schema").Series} Series
 *
 * @typedef {object} Source A document `toICS` renders: a convening, or the directory's series
 *   wrapped as one (see directory-series.mjs).
 * @property {unknown} input The JSON document as read (the parsed `convening` is what `toICS` takes).
 * @property {Convening} convening The same document, parsed.
 * @property {string} file Where it came from, for error messages.
 * @property {boolean} isConvening False for the directory's wrapper, which has no feed of its own.
 *
 * @typedef {object} Network Everything the server serves, validated and indexed by id.
 * @property {Directory | undefined} directory
 * @property {Source[]} sources The convenings in file-name order, then the directory's wrapper.
 * @property {Map<string, Source>} convenings By convening id.
 * @property {Map<string, { source: Source, series: Series }>} series By series id, across sources.
 * @property {Map<string, Member>} members By member id: the directory's record first, then each
 *   convening's `people`. One id is one person across the network.
 * @property {string} revision A digest of every document's name and bytes: the same data gives
 *   the same revision on every start, and any change to any file gives another. Feeds are
 *   streamed, never kept as text, so their ETags come from this rather than from their bytes.
 */

/**
 * @param {string} file
 * @param {import("node:crypto").Hash} digest Takes the file's bytes.
 */
function readJson(file, digest) {
  try {
    const bytes = readFileSync(file);
    digest.update(`${basename(file)}\0${bytes.length}\0`).update(bytes);
    return JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new FeedServerError(
      "invalid_document",
      `${file} is not readable JSON: ${error.message}`,
      {
        file,
        cause: error,
      },
    );
  }
}

/**
 * @template T
 * @param {string} file
 * @param {() => T} parse
 * @returns {T}
 */
function validated(file, parse) {
  try {
    return parse();
  } catch (error) {
    throw new FeedServerError("invalid_document", `${file} is not valid:\n${error.message}`, {
      file,
      cause: error,
    });
  }
}

/**
 * @param {Map<string, string>} seen id → file that claimed it
 * @param {string} what
 * @param {string} id
 * @param {string} file
 */
function claim(seen, what, id, file) {
  const earlier = seen.get(id);
  if (earlier !== undefined) {
    throw new FeedServerError(
      "duplicate_id",
      `${what} id ${JSON.stringify(id)} is used by both ${earlier} and ${file}: feed addresses and calendar UIDs need it to be unique across the data folder`,
      { file, value: id },
    );
  }
  seen.set(id, file);
}

/**
 * Reads every `*.json` document directly in `dataDir` (subfolders such as `broken/` are left
 * alone): at most one directory, any number of convenings. Everything is validated here, once, so
 * a broken document stops the server at start rather than turning into a 500 later. The
 * directory, when there is one, is handed to every convening: its members, organizations and
 * groups are the network's shared records.
 *
 * @param {string} dataDir
 * @returns {Network}
 * @throws {FeedServerError} for an unreadable folder, an invalid document, two directories, or an
 *   id used twice (convening, series, or a directory named like a convening).
 */
export function loadNetwork(dataDir) {
  let names;
  try {
    names = readdirSync(dataDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new FeedServerError("unreadable_data", `cannot read the data folder ${dataDir}`, {
      option: "dataDir",
      value: dataDir,
      cause: error,
    });
  }
  const digest = createHash("sha256");
  const documents = names.map((name) => {
    const file = join(dataDir, name);
    return { file, id: basename(name, ".json"), json: readJson(file, digest) };
  });
  const revision = digest.digest("base64url");

  const directories = documents.filter((d) => isDirectoryDocument(d.json));
  if (directories.length > 1) {
    throw new FeedServerError(
      "invalid_document",
      `${directories.map((d) => d.file).join(" and ")} are both directories; keep one directory per network`,
      { file: directories[1].file },
    );
  }
  const directoryDoc = directories[0];
  const directory =
    directoryDoc && validated(directoryDoc.file, () => parseDirectory(directoryDoc.json));
  // The parsed directory: parseConvening uses it as it is (no second validation) and attaches it
  // to every convening, where toICS finds it.
  const options = directory === undefined ? {} : { directory };

  /** @type {Source[]} */
  const sources = documents
    .filter((d) => d !== directoryDoc)
    .map((d) => ({
      input: d.json,
      convening: validated(d.file, () => parseConvening(d.json, options)),
      file: d.file,
      isConvening: true,
    }));
  if (directoryDoc && directory.series.length > 0) {
    if (!isSafeId(directoryDoc.id)) {
      throw new FeedServerError(
        "invalid_document",
        `${directoryDoc.file}: its file name becomes the UID domain of the directory's series, so it must be a slug of letters, digits, '.', '_' and '-'`,
        { file: directoryDoc.file, value: directoryDoc.id },
      );
    }
    const input = directorySeriesConvening(directoryDoc.id, directoryDoc.json, directory);
    sources.push({
      input,
      convening: validated(directoryDoc.file, () => parseConvening(input, options)),
      file: directoryDoc.file,
      isConvening: false,
    });
  }
  if (sources.length === 0) {
    throw new FeedServerError("unreadable_data", `${dataDir} holds no convening or series`, {
      option: "dataDir",
      value: dataDir,
    });
  }

  const conveningIds = new Map();
  const seriesIds = new Map();
  /** @type {Network["convenings"]} */
  const convenings = new Map();
  /** @type {Network["series"]} */
  const series = new Map();
  for (const source of sources) {
    // The wrapper's id is a UID domain, not an address, but it must not pass for a convening.
    claim(conveningIds, "convening", source.convening.id, source.file);
    if (source.isConvening) convenings.set(source.convening.id, source);
    for (const s of source.convening.series) {
      claim(seriesIds, "series", s.id, source.file);
      series.set(s.id, { source, series: s });
    }
  }

  /** @type {Network["members"]} */
  const members = new Map();
  for (const member of directory?.members ?? []) members.set(member.id, member);
  for (const { convening } of sources) {
    for (const person of convening.people)
      if (!members.has(person.id)) members.set(person.id, person);
  }

  return { directory, sources, convenings, series, members, revision };
}
