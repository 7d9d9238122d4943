import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * Writes a standard `Response` (what `icsResponse` returns, and what edge runtimes serve
 * directly) to a node:http response, its body piped as it is written: the socket's backpressure
 * reaches the calendar writer, and a client that goes away cancels it (pipeline destroys the
 * source, which cancels the web stream). A HEAD request gets the headers only: node:http sends
 * no body for HEAD, and icsResponse already left it out.
 *
 * @param {import("node:http").ServerResponse} res
 * @param {Response} response
 * @param {Record<string, string>} [extraHeaders]
 */
export async function sendResponse(res, response, extraHeaders = {}) {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  if (response.body === null) {
    res.end();
    return;
  }
  await pipeline(Readable.fromWeb(response.body), res);
}

/**
 * A short plain-text answer (404, 405, 500).
 *
 * @param {import("node:http").ServerResponse} res
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [extraHeaders]
 */
export function sendText(res, status, text, extraHeaders = {}) {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": body.length,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...extraHeaders,
  });
  res.end(body);
}

/**
 * The index page.
 *
 * @param {import("node:http").ServerResponse} res
 * @param {string} html
 */
export function sendHtml(res, html) {
  const body = Buffer.from(html);
  res.writeHead(200, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": body.length,
    // Built per request from the Host header, so no shared cache keeps one host's links for another.
    "Cache-Control": "no-cache",
    Vary: "Host",
    // Nothing but the page's own stylesheet runs; member addresses never leak through Referer.
    "Content-Security-Policy":
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
}
