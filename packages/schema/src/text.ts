import { isLanguageTag, isSingleLineText } from "@convening/core";
import * as z from "zod";

// Single-line text rejects every C0/C1 control and the Unicode line/paragraph separators: any of
// them could end an iCal content line or a header once the text leaves this package.
// Both also reject a lone UTF-16 surrogate, which has no UTF-8 encoding and would be replaced
// (or refused) by whatever writes the text out.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Multi-line text keeps tab, LF and CRLF (browsers submit a textarea with CRLF); a lone CR is
// rejected because readers disagree on whether it ends a line.
const MULTI_LINE_FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r(?!\n)/;

// isSingleLineText lives in @convening/core, so icsResponse can use it without zod.
export { isSingleLineText };

/**
 * True when `value` has no control character but tab, LF and CRLF (descriptions, bios).
 *
 * @example
 * ```ts
 * isMultiLineText("Day 1\r\nDay 2"); // true
 * isMultiLineText("Day 1\rDay 2"); // false: a lone CR
 * ```
 */
export function isMultiLineText(value: string): boolean {
  // Not a string is not text: a regular expression would test its String() form instead.
  return (
    typeof value === "string" && !MULTI_LINE_FORBIDDEN.test(value) && !LONE_SURROGATE.test(value)
  );
}

export function singleLine(description: string, max = 500) {
  return (
    z
      .string()
      .min(1)
      .max(max)
      .refine(isSingleLineText, {
        message: "must be a single line without control characters or lone surrogates",
        params: { code: "control_character" },
        abort: true,
      })
      // A blank title or name would be dropped by calendar readers (libical flags an empty SUMMARY).
      .refine((v) => /\S/.test(v), { message: "must not be blank", params: { code: "too_small" } })
      .meta({
        description,
        pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*$",
      })
  );
}

export function multiLine(description: string, max = 20_000) {
  return z
    .string()
    .max(max)
    .refine(isMultiLineText, {
      message:
        "must not contain control characters other than tab, LF and CRLF, nor lone surrogates",
      params: { code: "control_character" },
      abort: true,
    })
    .meta({
      description,
      pattern:
        "^(?:[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\r]|\\r\\n)*$",
    });
}

/**
 * A BCP 47 language tag such as `en`, `fr-CA` or `ase` (American Sign Language).
 *
 * @example
 * ```ts
 * LanguageTagSchema.parse("fr-CA");
 * LanguageTagSchema.safeParse("en_US").success; // false
 * ```
 */
export const LanguageTagSchema = z
  .string()
  .refine(isLanguageTag, {
    message: "must be a BCP 47 language tag such as en, fr-CA or ase",
    params: { code: "invalid_language" },
  })
  .meta({
    description: "A BCP 47 language tag, such as en, fr-CA, sw or ase (American Sign Language).",
    pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
  });

function localized(base: z.ZodString, description: string) {
  return z
    .union([
      base,
      z.record(LanguageTagSchema, base).refine((map) => Object.keys(map).length > 0, {
        message: "must hold at least one language",
        params: { code: "too_small" },
      }),
    ])
    .meta({ description });
}

/** Single-line text, either one string or a map of BCP 47 tag to text (`{ en: "…", fr: "…" }`). */
export function localizedSingleLine(description: string, max = 500) {
  return localized(singleLine(description, max), description);
}

/** Multi-line text, either one string or a map of BCP 47 tag to text. */
export function localizedMultiLine(description: string, max = 20_000) {
  return localized(multiLine(description, max), description);
}

/**
 * Text in one language, or the same text in several (`{ en: "…", fr: "…" }`).
 *
 * @example
 * ```ts
 * const title: LocalizedText = { en: "The Power of a Story", fr: "Le pouvoir d'un récit" };
 * localize(title, "fr");
 * ```
 */
export type LocalizedText = string | Readonly<Record<string, string>>;
