// Moved here from @convening/schema (which re-exports it unchanged): icsResponse checks a file
// name with it, and must not load the validator to do so.

// Every C0/C1 control and the Unicode line/paragraph separators could end an iCal content line or
// an HTTP header once the text leaves the toolkit; a lone UTF-16 surrogate has no UTF-8 encoding.
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * True when `value` has no control character (single-line fields: titles, names, labels).
 *
 * @example
 * ```ts
 * isSingleLineText("The Power of a Story"); // true
 * isSingleLineText("Line\nbreak"); // false
 * ```
 */
export function isSingleLineText(value: string): boolean {
  // Not a string is not text: a regular expression would test its String() form instead.
  return (
    typeof value === "string" && !SINGLE_LINE_FORBIDDEN.test(value) && !LONE_SURROGATE.test(value)
  );
}
