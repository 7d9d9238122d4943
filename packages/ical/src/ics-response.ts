// Lean on purpose: core and type-only imports, so a server route that only sends a calendar
// does not load zod, luxon or ical-generator.
import { argumentGuards, isSingleLineText } from "@convening/core";
import type { Audience } from "@convening/schema";
import { CalendarOptionsError } from "./errors.js";
import { etagOf } from "./etag.js";

/** Options of {@link icsResponse}. */
export interface IcsResponseOptions {
  /** The file name offered for download (`workshops.ics`); `.ics` is added when missing. */
  filename: string;
  /**
   * Who may cache the feed: `"public"` (default) lets shared caches and CDNs keep it;
   * `"network"` and `"private"` feeds (per-member, with join links or attendees) are
   * `Cache-Control: private`.
   */
  audience?: Audience;
  /** Seconds a client or cache may reuse the response without asking again. Default 900 (15 minutes). */
  maxAge?: number;
  /** `"attachment"` (default) to download, `"inline"` to show or subscribe in place. */
  disposition?: "attachment" | "inline";
  /**
   * The incoming request: when its `If-None-Match` names this content's ETag the answer is
   * `304 Not Modified` without a body, and a `HEAD` request gets the headers only. Subscribed
   * calendars poll; this keeps each poll cheap.
   */
  request?: Request;
}

const encoder = new TextEncoder();

function fail(path: string, value: unknown, problem: string): never {
  throw new CalendarOptionsError([path], value, problem);
}

const guard = argumentGuards(CalendarOptionsError);

function checkedFilename(value: unknown): string {
  if (
    typeof value !== "string" ||
    value.trim() === "" ||
    value.length > 200 ||
    !isSingleLineText(value) ||
    /[\\/]/.test(value)
  ) {
    fail(
      "filename",
      value,
      "must be a file name of at most 200 characters, without path separators or control characters",
    );
  }
  return /\.ics$/i.test(value) ? value : `${value}.ics`;
}

/** RFC 6266 Content-Disposition with an ASCII fallback and the exact name in RFC 8187 `filename*`. */
function contentDisposition(disposition: string, filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const exact = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): a W/ prefix from an intermediary still matches.
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * A standard `Response` carrying a calendar: `text/calendar; charset=utf-8`, a download name, an
 * ETag computed from the content, and cache headers fit for a subscribed feed. Works in Node 18+
 * servers, Deno, Bun and edge runtimes alike.
 *
 * @throws {CalendarOptionsError} for a non-string calendar or an invalid option.
 * @example
 * ```ts
 * import { icsResponse, toICS } from "@convening/ical";
 *
 * export function GET(request: Request): Response {
 *   return icsResponse(toICS(convening), { filename: "workshops.ics", request });
 * }
 * ```
 */
export function icsResponse(ics: string, options: IcsResponseOptions): Response {
  if (typeof ics !== "string" || !ics.startsWith("BEGIN:VCALENDAR")) {
    fail("ics", ics, "must be iCalendar text starting with BEGIN:VCALENDAR (the output of toICS)");
  }
  // Each option read once, so nothing checked can change before it is used.
  const given = guard.fields(
    guard.record(options, ["options"], "must be { filename }"),
    [],
    ["filename", "audience", "maxAge", "disposition", "request"],
  );
  const filename = checkedFilename(given.filename);
  const audience = given.audience ?? "public";
  if (audience !== "public" && audience !== "network" && audience !== "private")
    fail("audience", audience, "must be public, network or private");
  const maxAge = given.maxAge ?? 900;
  if (typeof maxAge !== "number" || !Number.isInteger(maxAge) || maxAge < 0 || maxAge > 31_536_000)
    fail("maxAge", maxAge, "must be whole seconds from 0 to 31536000");
  const disposition = given.disposition ?? "attachment";
  if (disposition !== "attachment" && disposition !== "inline")
    fail("disposition", disposition, "must be attachment or inline");
  const request = given.request === undefined ? undefined : requestOf(given.request);

  const bytes = encoder.encode(ics);
  const etag = etagOf(bytes);
  const headers = new Headers({
    "Cache-Control": `${audience === "public" ? "public" : "private"}, max-age=${maxAge}`,
    ETag: etag,
  });
  if (request !== undefined && matches(request.ifNoneMatch, etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", "text/calendar; charset=utf-8");
  headers.set("Content-Disposition", contentDisposition(disposition, filename));
  headers.set("Content-Length", String(bytes.length));
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(request?.method === "HEAD" ? null : bytes, { status: 200, headers });
}

/**
 * What is read of the request, read once: its method and If-None-Match. Anything that is not a
 * Request (no `headers.get`, or one that throws) is an error at `request`.
 */
function requestOf(value: unknown): { method: unknown; ifNoneMatch: string | null } {
  const request = guard.fields(value, ["request"], ["headers", "method"], "must be a Request");
  const headers = request.headers;
  const get =
    typeof headers === "object" && headers !== null
      ? guard.field(headers, "get", ["request", "headers"])
      : undefined;
  if (typeof get !== "function") fail("request", value, "must be a Request");
  let ifNoneMatch: unknown;
  try {
    ifNoneMatch = get.call(headers, "If-None-Match");
  } catch (cause) {
    throw new CalendarOptionsError(["request", "headers"], undefined, "could not be read", {
      cause,
    });
  }
  if (ifNoneMatch !== null && typeof ifNoneMatch !== "string")
    fail(
      "request",
      value,
      "must be a Request (its headers.get answered something other than text)",
    );
  return { method: request.method, ifNoneMatch };
}
