import { BoundedCache, type ErrorPath } from "@convening/core";
import { InvalidTimeArgumentError } from "./errors.js";

// Locales come from callers, so the distinct ones are unbounded; the cache of checked ones is
// not. Each keeps whether it is English, so a line does not parse its locale again.
const checkedLocales = new BoundedCache<string, boolean>(1_000);

/**
 * Whether a BCP 47 locale Intl accepts is English (its lines keep the seeds' style byte for
 * byte), or an `InvalidTimeArgumentError` at `path` for anything else.
 */
export function checkLocale(locale: unknown, path: ErrorPath): boolean {
  if (locale === "en-US") return true;
  if (typeof locale !== "string" || locale === "")
    throw new InvalidTimeArgumentError(path, locale, "is not a BCP 47 locale");
  let english = checkedLocales.get(locale);
  if (english === undefined) {
    try {
      Intl.DateTimeFormat.supportedLocalesOf([locale]);
      english = new Intl.Locale(locale).language === "en";
    } catch (cause) {
      throw new InvalidTimeArgumentError(path, locale, "is not a BCP 47 locale", { cause });
    }
    checkedLocales.set(locale, english);
  }
  return english;
}
