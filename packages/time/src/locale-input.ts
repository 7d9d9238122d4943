import { BoundedCache, type ErrorPath } from "@convening/core";
import { InvalidTimeArgumentError } from "./errors.js";

/** A caller's locale as the lines use it: the one Intl formats with, and whether it is English. */
export interface CheckedLocale {
  readonly locale: string;
  readonly english: boolean;
}

const US_ENGLISH: CheckedLocale = { locale: "en-US", english: true };

// Locales come from callers, so the distinct ones are unbounded; the cache of checked ones is
// not. Each keeps its answer, so a line does not parse its locale again.
const checkedLocales = new BoundedCache<string, CheckedLocale>(1_000);

/**
 * The locale to format with for a BCP 47 locale Intl accepts, and whether it is English (its
 * lines keep the seeds' style byte for byte), or an `InvalidTimeArgumentError` at `path` for
 * anything else. A well-formed locale the runtime has no data for (`xx`, or `sw` in an engine
 * built with English only) becomes `en-US`: left to Intl, it would take the machine's own
 * language (LANG on a server, the UI language in a browser), and the same call would give other
 * text on another machine.
 */
export function checkLocale(locale: unknown, path: ErrorPath): CheckedLocale {
  if (locale === "en-US") return US_ENGLISH;
  if (typeof locale !== "string" || locale === "")
    throw new InvalidTimeArgumentError(path, locale, "is not a BCP 47 locale");
  let checked = checkedLocales.get(locale);
  if (checked === undefined) {
    let supported: string[];
    try {
      supported = Intl.DateTimeFormat.supportedLocalesOf([locale]);
    } catch (cause) {
      throw new InvalidTimeArgumentError(path, locale, "is not a BCP 47 locale", { cause });
    }
    checked =
      supported.length === 0
        ? US_ENGLISH
        : { locale, english: new Intl.Locale(locale).language === "en" };
    checkedLocales.set(locale, checked);
  }
  return checked;
}
