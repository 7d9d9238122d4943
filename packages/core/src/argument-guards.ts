// Reading arguments that may be anything: the checks every public function makes at its entry,
// so bad input is reported at its leaf path with the package's own error, never as a TypeError
// from deep inside (a hole read as an object, a revoked Proxy, a getter that throws).

import type { ConveningError } from "./convening-error.js";
import type { ErrorPath } from "./format-path.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";

/**
 * The constructor of an error for one bad argument or field: `InvalidArgumentError`, or a
 * package's own class with the same parameters (`CalendarOptionsError`).
 *
 * @example
 * ```ts
 * const guards = argumentGuards(InvalidArgumentError satisfies ArgumentErrorClass);
 * ```
 */
export type ArgumentErrorClass = new (
  path: ErrorPath,
  value: unknown,
  problem: string,
  options?: { cause?: unknown },
) => ConveningError;

/**
 * Checks for arguments of unknown shape, each naming the path it was given and throwing the
 * error class the guards were made with. A value that cannot be read (a revoked Proxy, a getter
 * or trap that throws) is an error at its own path, with what was thrown as `cause`.
 */
export interface ArgumentGuards {
  /** `value` when it is an object that is not an array (or null); throws otherwise. */
  record(value: unknown, path: ErrorPath, problem?: string): Readonly<Record<string, unknown>>;
  /** The `key` field of a record at `path`, read once; a read that throws is an error at `[...path, key]`. */
  field(record: object, key: string, path: ErrorPath): unknown;
  /**
   * A plain copy of the named fields of the record at `path`, each read once: what a function
   * works from afterwards, so nothing it reads later can throw or change under it.
   */
  fields<K extends string>(
    value: unknown,
    path: ErrorPath,
    keys: readonly K[],
    problem?: string,
  ): { readonly [key in K]: unknown };
  /** The record's own enumerable keys; a Proxy whose `ownKeys` throws is an error at `path`. */
  keys(record: object, path: ErrorPath): string[];
  /**
   * A dense copy of an array, each element read once (a hole reads as `undefined`); more than
   * `max` elements is an error, before any is read.
   */
  array(value: unknown, path: ErrorPath, problem?: string, max?: number): unknown[];
  /** `value` when it is a string. */
  string(value: unknown, path: ErrorPath, problem?: string): string;
  /** `value` when it is a finite number. */
  number(value: unknown, path: ErrorPath, problem?: string): number;
  /** `value` when it is an integer from `min` to `max`. */
  integer(value: unknown, path: ErrorPath, min: number, max: number, problem?: string): number;
}

function reason(cause: unknown): string {
  try {
    return cause instanceof Error ? `${cause.name}: ${cause.message}` : typeof cause;
  } catch {
    return "an unreadable error";
  }
}

/** Array.isArray, which throws on a revoked Proxy: `undefined` then. */
function isArray(value: unknown): boolean | undefined {
  try {
    return Array.isArray(value);
  } catch {
    return undefined;
  }
}

/**
 * Argument checks that throw `error` (default {@link InvalidArgumentError}), for a package's
 * functions to validate their arguments at entry and report the leaf path.
 *
 * @example
 * ```ts
 * const guard = argumentGuards(CalendarOptionsError);
 * const options = guard.fields(input, [], ["alarms"]);
 * const alarms = guard.array(options.alarms ?? [], ["alarms"], "must be an array", 16);
 * ```
 */
export function argumentGuards(error: ArgumentErrorClass = InvalidArgumentError): ArgumentGuards {
  const unreadable = (path: ErrorPath, cause: unknown): never => {
    throw new error(path, undefined, `could not be read (${reason(cause)})`, { cause });
  };

  const record = (
    value: unknown,
    path: ErrorPath,
    problem = "must be an object",
  ): Readonly<Record<string, unknown>> => {
    if (typeof value !== "object" || value === null) throw new error(path, value, problem);
    const array = isArray(value);
    if (array === undefined) unreadable(path, new TypeError("a revoked Proxy"));
    if (array) throw new error(path, value, problem);
    return value as Record<string, unknown>;
  };

  /**
   * `target[key]`; a read that throws is an error at `[...path, key]`, or at `path` itself when
   * `atKey` is false. The path is built only then: every public function reads its arguments
   * through here, field by field and element by element, and a copy per read was most of the
   * cost of checking a few thousand sessions.
   */
  const read = (target: object, key: string | number, path: ErrorPath, atKey: boolean): unknown => {
    try {
      return (target as Record<string | number, unknown>)[key];
    } catch (cause) {
      return unreadable(atKey ? [...path, key] : path, cause);
    }
  };
  const field = (target: object, key: string, path: ErrorPath): unknown =>
    read(target, key, path, true);

  return {
    record,
    field,
    fields<K extends string>(
      value: unknown,
      path: ErrorPath,
      keys: readonly K[],
      problem?: string,
    ): { readonly [key in K]: unknown } {
      const source = record(value, path, problem);
      const out = {} as { [key in K]: unknown };
      for (const key of keys) out[key] = field(source, key, path);
      return out;
    },
    keys(target: object, path: ErrorPath): string[] {
      try {
        return Object.keys(target);
      } catch (cause) {
        return unreadable(path, cause);
      }
    },
    array(value: unknown, path: ErrorPath, problem = "must be an array", max = Infinity) {
      const array = isArray(value);
      if (array === undefined) unreadable(path, new TypeError("a revoked Proxy"));
      if (!array) throw new error(path, value, problem);
      // A Proxy may claim any length; a real array's is a whole number below 2^32.
      const length = read(value as object, "length", path, false);
      if (typeof length !== "number" || !Number.isInteger(length) || length < 0)
        throw new error(path, value, problem);
      if (length > max) throw new error(path, value, `has more than ${max} items`);
      const out = new Array<unknown>(length);
      for (let i = 0; i < length; i++) out[i] = read(value as object, i, path, true);
      return out;
    },
    string(value: unknown, path: ErrorPath, problem = "must be a string"): string {
      if (typeof value !== "string") throw new error(path, value, problem);
      return value;
    },
    number(value: unknown, path: ErrorPath, problem = "must be a finite number"): number {
      if (typeof value !== "number" || !Number.isFinite(value))
        throw new error(path, value, problem);
      return value;
    },
    integer(value: unknown, path: ErrorPath, min: number, max: number, problem?: string): number {
      if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
        throw new error(path, value, problem ?? `must be a whole number from ${min} to ${max}`);
      return value;
    },
  };
}
