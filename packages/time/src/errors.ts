// Every error @convening/time throws. Each class extends @convening/core's `ConveningError`, so it
// carries a stable snake_case `code`, the `path` of the argument or field at fault (an array, from
// the root of what was passed), the offending `value`, and a `cause` when one exists; `instanceof`
// works across the ESM and CJS builds through the base class.

import {
  ConveningError,
  describePath,
  describeValue,
  type ErrorPath,
  InvalidArgumentError,
  peekField,
} from "@convening/core";

// The constructors below build their message from whatever they are handed without throwing (a
// revoked Proxy, a getter that throws, a symbol): an error about bad input must survive it. Parts
// are read with peekField and shown with core's describers, never coerced.

/** A part of a message: text as it is, anything else described. */
function text(value: unknown): string {
  return typeof value === "string" ? value : describeValue(value);
}

/** The wall-time parts as plain text (whatever was passed), for the message and `value`. */
function partsOf(value: unknown): WallTimeParts {
  return {
    date: text(peekField(value, "date")),
    time: text(peekField(value, "time")),
    zone: text(peekField(value, "zone")),
  };
}

/** A list of instants as text, cut at ten (an error message is not a dump). */
function instantsOf(value: unknown): string[] {
  const out: string[] = [];
  for (let i = 0; i < 10; i++) {
    const item = peekField(value, i);
    if (item === undefined) break;
    out.push(text(item));
  }
  return out;
}

/** The stable codes of @convening/time errors (`not_parsed` comes from core's `NotParsedError`). */
export type TimeErrorCode =
  | "invalid_zone"
  | "nonexistent_time"
  | "ambiguous_time"
  | "invalid_argument";

/**
 * The optional context an error's constructor takes. Inlined into each constructor's signature
 * in the reference, since users only ever pass it as an object literal.
 *
 * @inline
 */
interface ErrorOptions {
  /** The argument or field, e.g. `["zone"]`, `["series", "timeZone"]`, `["participants", 3, "timeZone"]`. */
  readonly path?: ErrorPath;
  /** The underlying error, if any; becomes the error's standard `cause`. */
  readonly cause?: unknown;
}

/**
 * Thrown for a zone the runtime does not know, or a value that is not a zone id at all.
 *
 * @example
 * ```ts
 * try {
 *   canonicalZone("Mars/Olympus_Mons");
 * } catch (error) {
 *   if (isInvalidZoneError(error)) console.log(error.code, error.path); // invalid_zone ["zone"]
 * }
 * ```
 */
export class InvalidZoneError extends ConveningError {
  static override readonly errorName: string = "InvalidZoneError";
  /** Always `"invalid_zone"`. */
  declare readonly code: "invalid_zone";

  constructor(value: unknown, options: ErrorOptions = {}) {
    const path = peekField(options, "path") ?? ["zone"];
    super(
      `${describePath(path)} = ${describeValue(value)}: is not an IANA time-zone id this runtime knows (such as America/New_York)`,
      { code: "invalid_zone", path: path as ErrorPath, value, cause: peekField(options, "cause") },
    );
  }
}

/** The local date and time a wall-time error is about. */
export interface WallTimeParts {
  /** The local date as given, `YYYY-MM-DD` (`"2021-03-14"`). */
  readonly date: string;
  /** The wall time as given, 24-hour `HH:mm` or `HH:mm:ss` (`"02:30"`). */
  readonly time: string;
  /** The zone's canonical IANA id (`"America/New_York"`; aliases already resolved). */
  readonly zone: string;
}

/**
 * Thrown when a local time falls in a spring-forward gap and the gap policy is `'reject'`
 * (02:30 on 14 March 2021 in New York never happened).
 *
 * @example
 * ```ts
 * try {
 *   wallTime({ date: "2021-03-14", time: "02:30", zone: "America/New_York" });
 * } catch (error) {
 *   if (isNonexistentTimeError(error)) console.log(error.gapStart, error.gapEnd);
 * }
 * ```
 */
export class NonexistentTimeError extends ConveningError {
  static override readonly errorName: string = "NonexistentTimeError";
  /** Always `"nonexistent_time"`. */
  declare readonly code: "nonexistent_time";
  /** The local date, time and zone asked for. */
  declare readonly value: WallTimeParts;
  /** The last instant before the gap, ISO with offset. */
  readonly gapStart: string;
  /** The first instant after the jump (the transition itself), ISO with offset. */
  readonly gapEnd: string;

  /**
   * @param options - `path`: `["time"]` for `wallTime` (the default), `["series", "startTime"]` or
   *   `["series", "overrides", 2]` for `expandSeries`.
   */
  constructor(
    value: WallTimeParts,
    gap: { start: string; end: string },
    options: ErrorOptions = {},
  ) {
    const path = peekField(options, "path") ?? ["time"];
    const parts = partsOf(value);
    const start = text(peekField(gap, "start"));
    const end = text(peekField(gap, "end"));
    super(
      `${describePath(path)}: ${parts.date} ${parts.time} does not exist in ${parts.zone} (the clocks jump forward at ${end}); pass gap: 'forward' to move it`,
      {
        code: "nonexistent_time",
        path: path as ErrorPath,
        value: parts,
        cause: peekField(options, "cause"),
      },
    );
    this.gapStart = start;
    this.gapEnd = end;
  }
}

/**
 * Thrown when a local time happens twice (a fall-back overlap) and the overlap policy is `'reject'`.
 *
 * @example
 * ```ts
 * try {
 *   wallTime({ date: "2021-11-07", time: "01:30", zone: "America/New_York" }, { overlap: "reject" });
 * } catch (error) {
 *   if (isAmbiguousTimeError(error)) console.log(error.candidates); // [ "…-04:00", "…-05:00" ]
 * }
 * ```
 */
export class AmbiguousTimeError extends ConveningError {
  static override readonly errorName: string = "AmbiguousTimeError";
  /** Always `"ambiguous_time"`. */
  declare readonly code: "ambiguous_time";
  /** The local date, time and zone asked for. */
  declare readonly value: WallTimeParts;
  /** Both instants the local time names, earlier first, ISO with offset. */
  readonly candidates: readonly string[];

  /**
   * @param options - `path`: `["time"]` for `wallTime` (the default), `["series", "startTime"]` or
   *   `["series", "overrides", 2]` for `expandSeries`.
   */
  constructor(value: WallTimeParts, candidates: readonly string[], options: ErrorOptions = {}) {
    const path = peekField(options, "path") ?? ["time"];
    const parts = partsOf(value);
    const instants = instantsOf(candidates);
    super(
      `${describePath(path)}: ${parts.date} ${parts.time} happens twice in ${parts.zone} (${instants.join(" and ")}); pass overlap: 'earlier' or 'later'`,
      {
        code: "ambiguous_time",
        path: path as ErrorPath,
        value: parts,
        cause: peekField(options, "cause"),
      },
    );
    this.candidates = instants;
  }
}

/**
 * Thrown for any other argument the package cannot use: an instant without an offset, an end
 * before its start, a malformed date, an unknown option value. A core `InvalidArgumentError`
 * (code `invalid_argument`), so one `instanceof InvalidArgumentError` catches every package's.
 *
 * @example
 * ```ts
 * try {
 *   formatRange("2021-03-23T11:20", "2021-03-23T12:05-04:00", "America/New_York");
 * } catch (error) {
 *   if (isInvalidTimeArgumentError(error)) console.log(error.code, error.path); // invalid_argument ["start"]
 * }
 * ```
 */
export class InvalidTimeArgumentError extends InvalidArgumentError {
  static override readonly errorName: string = "InvalidTimeArgumentError";
}

/**
 * True for an `InvalidZoneError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * isInvalidZoneError(new InvalidZoneError("Nowhere/Land")); // true
 * ```
 */
export function isInvalidZoneError(value: unknown): value is InvalidZoneError {
  return value instanceof InvalidZoneError;
}

/**
 * True for a `NonexistentTimeError` from any copy of this package.
 *
 * @example
 * ```ts
 * if (isNonexistentTimeError(error)) console.log(error.gapEnd);
 * ```
 */
export function isNonexistentTimeError(value: unknown): value is NonexistentTimeError {
  return value instanceof NonexistentTimeError;
}

/**
 * True for an `AmbiguousTimeError` from any copy of this package.
 *
 * @example
 * ```ts
 * if (isAmbiguousTimeError(error)) console.log(error.candidates);
 * ```
 */
export function isAmbiguousTimeError(value: unknown): value is AmbiguousTimeError {
  return value instanceof AmbiguousTimeError;
}

/**
 * True for an `InvalidTimeArgumentError` from any copy of this package.
 *
 * @example
 * ```ts
 * if (isInvalidTimeArgumentError(error)) console.log(error.path, error.value);
 * ```
 */
export function isInvalidTimeArgumentError(value: unknown): value is InvalidTimeArgumentError {
  return value instanceof InvalidTimeArgumentError;
}
