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
 * A web ReadableStream, by shape: streams from another realm or a polyfill are not instances of
 * this realm's class. False for anything whose properties cannot be read (a revoked Proxy), which
 * is then refused as text would be.
 */
function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  try {
    return (
      typeof value === "object" &&
      value !== null &&
      typeof (value as { getReader?: unknown }).getReader === "function" &&
      typeof (value as { cancel?: unknown }).cancel === "function"
    );
  } catch {
    return false;
  }
}

/** Whether someone reads `stream` already; true too when that cannot be told (a throwing getter). */
function isLocked(stream: ReadableStream<Uint8Array>): boolean {
  try {
    return stream.locked !== false;
  } catch {
    return true;
  }
}

/** Cancels a stream nobody will read, so its writer stops; a failure to cancel is nobody's concern. */
function discard(stream: ReadableStream<Uint8Array>): void {
  try {
    Promise.resolve(stream.cancel()).catch(() => {});
  } catch {
    // A stream whose cancel throws is let go as it is.
  }
}

/**
 * A standard `Response` carrying a calendar: `text/calendar; charset=utf-8`, a download name, and
 * cache headers fit for a subscribed feed. Works in Node 22+ servers, Deno, Bun and edge runtimes
 * alike.
 *
 * The calendar is the text {@link toICS} wrote, or the stream {@link toICSStream} returns. Text
 * gets a strong ETag computed from its bytes, and `Content-Length`; a poll whose `If-None-Match`
 * names that ETag is answered `304 Not Modified`. A stream gets neither: both need every byte
 * before the first is sent, which is what streaming avoids. Its body is sent as it is written
 * (chunked), and a `HEAD` request or an `If-None-Match: *` cancels it unread. Serve text when
 * conditional requests matter more than memory (a feed of a few thousand sessions is a few MB).
 *
 * @throws {CalendarOptionsError} for a calendar that is neither iCalendar text nor an unread
 * stream, or an invalid option.
 * @example
 * ```ts
 * import { icsResponse, toICS, toICSStream } from "@convening/ical";
 *
 * export function GET(request: Request): Response {
 *   return icsResponse(toICS(convening), { filename: "workshops.ics", request });
 * }
 *
 * // A very large feed, with flat memory and no ETag:
 * export function GET_ALL(request: Request): Response {
 *   return icsResponse(toICSStream(convening), { filename: "everything.ics", request });
 * }
 * ```
 */
export function icsResponse(
  ics: string | ReadableStream<Uint8Array>,
  options: IcsResponseOptions,
): Response {
  const stream = isReadableStream(ics) ? ics : undefined;
  if (stream !== undefined) {
    // A locked stream is being read by someone else already: a Response could not take it.
    if (isLocked(stream)) fail("ics", ics, "must be a stream no one is reading yet");
  } else if (typeof ics !== "string" || !ics.startsWith("BEGIN:VCALENDAR")) {
    fail(
      "ics",
      ics,
      "must be iCalendar text starting with BEGIN:VCALENDAR (the output of toICS) or the stream of toICSStream",
    );
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

  const headers = new Headers({
    "Cache-Control": `${audience === "public" ? "public" : "private"}, max-age=${maxAge}`,
  });
  const ifNoneMatch = request?.ifNoneMatch ?? null;
  // The encoder's own return type: Uint8Array<ArrayBuffer>, which DOM's BodyInit takes (a
  // Uint8Array over any ArrayBufferLike it does not).
  let body: ReturnType<typeof encoder.encode> | ReadableStream<Uint8Array> | null;
  if (stream === undefined) {
    const bytes = encoder.encode(ics as string);
    const etag = etagOf(bytes);
    headers.set("ETag", etag);
    if (matches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
    headers.set("Content-Length", String(bytes.length));
    body = bytes;
  } else {
    // Without an ETag only `*` (any current representation, RFC 9110 §13.1.2) can match.
    if (ifNoneMatch?.trim() === "*") {
      discard(stream);
      return new Response(null, { status: 304, headers });
    }
    body = stream;
  }
  headers.set("Content-Type", "text/calendar; charset=utf-8");
  headers.set("Content-Disposition", contentDisposition(disposition, filename));
  headers.set("X-Content-Type-Options", "nosniff");
  if (request?.method === "HEAD") {
    if (stream !== undefined) discard(stream);
    body = null;
  }
  return new Response(body, { status: 200, headers });
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
