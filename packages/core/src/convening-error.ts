// The one error base of the toolkit. Every class in every package extends it, so a caller can
// catch `isConveningError(e)` and read `code`, `path` and `value` whatever threw.

import { toErrorPath } from "./describe-path.js";
import { describeValue } from "./describe-value.js";
import type { ErrorPath } from "./format-path.js";
import { peekField } from "./peek-field.js";

// One registry symbol for every class: `Symbol.for` gives the same symbol to the ESM and CJS
// builds (and to two installed copies), so identity survives where `instanceof` would not.
const KINDS = Symbol.for("@convening/core.error-kinds");

/**
 * What every {@link ConveningError} carries besides its message.
 *
 * @example
 * ```ts
 * const details: ConveningErrorDetails = { code: "invalid_zone", path: ["zone"], value: "Mars/Base" };
 * ```
 */
export interface ConveningErrorDetails {
  /** A stable snake_case code to branch on; never reworded between versions. */
  readonly code: string;
  /** The argument or field at fault, from the root of what was passed (`["sessions", 3, "start"]`). */
  readonly path?: ErrorPath;
  /** The offending value, as given. */
  readonly value?: unknown;
  /** The underlying error, when there is one; becomes the standard `cause`. */
  readonly cause?: unknown;
}

/**
 * The base of every error the convening packages throw: a `code` in snake_case, the `path` of the
 * argument or field at fault (always an array), the offending `value`, and the standard `cause`.
 *
 * `instanceof` works across the ESM and CJS builds and across duplicate installs: each class
 * names itself in a static `errorName`, every instance records the names of its class chain under
 * a `Symbol.for` key, and `Symbol.hasInstance` checks that record instead of the prototype chain
 * (the technique zod's core uses for its own classes). {@link isConveningError} gives the same
 * answer for the base.
 *
 * @example
 * ```ts
 * class QuotaError extends ConveningError {
 *   static override readonly errorName: string = "QuotaError";
 *   declare readonly code: "over_quota";
 *   constructor(value: number) {
 *     super(`limit: ${value} is over the quota`, { code: "over_quota", path: ["limit"], value });
 *   }
 * }
 * try {
 *   throw new QuotaError(9);
 * } catch (error) {
 *   if (error instanceof QuotaError) console.log(error.code, error.path); // over_quota ["limit"]
 * }
 * ```
 */
export class ConveningError extends Error {
  /** The class's name, recorded on every instance; each subclass sets its own. */
  static readonly errorName: string = "ConveningError";

  /** A stable snake_case code to branch on. */
  readonly code: string;
  /** The argument or field at fault, from the root of what was passed; `[]` for the whole value. */
  readonly path: ErrorPath;
  /** The offending value, as given (`undefined` when there is none to show). */
  readonly value: unknown;

  /**
   * Never throws, whatever it is given: an error built to report bad input must survive that
   * input (a revoked Proxy, a getter that throws, a symbol). A `message` that is not a string is
   * described, a `code` that is not a string becomes `"convening_error"`, and `path` is kept as
   * keys and indexes only ({@link toErrorPath}).
   */
  constructor(message: string, details: ConveningErrorDetails) {
    const cause = peekField(details, "cause");
    super(
      typeof message === "string" ? message : describeValue(message),
      cause === undefined ? undefined : { cause },
    );
    const kinds: string[] = [];
    for (let c = new.target as unknown; isErrorClass(c); c = Object.getPrototypeOf(c)) {
      if (Object.hasOwn(c, "errorName")) kinds.push(c.errorName);
    }
    this.name = kinds[0] ?? "ConveningError";
    const code = peekField(details, "code");
    this.code = typeof code === "string" ? code : "convening_error";
    this.path = Object.freeze([...toErrorPath(peekField(details, "path"))]);
    this.value = peekField(details, "value");
    Object.defineProperty(this, KINDS, { value: Object.freeze(kinds) });
  }

  /**
   * True when `value` is an instance of this class (or a subclass) from any copy of the package.
   * Same answer as {@link isConveningError} when called on the base.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class `instanceof` was asked about (a subclass inherits this method), which
    // is the point: each class answers for itself and its subclasses.
    // biome-ignore lint/complexity/noThisInStatic: the receiver is the subclass being tested.
    return kindsOf(value)?.includes(this.errorName) ?? false;
  }

  /**
   * A plain object for logs and HTTP bodies: name, code, path, message, and the value when it is
   * plain data.
   */
  toJSON(): {
    /** The class's {@link ConveningError.errorName | errorName}, e.g. `"InvalidArgumentError"`. */
    name: string;
    /** The stable snake_case {@link ConveningError.code | code}. */
    code: string;
    /** The {@link ConveningError.path | path} of the field at fault; `[]` for the whole value. */
    path: ErrorPath;
    /** The human-readable message, naming the field and the value. */
    message: string;
    /**
     * The offending value, only when it is `null`, a string, a boolean or a finite number:
     * anything else (an object, a function, a bigint) could leak data or fail to serialize.
     */
    value?: unknown;
  } {
    const out: { name: string; code: string; path: ErrorPath; message: string; value?: unknown } = {
      name: this.name,
      code: this.code,
      path: this.path,
      message: this.message,
    };
    const v = this.value;
    if (v === null || ["string", "boolean"].includes(typeof v) || Number.isFinite(v)) out.value = v;
    return out;
  }
}

function isErrorClass(c: unknown): c is typeof ConveningError {
  return typeof c === "function" && c !== Error && c !== Function.prototype;
}

function kindsOf(value: unknown): readonly string[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    const kinds = (value as Record<symbol, unknown>)[KINDS];
    return Array.isArray(kinds) ? kinds : undefined;
  } catch {
    // A revoked Proxy or a throwing `get` trap is not one of our errors.
    return undefined;
  }
}

/**
 * True for an error from any convening package, from any copy of it (ESM or CJS).
 *
 * @example
 * ```ts
 * try {
 *   toICS(convening, options);
 * } catch (error) {
 *   if (!isConveningError(error)) throw error;
 *   response.status(400).json(error.toJSON());
 * }
 * ```
 */
export function isConveningError(value: unknown): value is ConveningError {
  return kindsOf(value) !== undefined;
}
