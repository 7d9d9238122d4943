import { isSingleLineText, isWebUrl } from "@convening/core";

// Text as the schema takes it (schema text.ts): single lines without controls, multi-line text
// with tab, LF and CRLF only. ical.js has already unescaped TEXT (RFC 5545 §3.3.11).

// Nothing the two functions below replace: most text, which then needs no replacing at all (each
// replace with a look-behind costs a scan and a copy of every title and name of a large file).
const PLAIN = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]*$/;

/** A single line: controls and line breaks become spaces, cut to `max`; undefined when blank. */
export function singleLineText(value: string | undefined, max = 500): string | undefined {
  if (value === undefined) return undefined;
  if (PLAIN.test(value)) {
    const plain = value.trim().slice(0, max).trim();
    return plain !== "" ? plain : undefined;
  }
  const line = value
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .trim()
    .slice(0, max)
    .trim();
  return line !== "" && isSingleLineText(line) ? line : undefined;
}

/** Multi-line text: CRLF and LF kept, a lone CR made LF, other controls dropped; undefined when blank. */
export function multiLineText(value: string | undefined, max = 20_000): string | undefined {
  if (value === undefined) return undefined;
  // Tab and LF are kept as they are; anything else below U+0020 needs the slow path.
  const text = /^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]*$/.test(value)
    ? value.slice(0, max)
    : value
        .replace(/\r(?!\n)/g, "\n")
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, "")
        .replace(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
          "\ufffd",
        )
        .slice(0, max);
  return text.trim() === "" ? undefined : text;
}

/** An http(s) URL the schema accepts, else undefined. */
export function webUrlOf(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v !== undefined && isWebUrl(v) ? v : undefined;
}
