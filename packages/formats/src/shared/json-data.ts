import type { ErrorPath } from "@convening/core";
import { UnrecognizedFormatError } from "../errors.js";

// An importer's document arrives as `unknown`: usually JSON.parse's output, but a caller may hand
// over anything (a Proxy, an object with getters, a cycle, a bigint). The readers walk plain data
// freely, so each importer first takes this snapshot: plain JSON values only, each field read
// once, anything unreadable refused with a typed error at its path. What JSON.stringify would
// drop or turn into null (undefined, functions, symbols, NaN, Infinity) is dropped or null here.

/** Deeper than any schedule format nests (frab JSON: about 8 levels). */
const MAX_DEPTH = 64;
/** More values than the largest real schedule export holds by a wide margin. */
const MAX_VALUES = 5_000_000;

class Snapshot {
  private values = 0;
  private readonly open = new Set<object>();

  constructor(private readonly format: string) {}

  private refuse(path: ErrorPath, value: unknown, problem: string): never {
    throw new UnrecognizedFormatError(this.format, path, value, problem);
  }

  private read(target: object, key: string | number, path: ErrorPath): unknown {
    try {
      return (target as Record<string | number, unknown>)[key];
    } catch {
      return this.refuse(path, undefined, `${describeKey(path)} could not be read`);
    }
  }

  /** A plain copy of `value`, or `undefined` where JSON has no value (dropped from objects). */
  take(value: unknown, path: ErrorPath): unknown {
    if (++this.values > MAX_VALUES) this.refuse(path, undefined, `holds over ${MAX_VALUES} values`);
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "number":
        return Number.isFinite(value) ? value : null;
      case "bigint":
        return this.refuse(path, value, `${describeKey(path)} is a bigint, which JSON has not`);
      case "object":
        return value === null ? null : this.container(value, path);
      default:
        return undefined;
    }
  }

  private container(value: object, path: ErrorPath): unknown {
    if (path.length >= MAX_DEPTH) this.refuse(path, undefined, `nests deeper than ${MAX_DEPTH}`);
    if (this.open.has(value)) this.refuse(path, undefined, `${describeKey(path)} contains itself`);
    let array: boolean;
    try {
      array = Array.isArray(value);
    } catch {
      return this.refuse(path, undefined, `${describeKey(path)} could not be read`);
    }
    const boxed = unboxed(value);
    if (boxed !== value) return this.take(boxed, path);
    this.open.add(value);
    try {
      if (array) {
        const length = this.read(value, "length", path) as number;
        if (this.values + length > MAX_VALUES)
          this.refuse(path, undefined, `holds over ${MAX_VALUES} values`);
        const out: unknown[] = [];
        for (let i = 0; i < length; i++) {
          const item = this.take(this.read(value, i, [...path, i]), [...path, i]);
          out.push(item === undefined ? null : item);
        }
        return out;
      }
      let keys: string[];
      try {
        keys = Object.keys(value);
      } catch {
        return this.refuse(path, undefined, `${describeKey(path)} could not be read`);
      }
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const item = this.take(this.read(value, key, [...path, key]), [...path, key]);
        // "__proto__" from JSON.parse is an own key; defining it keeps it one, not a prototype.
        if (item !== undefined)
          Object.defineProperty(out, key, {
            value: item,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return out;
    } finally {
      this.open.delete(value);
    }
  }
}

/** The primitive inside a boxed string, number or boolean, or a Date's ISO text; else `value`. */
function unboxed(value: object): unknown {
  try {
    if (value instanceof Date) {
      const ms = value.getTime();
      return Number.isNaN(ms) ? null : value.toISOString();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean)
      return value.valueOf();
  } catch {
    // A Proxy of one of them, or a Date whose year is past 9999 in ISO form: plain object rules.
  }
  return value;
}

function describeKey(path: ErrorPath): string {
  return path.length === 0 ? "the document" : "a field";
}

/**
 * A plain JSON copy of an importer's document: strings, finite numbers, booleans, null, arrays
 * and plain objects. A field that cannot be read, a bigint, a cycle, nesting deeper than 64 or
 * more than five million values is an {@link UnrecognizedFormatError} at its path.
 */
export function jsonData(doc: unknown, format: string): unknown {
  return new Snapshot(format).take(doc, []);
}
