import { describeValue } from "./describe-value.js";

/**
 * A stable, machine-readable code for one problem in a document.
 *
 * @example
 * ```ts
 * if (issue.code === "unknown_reference") askForTheMissingRecord(issue.path);
 * ```
 */
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

/**
 * One problem found in a document: where it is, what kind it is, and a sentence naming the value.
 *
 * @example
 * ```ts
 * const issue: ConveningIssue = {
 *   path: ["sessions", 0, "start"],
 *   code: "offset_mismatch",
 *   message: '"2021-07-01T10:00:00-05:00" has offset -05:00 but America/New_York is at -04:00 then (write 2021-07-01T11:00:00-04:00)',
 * };
 * ```
 */
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

  constructor(
    issues: readonly ConveningIssue[],
    options: { subject?: string; cause?: unknown } = {},
  ) {
    super(formatIssues(issues, options.subject ?? "document"), { cause: options.cause });
    this.name = "ConveningValidationError";
    this.issues = issues;
    Object.defineProperty(this, conveningValidationBrand, { value: true });
  }

  /**
   * Makes `instanceof ConveningValidationError` work across the ESM and CJS builds: each build
   * defines its own copy of this class, so the check looks for the `Symbol.for` brand every
   * instance carries instead of the prototype chain (the approach zod's core.ts takes for its own
   * classes). Same answer as {@link isConveningValidationError}.
   */
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

/**
 * `sessions[3].start`, the way a person reads a path. A key that is not a plain name (a record key
 * holding a space or a control character) is quoted and escaped, so a path never breaks a line.
 *
 * @example
 * ```ts
 * formatPath(["sessions", 3, "participants", 0, "memberId"]); // "sessions[3].participants[0].memberId"
 * formatPath([]); // "(root)"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (!PLAIN_KEY.test(part)) out += `[${describeValue(part)}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

function formatIssues(issues: readonly ConveningIssue[], subject: string): string {
  const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
  const lines = issues.map(
    (issue) => `  - ${formatPath(issue.path)}: ${issue.message} [${issue.code}]`,
  );
  return [`Invalid ${subject} (${count}):`, ...lines].join("\n");
}
