import { argumentGuards } from "@convening/core";
import { FormatOptionsError } from "../errors.js";

// Options arrive from callers as anything (null, a revoked Proxy, a getter that throws): each
// function reads its options once through these guards, into a plain copy, so a bad one is a
// FormatOptionsError at the option, never a TypeError from inside.
export const optionGuards = argumentGuards(FormatOptionsError);

/**
 * A plain copy of the named options, each read once; `undefined` options read as none given.
 *
 * @throws {FormatOptionsError} when `options` is not an object or an option cannot be read.
 */
export function readOptions<K extends string>(
  options: unknown,
  keys: readonly K[],
): { readonly [key in K]: unknown } {
  return optionGuards.fields(options === undefined ? {} : options, [], keys);
}
