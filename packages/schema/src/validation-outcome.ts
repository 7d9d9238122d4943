import type { ConveningIssue } from "./errors.js";

/** What a validation run produced: the parsed data, or every issue (and what was thrown, if anything). */
export type ValidationOutcome<T> =
  | { readonly data: T; readonly issues?: undefined; readonly cause?: undefined }
  | { readonly data?: undefined; readonly issues: ConveningIssue[]; readonly cause?: unknown };

/**
 * Runs a validation, turning anything thrown while reading the input (a getter that throws, a
 * revoked Proxy) into one `invalid_input` issue with the thrown error as `cause`, so callers only
 * ever see ConveningValidationError.
 */
export function guardInput<T>(run: () => ValidationOutcome<T>): ValidationOutcome<T> {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      issues: [{ path: [], code: "invalid_input", message: `could not be read (${reason})` }],
      cause: error,
    };
  }
}

/** `convening "id"` for the error's first line; never throws, whatever the input. */
export function subjectOf(kind: string, input: unknown): string {
  try {
    const id =
      typeof input === "object" && input !== null ? (input as { id?: unknown }).id : undefined;
    return typeof id === "string" ? `${kind} ${JSON.stringify(id)}` : kind;
  } catch {
    return kind;
  }
}
