import { AssertionError, deepStrictEqual } from "node:assert/strict";
import { RUNTIME } from "./claims.js";

/**
 * The value as the JSON a reader sees in the guide. Anything JSON would silently change (a Map
 * or a Response becomes `{}`, NaN becomes `null`, a forgotten `await` leaves a Promise) is
 * refused, so a claim can never pass by comparing two empty objects.
 */
export function asJson(value: unknown, path = "the value"): unknown {
  check(value, path, true);
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function check(value: unknown, path: string, top: boolean): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${path} is ${value}, which JSON cannot hold`);
    return;
  }
  if (value === undefined) {
    if (top) return;
    throw new TypeError(`${path} is undefined, which JSON cannot hold`);
  }
  if (typeof value !== "object") {
    throw new TypeError(`${path} is a ${typeof value}, which JSON cannot hold`);
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return; // Date, luxon DateTime
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      check(item, `${path}[${i}]`, false);
    });
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const kind = (value as object).constructor?.name ?? "object";
    throw new TypeError(
      `${path} is a ${kind}, which JSON would write as {}; claim on a property of it${kind === "Promise" ? " (or await it)" : ""}`,
    );
  }
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) check(item, `${path}.${key}`, false);
  }
}

/** Where each claim checked since the last `checkedClaims()` call is. */
const checked = new Set<string>();

/** The claims checked since the last call, and starts a new count. */
export function checkedClaims(): Set<string> {
  const result = new Set(checked);
  checked.clear();
  return result;
}

/** Compares a value with the JSON a guide claims for it; the failure names the guide's line. */
export function claim(actual: unknown, expectedText: string, where: string, source: string): void {
  checked.add(where);
  const expected = expectedText === "undefined" ? undefined : JSON.parse(expectedText);
  let json: unknown;
  try {
    json = asJson(actual, source);
  } catch (error) {
    throw new AssertionError({ message: `${where}: ${(error as Error).message}` });
  }
  try {
    deepStrictEqual(json, expected);
  } catch {
    throw new AssertionError({
      message: `${where}: the guide says ${source} is ${expectedText}, but it is ${JSON.stringify(json)}`,
      actual: json,
      expected,
      operator: "deepStrictEqual",
    });
  }
}

/** Makes `claim` callable from generated modules (they hold no import, so lines stay as in the guide). */
export function installClaimRuntime(): void {
  (globalThis as Record<string, unknown>)[RUNTIME] = claim;
}
