import { describeValue } from "./describe-value.js";
// A cycle (that error formats its path with this function) that is safe: each side uses the other
// only inside functions, never while its module is evaluated.
import { InvalidArgumentError } from "./invalid-argument-error.js";

/** A path into a document or an argument: keys and array indexes from the root. */
export type ErrorPath = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * `sessions[3].start`, the way a person reads a path. A key that is not a plain name (a record key
 * holding a space or a control character) is quoted and escaped, so a path never breaks a line.
 *
 * @throws {InvalidArgumentError} when `path` is not an array of strings and finite integers.
 * @example
 * ```ts
 * formatPath(["sessions", 3, "participants", 0, "memberId"]); // "sessions[3].participants[0].memberId"
 * formatPath([]); // "(root)"
 * ```
 */
export function formatPath(path: ErrorPath): string {
  let parts: readonly unknown[];
  try {
    // One read of each part: a Proxy or a getter cannot answer differently the second time.
    if (!Array.isArray(path)) return invalidPath(path);
    // A sparse array can claim billions of parts; no path into a document is that long.
    if (path.length > 10_000)
      throw new InvalidArgumentError(["path"], path, "has more than 10000 parts");
    parts = Array.from(path);
  } catch (cause) {
    if (cause instanceof InvalidArgumentError) throw cause;
    throw new InvalidArgumentError(["path"], undefined, "could not be read", { cause });
  }
  if (parts.length === 0) return "(root)";
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part: unknown = parts[i];
    if (typeof part === "number" && Number.isInteger(part)) out += `[${part}]`;
    else if (typeof part !== "string") return invalidPath(parts, i);
    else if (!PLAIN_KEY.test(part)) out += `[${describeValue(part)}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

function invalidPath(path: unknown, index?: number): never {
  throw new InvalidArgumentError(
    index === undefined ? ["path"] : ["path", index],
    index === undefined ? path : (path as unknown[])[index],
    index === undefined
      ? "a path is an array of keys and indexes"
      : "a path part is a string key or an integer index",
  );
}
