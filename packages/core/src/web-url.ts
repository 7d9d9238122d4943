// Web addresses as documents may hold them: absolute http(s) URLs with nothing that could break a
// line or a header once written into a calendar or a page.

// The WHATWG URL parser silently drops tabs and newlines, so a URL with an embedded CRLF would
// pass `new URL()`; the raw string is checked first so no control character or space survives.
const URL_FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\u2028\u2029"<>\\^`{|}]/;

/**
 * True for an absolute `http:` or `https:` URL with a host, at most 2,048 characters, with no
 * space, control character or character a URL must escape (`"`, `<`, `>`, `\\`, `^`, backtick,
 * `{`, `|`, `}`).
 *
 * @example
 * ```ts
 * isWebUrl("https://meet.example.org/j/123?pwd=a;b"); // true
 * isWebUrl("https://example.org/a\r\nX-INJECTED:1"); // false
 * isWebUrl("javascript:alert(1)"); // false
 * ```
 */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 2048 || URL_FORBIDDEN.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}
