/** A stable, machine-readable code for one problem in a document. */
export type ConveningIssueCode =
  | "invalid_type"
  | "invalid_value"
  | "invalid_format"
  | "too_small"
  | "too_big"
  | "unrecognized_keys"
  | "invalid_union"
  | "unsafe_id"
  | "control_character"
  | "invalid_zone"
  | "invalid_instant"
  | "invalid_date"
  | "invalid_time"
  | "invalid_duration"
  | "invalid_language"
  | "invalid_country"
  | "invalid_url"
  | "offset_mismatch"
  | "end_before_start"
  | "outside_convening"
  | "duplicate_id"
  | "unknown_reference"
  | "invalid_rule"
  | "invalid_input";

/** One problem found in a document: where it is, what kind it is, and a sentence naming the value. */
export interface ConveningIssue {
  /** Where the problem is, from the document's root (`["sessions", 3, "start"]`). */
  readonly path: readonly (string | number)[];
  /** A stable code to branch on; never reworded between versions. */
  readonly code: ConveningIssueCode;
  /** A sentence for a person, naming the field and the offending value. */
  readonly message: string;
}

const conveningValidationBrand = Symbol.for("@convening/schema.ConveningValidationError");

/**
 * Thrown by `parseConvening` (and returned by `safeParseConvening`) when a document is invalid.
 * Every problem is collected in one pass, so a person can fix them all at once.
 *
 * @example
 * ```ts
 * try {
 *   parseConvening(doc);
 * } catch (error) {
 *   if (isConveningValidationError(error)) {
 *     for (const issue of error.issues) console.log(issue.path.join("."), issue.code);
 *   }
 * }
 * ```
 */
export class ConveningValidationError extends Error {
  /** Always `"CONVENING_VALIDATION"`. */
  readonly code = "CONVENING_VALIDATION" as const;
  /** Every problem found, in document order. */
  readonly issues: readonly ConveningIssue[];

  constructor(issues: readonly ConveningIssue[], options: { subject?: string; cause?: unknown } = {}) {
    super(formatIssues(issues, options.subject ?? "document"), { cause: options.cause });
    this.name = "ConveningValidationError";
    this.issues = issues;
    Object.defineProperty(this, conveningValidationBrand, { value: true });
  }

  // The ESM and CJS builds each define this class; a brand on the instance lets `instanceof`
  // work across the two copies (the approach zod's core.ts takes for its own classes).
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isConveningValidationError(value);
  }
}

/**
 * True for a `ConveningValidationError` from any copy of this package (ESM or CJS).
 *
 * @example
 * ```ts
 * const result = safeParseConvening(doc);
 * if (!result.success && isConveningValidationError(result.error)) report(result.error.issues);
 * ```
 */
export function isConveningValidationError(value: unknown): value is ConveningValidationError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<symbol, unknown>)[conveningValidationBrand] === true
  );
}

/** `sessions[3].start`, the way a person reads a path. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

function formatIssues(issues: readonly ConveningIssue[], subject: string): string {
  const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
  const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message} [${issue.code}]`);
  return [`Invalid ${subject} (${count}):`, ...lines].join("\n");
}
