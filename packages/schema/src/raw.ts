// Semantic checks run on the raw input even when its shape is wrong, so every problem is reported
// in one pass; these guards let them read whatever is there without trusting it.

export type Path = (string | number)[];
export type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function records(value: unknown): [Raw, number][] {
  if (!Array.isArray(value)) return [];
  const out: [Raw, number][] = [];
  value.forEach((item, index) => {
    if (isRecord(item)) out.push([item, index]);
  });
  return out;
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
