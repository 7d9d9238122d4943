import { ConveningError } from "./convening-error.js";
import { describePath } from "./describe-path.js";
import { describeValue } from "./describe-value.js";
import type { ErrorPath } from "./format-path.js";
import { peekField } from "./peek-field.js";

/** A problem clause as given, or described when it is not text. */
function clause(problem: unknown): string {
  return typeof problem === "string" ? problem : describeValue(problem);
}

/**
 * Thrown when an argument or option is not what the function documents: the wrong type, out of
 * range, too large. The message names the path and shows the value.
 *
 * @example
 * ```ts
 * try {
 *   formatPath("sessions.3" as never);
 * } catch (error) {
 *   if (error instanceof InvalidArgumentError) console.log(error.code, error.path); // invalid_argument ["path"]
 * }
 * ```
 */
export class InvalidArgumentError extends ConveningError {
  static override readonly errorName: string = "InvalidArgumentError";
  declare readonly code: "invalid_argument";

  /**
   * @param path - the argument or option, e.g. `["options", "alarms", 2]`.
   * @param value - what was given.
   * @param problem - what is wrong, as a clause: "must be a positive whole number of minutes".
   */
  constructor(path: ErrorPath, value: unknown, problem: string, options: { cause?: unknown } = {}) {
    // Built from anything without throwing (see ConveningError): the path, value and problem
    // are described, never coerced.
    super(`${describePath(path)} = ${describeValue(value)}: ${clause(problem)}`, {
      code: "invalid_argument",
      path,
      value,
      cause: peekField(options, "cause"),
    });
  }
}
