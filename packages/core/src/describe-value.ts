/**
 * A short, safe rendering of a value for an error message: strings quoted and cut at 60
 * characters with control characters made visible, numbers with their type, objects by kind.
 *
 * @example
 * ```ts
 * describeValue("Mars/Base\n"); // "\"Mars/Base\\n\""
 * describeValue(Number.NaN); // "number NaN"
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    // JSON escapes C0 controls but leaves DEL, C1 and the Unicode line separators as they are;
    // those are escaped too, so a message never carries a character that breaks a log line.
    return JSON.stringify(shown).replace(
      /[\u007f-\u009f\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return `${typeof value} ${String(value)}`;
  }
  if (typeof value === "object") {
    try {
      return Array.isArray(value) ? `an array of ${value.length}` : "an object";
    } catch {
      // Array.isArray throws on a revoked Proxy; a message must still be built.
      return "an unreadable object";
    }
  }
  return `a ${typeof value}`;
}
