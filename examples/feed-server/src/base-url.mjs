import { FeedServerError } from "./errors.mjs";

// RFC 9110 §7.2 Host: a DNS name or an IPv4 address, or an IPv6 literal in brackets, then an
// optional port. Anything else (spaces, quotes, "@", a path) is not used to build links.
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]{2,45}\])(?::(\d{1,5}))?$/;

/**
 * A configured public base URL (`https://feeds.example.org/calendars/`), the address the index
 * page links to when the server runs behind a proxy or under a path.
 *
 * @param {unknown} value
 * @returns {URL} With a path ending in `/`, so feed paths resolve under it.
 * @throws {FeedServerError} unless it is an absolute http(s) URL without credentials, query or
 *   fragment.
 */
export function checkedBaseUrl(value) {
  let url;
  try {
    url = new URL(String(value));
  } catch {
    url = undefined;
  }
  if (
    typeof value !== "string" ||
    url === undefined ||
    (url.protocol !== "https:" && url.protocol !== "http:") ||
    url.username !== "" ||
    url.password !== "" ||
    url.search !== "" ||
    url.hash !== ""
  ) {
    throw new FeedServerError(
      "invalid_option",
      "baseUrl must be an absolute http(s) URL without credentials, query or fragment, such as https://feeds.example.org/",
      { option: "baseUrl", value },
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/**
 * The base of the links on the index page for one request: the configured base URL when there is
 * one; otherwise `http://` and the request's Host header if it is a well-formed host (a proxy's
 * `X-Forwarded-*` headers are not trusted: configure a base URL instead); otherwise the address
 * the connection came in on.
 *
 * @param {import("node:http").IncomingMessage} request
 * @param {URL | undefined} configured
 * @returns {URL}
 */
export function requestBaseUrl(request, configured) {
  if (configured !== undefined) return new URL(configured);
  const host = request.headers.host;
  const match = typeof host === "string" ? HOST.exec(host) : null;
  if (match !== null && (match[1] === undefined || Number(match[1]) <= 65535)) {
    const url = safeUrl(`http://${host}/`);
    if (url !== undefined) return url;
  }
  const { localAddress, localPort } = request.socket;
  const address = localAddress?.includes(":") ? `[${localAddress}]` : localAddress;
  // An IPv6 address with a zone (fe80::1%eth0) is no URL host; loopback is the honest fallback.
  return safeUrl(`http://${address}:${localPort}/`) ?? new URL(`http://127.0.0.1:${localPort}/`);
}

/** @param {string} text */
function safeUrl(text) {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * The `webcal://` form of a feed's http(s) address: calendar apps (Apple Calendar, Outlook)
 * open it as a subscription rather than a one-off import.
 * @param {URL} url
 */
export function webcalUrl(url) {
  return `webcal://${url.href.slice(url.protocol.length + 2)}`;
}
