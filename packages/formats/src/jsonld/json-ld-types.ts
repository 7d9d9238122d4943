/**
 * A schema.org node as {@link toJsonLd} writes it: `@type` and the properties schema.org gives
 * that type. The writer is checked against the `schema-dts` typings when this package is built;
 * the published type stays this small so users need not install them.
 *
 * @example
 * ```ts
 * const place: JsonLdNode = { "@type": "Place", name: "InfoPoint" };
 * ```
 */
export interface JsonLdNode {
  "@type": string;
  [property: string]: unknown;
}

/**
 * The document {@link toJsonLd} returns: a schema.org `Event` with `@context`, ready for
 * `<script type="application/ld+json">` (serialise it with `jsonLdScript`).
 *
 * @example
 * ```ts
 * const doc: JsonLdEvent = toJsonLd(convening);
 * doc.subEvent?.length; // one per session and series
 * ```
 */
export interface JsonLdEvent extends JsonLdNode {
  "@context": "https://schema.org";
  "@type": "Event";
  name: string;
  startDate: string;
  endDate: string;
  eventStatus: string;
  eventAttendanceMode: string;
  location: JsonLdNode | JsonLdNode[];
  subEvent?: JsonLdNode[];
}

/**
 * Options of {@link toJsonLd}.
 *
 * @example
 * ```ts
 * toJsonLd(convening, { language: "fr", url: "https://events.example.org/workshops" });
 * ```
 */
export interface JsonLdOptions {
  /** The language to pick from multilingual titles and descriptions (BCP 47). Default: the convening's first language. */
  readonly language?: string;
  /**
   * The public page this JSON-LD describes (the page it is embedded in). It is the event's `url`
   * when the convening has none, and the `VirtualLocation` of an online room whose join link is
   * private (Google requires a URL there). Default: the convening's `url`.
   */
  readonly url?: string;
}
