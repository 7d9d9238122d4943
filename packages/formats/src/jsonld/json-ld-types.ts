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
  /** The schema.org type, e.g. `"Event"`, `"Place"`, `"VirtualLocation"`, `"Person"`. */
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
  /** The vocabulary every bare property name is read in. */
  "@context": "https://schema.org";
  /** The convening as a whole is one `Event`. */
  "@type": "Event";
  /** The convening's title, in the chosen language. */
  name: string;
  /**
   * The earliest session or occurrence start (ISO 8601 with its offset); the convening's
   * `startDate` (a local date) when it has none.
   */
  startDate: string;
  /** The latest session or occurrence end, or the convening's `endDate` when it has none. */
  endDate: string;
  /** A schema.org `EventStatusType` URL, e.g. `"https://schema.org/EventScheduled"`. */
  eventStatus: string;
  /** A schema.org `EventAttendanceModeEnumeration` URL (offline, online or mixed). */
  eventAttendanceMode: string;
  /** Every venue the sessions use (`Place`, `VirtualLocation`); one node when there is one. */
  location: JsonLdNode | JsonLdNode[];
  /** One `Event` per session and one `EventSeries` per series. */
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
