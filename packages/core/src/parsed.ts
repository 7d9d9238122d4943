// The mark `parseConvening`, `parseSeries` and `parseDirectory` leave on what they return, so every
// later function can accept a parsed value in O(1) instead of validating it again.

import { InvalidArgumentError } from "./invalid-argument-error.js";
import { NotParsedError } from "./not-parsed-error.js";

// `Symbol.for`: the ESM and CJS builds, and two installed copies, share the registry, so a value
// parsed by one copy is recognised by another. Non-enumerable: JSON, structuredClone and object
// spread drop it, so a value that left the process or was rebuilt by hand must be parsed again.
const PARSED = Symbol.for("@convening/core.parsed");

/** What a parser can vouch for. */
export type ParsedKind = "convening" | "series" | "directory";

declare const parsedBrand: unique symbol;

/**
 * The type-level half of the mark: a `Convening` carries `Parsed<"convening">`, so a plain object
 * literal does not type-check where a parsed convening is required.
 *
 * @example
 * ```ts
 * type ParsedSeries = Series & Parsed<"series">;
 * ```
 */
export interface Parsed<K extends ParsedKind> {
  /** Exists only in the types; the runtime mark is a non-enumerable registry symbol. */
  readonly [parsedBrand]: K;
}

/**
 * Marks `value` as validated by the parser for `kind` and returns it. For parsers only: a mark on
 * anything else makes every later function trust unvalidated data.
 *
 * @example
 * ```ts
 * return markParsed(data, "series");
 * ```
 */
export function markParsed<T extends object, K extends ParsedKind>(
  value: T,
  kind: K,
): T & Parsed<K> {
  if (kind !== "convening" && kind !== "series" && kind !== "directory")
    throw new InvalidArgumentError(["kind"], kind, 'must be "convening", "series" or "directory"');
  if (typeof value !== "object" || value === null)
    throw new InvalidArgumentError(["value"], value, "must be an object");
  try {
    Object.defineProperty(value, PARSED, { value: kind, enumerable: false, configurable: false });
  } catch (cause) {
    // A frozen object, one already marked, or a Proxy that refuses.
    throw new InvalidArgumentError(
      ["value"],
      value,
      "cannot be marked (frozen, already marked, or a Proxy that refuses)",
      { cause },
    );
  }
  return value as T & Parsed<K>;
}

/**
 * True when `value` came out of the parser for `kind` (from any copy of the packages).
 *
 * @example
 * ```ts
 * const convening = isParsed(input, "convening") ? input : parseConvening(input);
 * ```
 */
export function isParsed<K extends ParsedKind>(value: unknown, kind: K): value is Parsed<K> {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[PARSED] === kind;
  } catch {
    // A revoked Proxy, or a `get` trap that throws: whatever it is, it is not a parsed value.
    return false;
  }
}

/**
 * Returns `value` when it came out of the parser for `kind`; throws {@link NotParsedError}
 * otherwise. The check is one property read: nothing is validated again.
 *
 * @throws {NotParsedError} naming the function and the parser to call.
 * @example
 * ```ts
 * export function toICS(convening: Convening) {
 *   requireParsed(convening, "convening", "toICS", ["convening"]);
 * }
 * ```
 */
export function requireParsed<T, K extends ParsedKind>(
  value: T,
  kind: K,
  caller: string,
  path: readonly (string | number)[],
): T & Parsed<K> {
  if (isParsed(value, kind)) return value as T & Parsed<K>;
  throw new NotParsedError(kind, caller, path, value);
}
