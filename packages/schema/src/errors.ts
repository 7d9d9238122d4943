import { ConveningError, describeValue, formatPath, peekField, toErrorPath } from "@convening/core";

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

/**
 * Thrown by `parseConvening` (and returned by `safeParseConvening`) when a document is invalid.
 * Every problem is collected in one pass, so a person can fix them all at once. It is a
 * {@link ConveningError} with code `"invalid_document"`, path `[]` (the document) and the document
 * as `value`; the problems themselves are in `issues`, each with its own path and code.
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
export class ConveningValidationError extends ConveningError {
  static override readonly errorName: string = "ConveningValidationError";
  declare readonly code: "invalid_document";
  /** Every problem found, in document order. */
  readonly issues: readonly ConveningIssue[];

  /**
   * Never throws, whatever it is given (see `ConveningError`): each issue is copied as plain
   * `{ path, code, message }`, with anything that is not one shown as text.
   */
  constructor(
    issues: readonly ConveningIssue[],
    options: { subject?: string; cause?: unknown; value?: unknown } = {},
  ) {
    const copied = copyIssues(issues);
    const subject = peekField(options, "subject");
    super(formatIssues(copied, typeof subject === "string" ? subject : "document"), {
      code: "invalid_document",
      path: [],
      value: peekField(options, "value"),
      cause: peekField(options, "cause"),
    });
    this.issues = copied;
  }

  /** Name, code, message and every issue, for logs and HTTP bodies. */
  override toJSON() {
    return {
      ...super.toJSON(),
      /** Every {@link ConveningIssue} found, in document order, each with its own path and code. */
      issues: this.issues,
    };
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
  return value instanceof ConveningValidationError;
}

const MAX_ISSUES = 100_000;

/** Plain copies of the issues, read once each without throwing (a hostile list is `[]`). */
function copyIssues(issues: unknown): ConveningIssue[] {
  const list: unknown[] = [];
  try {
    // A sparse array may claim billions of entries; no document has that many problems.
    const length = Array.isArray(issues) ? Math.min(issues.length, MAX_ISSUES) : 0;
    for (let i = 0; i < length; i++) list.push((issues as unknown[])[i]);
  } catch {
    return [];
  }
  return list.map((issue) => {
    const code = peekField(issue, "code");
    const message = peekField(issue, "message");
    return {
      path: toErrorPath(peekField(issue, "path")),
      code: (typeof code === "string" ? code : "invalid_input") as ConveningIssueCode,
      message: typeof message === "string" ? message : describeValue(message),
    };
  });
}

function formatIssues(issues: readonly ConveningIssue[], subject: string): string {
  const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
  const lines = issues.map(
    (issue) => `  - ${formatPath(issue.path)}: ${issue.message} [${issue.code}]`,
  );
  return [`Invalid ${subject} (${count}):`, ...lines].join("\n");
}
