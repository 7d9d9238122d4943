import { InvalidArgumentError } from "@convening/core";

/**
 * The JSON-LD inside a `<script type="application/ld+json">` element, safe to put in an HTML page:
 * `<`, `>`, `&` and the line separators U+2028/U+2029 are written as JSON escapes, so a title such
 * as `</script><script>…` cannot end the element (HTML §4.12.1.3 restrictions for script content).
 *
 * @example
 * ```ts
 * const html = jsonLdScript(toJsonLd(convening));
 * html.startsWith('<script type="application/ld+json">'); // true
 * ```
 */
export function jsonLdScript(data: unknown): string {
  let written: string | undefined;
  try {
    written = JSON.stringify(data);
  } catch (cause) {
    // A cycle, a bigint, nesting past the stack, or a getter or toJSON that throws.
    throw new InvalidArgumentError(["data"], data, "cannot be written as JSON", { cause });
  }
  if (written === undefined)
    throw new InvalidArgumentError(["data"], data, "must be JSON data, such as toJsonLd's result");
  const json = written.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `<script type="application/ld+json">${json}</script>`;
}
