import { argumentGuards, InvalidArgumentError, isParsed, requireParsed } from "@convening/core";
import type { Convening } from "@convening/schema";

const guard = argumentGuards();

/**
 * The convening argument of `toCalendar`/`toICS` as a list: one parsed convening, or a non-empty
 * array of them (a feed spanning several). Each is checked for the parsed mark only, O(1): the
 * documents were validated once, by `parseConvening`, and are never validated again here.
 */
export function parsedConvenings(
  value: Convening | readonly Convening[],
  caller: string,
): { list: readonly Convening[]; paths: readonly (readonly (string | number)[])[] } {
  if (isParsed(value, "convening") || !isArray(value)) {
    return {
      list: [requireParsed(value as Convening, "convening", caller, ["convening"])],
      paths: [[]],
    };
  }
  // Each element read once (a hole is undefined, not skipped as `map` would skip it).
  const items = guard.array(value, ["convening"]);
  if (items.length === 0) {
    throw new InvalidArgumentError(
      ["convening"],
      value,
      "must be a parsed convening or a non-empty array of them",
    );
  }
  const list = items.map((c, k) =>
    requireParsed(c as Convening, "convening", caller, ["convening", k]),
  );
  return { list, paths: list.map((_, k) => [k]) };
}

/** Array.isArray, false for a revoked Proxy (on which it throws) so the caller gets NotParsedError. */
function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
