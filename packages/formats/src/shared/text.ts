// Foreign text made acceptable to the schema instead of dropping the item it belongs to: pretalx
// abstracts carry a lone CR now and then, frab titles a tab, Sessionize bios a form feed. The
// schema's rules are the reference (@convening/schema text.ts): single-line text has no control
// character and is not blank; multi-line text keeps tab, LF and CRLF.

import { isWebUrl } from "@convening/core";

const SINGLE_LINE_BAD = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const MULTI_LINE_BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** One line of text, controls turned into spaces, trimmed and cut to `max`; undefined when blank. */
export function singleLineText(value: unknown, max = 500): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).replace(LONE_SURROGATE, "\ufffd").replace(SINGLE_LINE_BAD, " ").trim();
  if (text.length === 0) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Multi-line text: lone CR as LF, other controls dropped, cut to `max`; undefined when blank. */
export function multiLineText(value: unknown, max = 20_000): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(/\r(?!\n)/g, "\n")
    .replace(MULTI_LINE_BAD, "")
    .trim();
  if (text.length === 0) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A web URL the schema accepts (core's `isWebUrl`), resolved against `base` when relative (frab's
 * `base_url`); `new URL` escapes what needs escaping. Undefined for anything else.
 */
export function webUrlText(value: unknown, base?: string): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  try {
    const href = new URL(value.trim(), base).href;
    return isWebUrl(href) ? href : undefined;
  } catch {
    return undefined;
  }
}
