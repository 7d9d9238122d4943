/**
 * What the server refuses to start with: a data folder it cannot read or whose documents contradict
 * each other, or a bad option. `code` is stable; `file` or `option` names what to fix, `value`
 * the offending value, `cause` the underlying error (a ConveningValidationError, an fs error).
 */
export class FeedServerError extends Error {
  /**
   * @param {"unreadable_data" | "invalid_document" | "duplicate_id" | "invalid_option"} code
   * @param {string} message
   * @param {{ file?: string, option?: string, value?: unknown, cause?: unknown }} [details]
   */
  constructor(code, message, details = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "FeedServerError";
    this.code = code;
    this.file = details.file;
    this.option = details.option;
    this.value = details.value;
  }
}

/**
 * True for a {@link FeedServerError}.
 * @param {unknown} error
 * @returns {error is FeedServerError}
 */
export function isFeedServerError(error) {
  return error instanceof FeedServerError;
}
