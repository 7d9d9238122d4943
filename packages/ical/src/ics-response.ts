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
  /**
   * The calendar's entity tag, when the caller knows its version without its bytes (a hash of the
   * source data, a revision number): `"v42"` or `W/"v42"` (RFC 9110 §8.8.3). It lets a stream, or
   * a body written only on demand, answer polls with `304 Not Modified`. Text given without it
   * gets a strong ETag computed from its bytes.
   */
  etag?: string;
}

/** The calendar of {@link icsResponse}: text, a stream, or a function that writes either. */
export type IcsBody = string | ReadableStream<Uint8Array>;

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

// RFC 9110 §8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.
// obs-text is left out: a header value is ASCII on every runtime's Headers.
const ENTITY_TAG = /^(?:W\/)?"[\x21\x23-\x7e]{0,200}"$/;

function checkedEtag(value: unknown): string {
  if (typeof value !== "string" || !ENTITY_TAG.test(value)) {
    fail("etag", value, 'must be an entity tag such as "v42" or W/"v42", in double quotes');
  }
  return value;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): a W/ prefix from an intermediary still matches.
  const opaque = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === opaque);
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
 * The calendar is the text {@link toICS} wrote, the stream {@link toICSStream} returns, or a
 * function returning either, called only when a body is sent. Text gets a strong ETag computed
 * from its bytes, and `Content-Length`; a poll whose `If-None-Match` names the ETag is answered
 * `304 Not Modified`. A stream gets neither unless you pass `etag` (a version you know without the
 * bytes, e.g. a hash of the source data): both need every byte before the first is sent, which is
 * what streaming avoids. Its body is sent as it is written (chunked), and a `HEAD` request or a
 * matching poll cancels it unread. With a function and an `etag`, a matching poll or a `HEAD`
 * writes nothing at all.
 *
 * @throws {CalendarOptionsError} for a calendar that is neither iCalendar text nor an unread
 * stream (or a function that returns something else), or an invalid option; a function's own
 * errors (toICS's) are thrown as they are.
 * @example
 * ```ts
 * import { icsResponse, toICS, toICSStream } from "@convening/ical";
 *
 * export function GET(request: Request): Response {
 *   return icsResponse(toICS(convening), { filename: "workshops.ics", request });
 * }
 *
 * // A very large feed, with flat memory; the data's revision as its ETag, so a poll that
 * // already has it costs no writing:
 * export function GET_ALL(request: Request): Response {
 *   return icsResponse(() => toICSStream(convening), {
 *     filename: "everything.ics",
 *     etag: `"rev-${revision}"`,
 *     request,
 *   });
 * }
 * ```
 */
export function icsResponse(ics: IcsBody | (() => IcsBody), options: IcsResponseOptions): Response {
  // A function is called only when a body or a computed ETag is needed: a poll that matches the
  // given `etag`, or a HEAD with one, costs no writing at all.
  const deferred = typeof ics === "function" ? (ics as () => IcsBody) : undefined;
  if (deferred === undefined) checkedBody(ics);
  // Each option read once, so nothing checked can change before it is used.
  const given = guard.fields(
    guard.record(options, ["options"], "must be { filename }"),
    [],
    ["filename", "audience", "maxAge", "disposition", "request", "etag"],
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
  let etag = given.etag === undefined ? undefined : checkedEtag(given.etag);

  const headers = new Headers({
    "Cache-Control": `${audience === "public" ? "public" : "private"}, max-age=${maxAge}`,
  });
  const ifNoneMatch = request?.ifNoneMatch ?? null;
  const head = request?.method === "HEAD";
  const notModified = () => {
    if (etag !== undefined) headers.set("ETag", etag);
    return new Response(null, { status: 304, headers });
  };
  // `*` matches any current representation (RFC 9110 §13.1.2), with or without an ETag.
  if (deferred !== undefined && etag !== undefined && matches(ifNoneMatch, etag)) {
    return notModified();
  }
  const calendar: IcsBody | undefined =
    deferred !== undefined && head && etag !== undefined ? undefined : bodyOf(deferred, ics);
  // The encoder's own return type: Uint8Array<ArrayBuffer>, which DOM's BodyInit takes (a
  // Uint8Array over any ArrayBufferLike it does not).
  let body: ReturnType<typeof encoder.encode> | ReadableStream<Uint8Array> | null = null;
  if (typeof calendar === "string") {
    const bytes = encoder.encode(calendar);
    etag ??= etagOf(bytes);
    if (matches(ifNoneMatch, etag)) return notModified();
    headers.set("Content-Length", String(bytes.length));
    body = bytes;
  } else if (calendar !== undefined) {
    // A stream has no ETag of its own: both it and Content-Length need every byte before the
    // first is sent, which is what streaming avoids.
    if (etag === undefined ? ifNoneMatch?.trim() === "*" : matches(ifNoneMatch, etag)) {
      discard(calendar);
      return notModified();
    }
    body = calendar;
  }
  if (etag !== undefined) headers.set("ETag", etag);
  headers.set("Content-Type", "text/calendar; charset=utf-8");
  headers.set("Content-Disposition", contentDisposition(disposition, filename));
  headers.set("X-Content-Type-Options", "nosniff");
  if (head) {
    if (calendar !== undefined && typeof calendar !== "string") discard(calendar);
    body = null;
  }
  return new Response(body, { status: 200, headers });
}

/** The calendar given, or the one the function writes, checked as text or an unread stream. */
function bodyOf(deferred: (() => IcsBody) | undefined, ics: unknown): IcsBody {
  return checkedBody(deferred === undefined ? ics : deferred());
}

function checkedBody(ics: unknown): IcsBody {
  if (isReadableStream(ics)) {
    // A locked stream is being read by someone else already: a Response could not take it.
    if (isLocked(ics)) fail("ics", ics, "must be a stream no one is reading yet");
    return ics;
  }
  if (typeof ics !== "string" || !ics.startsWith("BEGIN:VCALENDAR")) {
    fail(
      "ics",
      ics,
      "must be iCalendar text starting with BEGIN:VCALENDAR (the output of toICS), the stream of toICSStream, or a function returning either",
    );
  }
  return ics;
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
