// Semantic checks run on the raw input even when its shape is wrong, so every problem is reported
// in one pass; these guards let them read whatever is there without trusting it.

export type Path = (string | number)[];
export type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Calls `visit` for every object in `list` (skipping anything else), with its index. */
export function eachRecord(list: unknown, visit: (item: Raw, index: number) => void): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (isRecord(item)) visit(item, i);
  }
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The value at `path` inside `root`, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
