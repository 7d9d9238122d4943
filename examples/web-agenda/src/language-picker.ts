import { h } from "./dom.js";

/** The languages of the networks in our samples (issue 14), each named in itself. */
export const PAGE_LANGUAGES = ["en", "fr", "es", "pt-BR", "ar", "sw", "hi", "vi"] as const;

export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** `?lang=fr` when it names one of the page's languages, else English. */
export function pageLanguage(search: string): PageLanguage {
  const asked = new URLSearchParams(search).get("lang");
  return PAGE_LANGUAGES.find((l) => l === asked) ?? "en";
}

/**
 * `rtl` for a right-to-left language, from Intl: `textInfo` where the browser has it, else the
 * likely script.
 */
export function direction(locale: string): "ltr" | "rtl" {
  const parsed = new Intl.Locale(locale);
  const info = (parsed as { textInfo?: { direction?: string } }).textInfo;
  if (info?.direction === "rtl" || info?.direction === "ltr") return info.direction;
  return ["Arab", "Hebr"].includes(parsed.maximize().script ?? "") ? "rtl" : "ltr";
}

/**
 * The attributes of an element holding lines or headings in `locale`: its language, so screen
 * readers and fonts follow it, and its direction, so a right-to-left line lays out as one.
 */
export function languageAttributes(locale: string): { lang: string; dir: "ltr" | "rtl" } {
  return { lang: locale, dir: direction(locale) };
}

/** A labelled `<select id="language">` of the page's languages, each named in its own language. */
export function languagePicker(selected: PageLanguage): {
  field: HTMLElement;
  select: HTMLSelectElement;
} {
  const select = h(
    "select",
    { id: "language", name: "lang" },
    PAGE_LANGUAGES.map((tag) =>
      h(
        "option",
        { value: tag, selected: tag === selected, lang: tag, dir: direction(tag) },
        new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag,
      ),
    ),
  );
  const field = h(
    "div",
    { class: "field field--narrow" },
    h("label", { for: "language" }, "Times and dates in"),
    select,
  );
  return { field, select };
}
