import { escape as icalEscape } from "ical-generator";

// Helpers for the content lines this package writes itself, where ical-generator has no API or
// writes a value raw (RFC 5545 §3.1). Lines are folded later, with the whole calendar, at 75
// octets without splitting a UTF-8 sequence (fold-lines.ts).

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function textValue(text: string): string {
  return icalEscape(text, false);
}

/**
 * Text for a quoted parameter value (CN, LABEL), with every backslash written as U+FF3C FULLWIDTH
 * REVERSE SOLIDUS, which reads the same. RFC 5545 §3.2 gives a backslash no meaning in a
 * parameter, but readers do: ical.js 2 decodes parameter values as TEXT (`\\,` becomes `,`, `\\n`
 * a line break) and then misplaces the start of the property value by the characters it removed,
 * and libical 3 reads a backslash before the closing DQUOTE as escaping it, so the rest of the line
 * (an ATTENDEE's address included) ends up in the parameter.
 */
export function paramText(text: string): string {
  return text.includes("\\") ? text.replace(/\\/g, "\uff3c") : text;
}

/**
 * A parameter value, always quoted, with RFC 6868 caret encoding for `"`, `^` and line breaks:
 * inside quotes `;`, `:` and `,` cannot end the parameter (RFC 5545 §3.2).
 */
export function paramValue(text: string): string {
  return `"${icalEscape(paramText(text), true)}"`;
}

/**
 * A URI value (RFC 5545 §3.3.13, RFC 3986): written raw, never backslash-escaped, with characters
 * outside printable ASCII percent-encoded as UTF-8. The schema already refuses spaces, control
 * characters, quotes and backslashes in URLs, so nothing here can end the line.
 */
export function uriValue(url: string): string {
  // TextEncoder rather than encodeURIComponent, which throws on a lone surrogate.
  return url.replace(/[^\x21-\x7e]+/g, (run) =>
    Array.from(
      utf8.encode(run),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
    ).join(""),
  );
}

const utf8 = new TextEncoder();

/** `NAME;P1=v1;P2=v2:value` with a CRLF, parameter values already encoded by the caller. */
export function contentLine(name: string, value: string, params: readonly string[] = []): string {
  return `${name}${params.length > 0 ? `;${params.join(";")}` : ""}:${value}\r\n`;
}
