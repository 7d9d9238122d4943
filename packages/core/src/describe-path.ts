import type { ErrorPath } from "./format-path.js";
import { formatPath } from "./format-path.js";
import { peekField } from "./peek-field.js";

// Paths in messages are for people; one longer than this is cut (a hostile path may be huge).
const MAX_PARTS = 50;

/**
 * `value` as a path of keys and indexes whatever it is, never throwing: a part that is neither
 * a string nor an integer is shown as text (`"a symbol"`), an unreadable or non-array path is
 * `[]`, and one longer than 10,000 parts is cut there (a sparse array can claim billions). What
 * error classes store as `path`, so `error.path` is always an array of keys and indexes that
 * `JSON.stringify` can write.
 *
 * @example
 * ```ts
 * toErrorPath(["sessions", 3, Symbol("x")]); // ["sessions", 3, "Symbol(x)"]
 * toErrorPath(undefined); // []
 * ```
 */
export function toErrorPath(value: unknown): ErrorPath {
  let length: unknown;
  try {
    if (!Array.isArray(value)) return [];
    length = value.length;
  } catch {
    // Array.isArray throws on a revoked Proxy.
    return [];
  }
  if (typeof length !== "number" || !Number.isInteger(length) || length < 0) return [];
  const out: (string | number)[] = [];
  for (let i = 0; i < length && i < 10_000; i++) out.push(partOf(peekField(value, i)));
  return out;
}

function partOf(part: unknown): string | number {
  if (typeof part === "string") return part;
  if (typeof part === "number" && Number.isInteger(part)) return part;
  if (typeof part === "symbol") return part.toString();
  if (typeof part === "number" || typeof part === "bigint" || typeof part === "boolean")
    return String(part);
  return part === undefined ? "undefined" : part === null ? "null" : `(${typeof part})`;
}

/**
 * `sessions[3].start` for a message, whatever `path` holds, never throwing: {@link formatPath}
 * over {@link toErrorPath}, cut after fifty parts. For error constructors, which must build
 * their message from anything they are handed.
 *
 * @example
 * ```ts
 * describePath(["sessions", 3, "start"]); // "sessions[3].start"
 * describePath(null); // "(root)"
 * ```
 */
export function describePath(path: unknown): string {
  const parts = toErrorPath(path);
  const shown = formatPath(parts.slice(0, MAX_PARTS));
  return parts.length > MAX_PARTS ? `${shown}…` : shown;
}
