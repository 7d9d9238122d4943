// Errors thrown by fromICS. Each extends @convening/core's `ConveningError`, so a caller catches
// `isConveningError(error)` and reads `code`, `path` and `value`. fromICS throws only for the file
// as a whole; one bad event becomes a warning naming its UID.

import { ConveningError, describePath, describeValue, type ErrorPath } from "@convening/core";

// Constructors build their messages from whatever they are handed without throwing (a revoked
// Proxy, a throwing getter): core's describers never throw, and text that is not a string is
// described, never coerced.
const clause = (problem: unknown): string =>
  typeof problem === "string" ? problem : describeValue(problem);

/** The strings of an array, read defensively; anything else gives none. */
function stringsOf(value: unknown): string[] {
  try {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Thrown when the text is not iCalendar, is truncated (a BEGIN without its END), or has a line
 * that is not a content line (RFC 5545 §3.1). `line` is the 1-based physical line, counting the
 * folded continuation lines, so an editor jumps to it.
 *
 * @example
 * ```ts
 * try {
 *   fromICS("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n");
 * } catch (error) {
 *   if (error instanceof IcsSyntaxError) console.log(error.line); // 2: VEVENT never ends
 * }
 * ```
 */
export class IcsSyntaxError extends ConveningError {
  static override readonly errorName: string = "IcsSyntaxError";
  declare readonly code: "invalid_ics";
  /** The physical line (1-based) where the problem is. */
  readonly line: number;

  constructor(line: number, value: unknown, problem: string) {
    const at = typeof line === "number" && Number.isInteger(line) && line > 0 ? line : 1;
    super(
      `Not readable as iCalendar, line ${at}: ${clause(problem)} (found ${describeValue(value)})`,
      { code: "invalid_ics", path: ["line", at], value },
    );
    this.line = at;
  }
}

/**
 * Thrown when events have floating times (no TZID, no `Z`: RFC 5545 §3.3.5 form #1) and nothing
 * says which zone to read them in: no `floatingZone` option, no X-WR-TIMEZONE, no `timeZone`
 * option. `uids` names the events.
 *
 * @example
 * ```ts
 * try {
 *   fromICS(text);
 * } catch (error) {
 *   if (error instanceof FloatingTimeError) fromICS(text, { floatingZone: "Europe/Berlin" });
 * }
 * ```
 */
export class FloatingTimeError extends ConveningError {
  static override readonly errorName: string = "FloatingTimeError";
  declare readonly code: "floating_time_zone_required";
  /** The UIDs of the events with floating times. */
  readonly uids: readonly string[];

  constructor(uids: readonly string[]) {
    const list = stringsOf(uids);
    const shown = list.slice(0, 5).map((u) => describeValue(u));
    const more = list.length > 5 ? ` and ${list.length - 5} more` : "";
    super(
      `Events ${shown.join(", ")}${more} have floating times (no TZID) and the file has no X-WR-TIMEZONE: pass the zone they are meant in as floatingZone (or timeZone), e.g. { floatingZone: "Europe/Berlin" }`,
      { code: "floating_time_zone_required", path: ["floatingZone"], value: list },
    );
    this.uids = list;
  }
}

/**
 * Thrown when an option of fromICS is invalid: a `timeZone` that is not an IANA zone, an `id` that
 * is not a slug, a `from` after `to`.
 *
 * @example
 * ```ts
 * try {
 *   fromICS(text, { timeZone: "CET+1" });
 * } catch (error) {
 *   if (error instanceof ImportOptionsError) console.log(error.path); // ["timeZone"]
 * }
 * ```
 */
export class ImportOptionsError extends ConveningError {
  static override readonly errorName: string = "ImportOptionsError";
  declare readonly code: "invalid_import_option";

  constructor(path: ErrorPath, value: unknown, problem: string) {
    super(`Option ${describePath(path)} ${clause(problem)} (found ${describeValue(value)})`, {
      code: "invalid_import_option",
      path,
      value,
    });
  }
}
