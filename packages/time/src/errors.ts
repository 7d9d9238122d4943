// Every error @convening/time throws. Each class carries a stable `code`, the offending `path`
// (the argument or field) and `value`, and a `cause` when one exists. A brand symbol on each
// instance makes `instanceof` work across the ESM and CJS builds (the approach zod's core.ts takes).

/** The stable codes of @convening/time errors. */
export type TimeErrorCode =
  | "INVALID_ZONE"
  | "NONEXISTENT_TIME"
  | "AMBIGUOUS_TIME"
  | "INVALID_TIME_ARGUMENT";

const brands = {
  INVALID_ZONE: Symbol.for("@convening/time.InvalidZoneError"),
  NONEXISTENT_TIME: Symbol.for("@convening/time.NonexistentTimeError"),
  AMBIGUOUS_TIME: Symbol.for("@convening/time.AmbiguousTimeError"),
  INVALID_TIME_ARGUMENT: Symbol.for("@convening/time.InvalidTimeArgumentError"),
} as const;

function hasBrand(value: unknown, brand: symbol): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<symbol, unknown>)[brand] === true
  );
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (value === undefined) return "undefined";
  // JSON writes NaN and ±Infinity as null, which would hide what the caller passed.
  if (typeof value === "number") return String(value);
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    // Circular values fall through to String().
  }
  return String(value);
}

/**
 * The optional context an error's constructor takes. Inlined into each constructor's signature
 * in the reference, since users only ever pass it as an object literal.
 *
 * @inline
 */
interface ErrorOptions {
  /** The argument or field, e.g. `zone`, `series.timeZone`, `participants[3].timeZone`. */
  readonly path?: string;
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
 *   if (isInvalidZoneError(error)) console.log(error.code, error.value); // INVALID_ZONE Mars/Olympus_Mons
 * }
 * ```
 */
export class InvalidZoneError extends Error {
  /** Always `"INVALID_ZONE"`. */
  readonly code = "INVALID_ZONE" as const;
  /** The argument or field that held the zone. */
  readonly path: string;
  /** The value given. */
  readonly value: unknown;

  constructor(value: unknown, options: ErrorOptions = {}) {
    const path = options.path ?? "zone";
    super(
      `${path}: ${describe(value)} is not an IANA time-zone id this runtime knows (such as America/New_York)`,
      {
        cause: options.cause,
      },
    );
    this.name = "InvalidZoneError";
    this.path = path;
    this.value = value;
    Object.defineProperty(this, brands.INVALID_ZONE, { value: true });
  }

  /**
   * Makes `instanceof InvalidZoneError` work across the ESM and CJS builds: each build defines its own
   * copy of this class, so the check looks for the `Symbol.for` brand every instance carries
   * instead of the prototype chain. Same answer as {@link isInvalidZoneError}.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isInvalidZoneError(value);
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
export class NonexistentTimeError extends Error {
  /** Always `"NONEXISTENT_TIME"`. */
  readonly code = "NONEXISTENT_TIME" as const;
  /** The argument or field that held the time: `time` for `wallTime`, `series.startTime` or `series.overrides[2]` for `expandSeries`. */
  readonly path: string;
  /** The local date, time and zone asked for. */
  readonly value: WallTimeParts;
  /** The last instant before the gap, ISO with offset. */
  readonly gapStart: string;
  /** The first instant after the jump (the transition itself), ISO with offset. */
  readonly gapEnd: string;

  constructor(
    value: WallTimeParts,
    gap: { start: string; end: string },
    options: ErrorOptions = {},
  ) {
    const path = options.path ?? "time";
    super(
      `${path}: ${value.date} ${value.time} does not exist in ${value.zone} (the clocks jump forward at ${gap.end}); pass gap: 'forward' to move it`,
      { cause: options.cause },
    );
    this.name = "NonexistentTimeError";
    this.path = path;
    this.value = value;
    this.gapStart = gap.start;
    this.gapEnd = gap.end;
    Object.defineProperty(this, brands.NONEXISTENT_TIME, { value: true });
  }

  /**
   * Makes `instanceof NonexistentTimeError` work across the ESM and CJS builds: each build defines its own
   * copy of this class, so the check looks for the `Symbol.for` brand every instance carries
   * instead of the prototype chain. Same answer as {@link isNonexistentTimeError}.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNonexistentTimeError(value);
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
export class AmbiguousTimeError extends Error {
  /** Always `"AMBIGUOUS_TIME"`. */
  readonly code = "AMBIGUOUS_TIME" as const;
  /** The argument or field that held the time: `time` for `wallTime`, `series.startTime` or `series.overrides[2]` for `expandSeries`. */
  readonly path: string;
  /** The local date, time and zone asked for. */
  readonly value: WallTimeParts;
  /** Both instants the local time names, earlier first, ISO with offset. */
  readonly candidates: readonly string[];

  constructor(value: WallTimeParts, candidates: readonly string[], options: ErrorOptions = {}) {
    const path = options.path ?? "time";
    super(
      `${path}: ${value.date} ${value.time} happens twice in ${value.zone} (${candidates.join(" and ")}); pass overlap: 'earlier' or 'later'`,
      { cause: options.cause },
    );
    this.name = "AmbiguousTimeError";
    this.path = path;
    this.value = value;
    this.candidates = candidates;
    Object.defineProperty(this, brands.AMBIGUOUS_TIME, { value: true });
  }

  /**
   * Makes `instanceof AmbiguousTimeError` work across the ESM and CJS builds: each build defines its own
   * copy of this class, so the check looks for the `Symbol.for` brand every instance carries
   * instead of the prototype chain. Same answer as {@link isAmbiguousTimeError}.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isAmbiguousTimeError(value);
  }
}

/**
 * Thrown for any other argument the package cannot use: an instant without an offset, an end
 * before its start, a malformed date, an unknown option value.
 *
 * @example
 * ```ts
 * try {
 *   formatRange("2021-03-23T11:20", "2021-03-23T12:05-04:00", "America/New_York");
 * } catch (error) {
 *   if (isInvalidTimeArgumentError(error)) console.log(error.path); // start
 * }
 * ```
 */
export class InvalidTimeArgumentError extends Error {
  /** Always `"INVALID_TIME_ARGUMENT"`. */
  readonly code = "INVALID_TIME_ARGUMENT" as const;
  /** The argument or field at fault, as the caller wrote it: `start`, `options.gap`, `participants[3].weight`. */
  readonly path: string;
  /** The value given for it, unchanged. */
  readonly value: unknown;

  constructor(path: string, value: unknown, expected: string, options: { cause?: unknown } = {}) {
    super(`${path}: ${describe(value)} ${expected}`, { cause: options.cause });
    this.name = "InvalidTimeArgumentError";
    this.path = path;
    this.value = value;
    Object.defineProperty(this, brands.INVALID_TIME_ARGUMENT, { value: true });
  }

  /**
   * Makes `instanceof InvalidTimeArgumentError` work across the ESM and CJS builds: each build defines its own
   * copy of this class, so the check looks for the `Symbol.for` brand every instance carries
   * instead of the prototype chain. Same answer as {@link isInvalidTimeArgumentError}.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isInvalidTimeArgumentError(value);
  }
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
  return hasBrand(value, brands.INVALID_ZONE);
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
  return hasBrand(value, brands.NONEXISTENT_TIME);
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
  return hasBrand(value, brands.AMBIGUOUS_TIME);
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
  return hasBrand(value, brands.INVALID_TIME_ARGUMENT);
}
