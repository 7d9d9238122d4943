// Errors thrown by @convening/formats. Every class extends @convening/core's `ConveningError`, so a
// caller catches `isConveningError(error)` and reads `code`, `path` and `value` whatever threw.
// Unparsed convenings given to an exporter are refused with core's `NotParsedError`. Importers
// never throw for one bad item (it becomes a warning); they throw these for a whole document.

import { ConveningError, describePath, describeValue, type ErrorPath } from "@convening/core";

// Every constructor here builds its message from whatever it is handed without throwing (a
// revoked Proxy, a symbol, a path that is not an array): core's describers never throw, and a
// clause that is not text is described, never coerced.
function text(value: unknown): string {
  return typeof value === "string" ? value : describeValue(value);
}

/**
 * Thrown by an importer given a document that is not its format: not an object, or without the
 * parts every file of the format has (`schedule.conference` for frab JSON, a `<schedule>` root
 * for frab XML, `sessions` and `rooms` for Sessionize).
 *
 * @example
 * ```ts
 * try {
 *   fromFrabJson({ hello: "world" });
 * } catch (error) {
 *   if (error instanceof UnrecognizedFormatError) console.log(error.code, error.format); // unrecognized_format frab-json
 * }
 * ```
 */
export class UnrecognizedFormatError extends ConveningError {
  static override readonly errorName: string = "UnrecognizedFormatError";
  declare readonly code: "unrecognized_format";
  /** The format that was expected (`frab-json`, `frab-xml`, `pretalx-talks`, `sessionize`). */
  readonly format: string;

  constructor(format: string, path: ErrorPath, value: unknown, problem: string) {
    super(`Not a ${text(format)} document: ${text(problem)} (found ${describeValue(value)})`, {
      code: "unrecognized_format",
      path,
      value,
    });
    this.format = text(format);
  }
}

/**
 * Thrown by an importer when the document gives no usable IANA time zone and none was passed
 * as `timeZone`. Sessionize never says its zone; frab and old pretalx exports may not, or may
 * say `Berlin`. Pass the zone the organisers meant: `{ timeZone: "Europe/Berlin" }`.
 *
 * @example
 * ```ts
 * try {
 *   fromSessionize(allData);
 * } catch (error) {
 *   if (error instanceof TimeZoneRequiredError) fromSessionize(allData, { timeZone: "Europe/Oslo" });
 * }
 * ```
 */
export class TimeZoneRequiredError extends ConveningError {
  static override readonly errorName: string = "TimeZoneRequiredError";
  declare readonly code: "time_zone_required";

  constructor(format: string, path: ErrorPath, value: unknown, why: string) {
    super(
      `A ${text(format)} document needs a time zone: ${text(why)}; pass the organisers' IANA zone as the timeZone option (timeZone: "Europe/Berlin")`,
      { code: "time_zone_required", path, value },
    );
  }
}

/**
 * Thrown when an option of an importer or exporter is invalid: a `timeZone` that is not an IANA
 * zone, a `domain` that is not a host name, a `dayStartsAt` that is not `HH:mm`.
 *
 * @example
 * ```ts
 * try {
 *   toFrabXml(convening, { domain: "not a domain" });
 * } catch (error) {
 *   if (error instanceof FormatOptionsError) console.log(error.path); // ["domain"]
 * }
 * ```
 */
export class FormatOptionsError extends ConveningError {
  static override readonly errorName: string = "FormatOptionsError";
  declare readonly code: "invalid_format_option";

  constructor(path: ErrorPath, value: unknown, problem: string) {
    super(`Invalid option ${describePath(path)} = ${describeValue(value)}: ${text(problem)}`, {
      code: "invalid_format_option",
      path,
      value,
    });
  }
}

/**
 * Thrown by an importer when the document is its format but nothing usable can be made of it
 * even after leaving out every bad item: no title, no session and no date to place it on. The
 * validation error that stopped it is the `cause`.
 *
 * @example
 * ```ts
 * try {
 *   fromFrabJson(doc);
 * } catch (error) {
 *   if (error instanceof UnusableDocumentError) console.log(error.message);
 * }
 * ```
 */
export class UnusableDocumentError extends ConveningError {
  static override readonly errorName: string = "UnusableDocumentError";
  declare readonly code: "unusable_document";

  constructor(format: string, path: ErrorPath, value: unknown, problem: string, cause?: unknown) {
    super(`The ${text(format)} document cannot become a convening: ${text(problem)}`, {
      code: "unusable_document",
      path,
      value,
      cause,
    });
  }
}
