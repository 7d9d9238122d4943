import { ConveningError } from "./convening-error.js";
import { describePath } from "./describe-path.js";
import { describeValue } from "./describe-value.js";
import type { ParsedKind } from "./parsed.js";

const PARSERS: Record<ParsedKind, string> = {
  convening: "parseConvening",
  series: "parseSeries",
  directory: "parseDirectory",
};

/**
 * Thrown when a function that takes a parsed value (a `Convening`, `Series` or `Directory`) is
 * given anything else: raw JSON, a copy made with JSON or object spread, a hand-built object.
 * Validation happens once, in the parser; the message says which one to call.
 *
 * @example
 * ```ts
 * try {
 *   toICS(JSON.parse(body));
 * } catch (error) {
 *   if (error instanceof NotParsedError) toICS(parseConvening(JSON.parse(body)));
 * }
 * ```
 */
export class NotParsedError extends ConveningError {
  static override readonly errorName: string = "NotParsedError";
  declare readonly code: "not_parsed";
  /** What was expected: `"convening"`, `"series"` or `"directory"`. */
  readonly expected: ParsedKind;

  constructor(
    expected: ParsedKind,
    caller: string,
    path: readonly (string | number)[],
    value: unknown,
  ) {
    // Built from anything without throwing (see ConveningError).
    const kind =
      typeof expected === "string" && Object.hasOwn(PARSERS, expected) ? expected : undefined;
    const parser = kind === undefined ? "the parser" : `${PARSERS[kind]}()`;
    const who = typeof caller === "string" ? caller : describeValue(caller);
    super(
      `${who}: ${describePath(path)} (${describeValue(value)}) is not a parsed ${kind ?? "value"}; call ${parser} first and pass what it returns (a value copied through JSON, structuredClone or an object spread must be parsed again)`,
      { code: "not_parsed", path, value },
    );
    this.expected = expected;
  }
}
