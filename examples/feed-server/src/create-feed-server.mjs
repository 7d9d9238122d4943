import { createServer } from "node:http";
import { icsResponse } from "@convening/ical";
import { checkedBaseUrl, requestBaseUrl } from "./base-url.mjs";
import { buildFeeds } from "./build-feeds.mjs";
import { FeedServerError } from "./errors.mjs";
import { indexPage } from "./index-page.mjs";
import { loadNetwork } from "./load-network.mjs";
import { checkedSecret, memberFeedFor } from "./member-key.mjs";
import { route } from "./route.mjs";
import { sendHtml, sendResponse, sendText } from "./send.mjs";

/**
 * @typedef {object} FeedServerOptions
 * @property {string} dataDir The folder of convening and directory documents (`examples/data`).
 * @property {string} [baseUrl] The public address the index page links to
 *   (`https://feeds.example.org/`). Default: `http://` and the request's Host header.
 * @property {string} [memberSecret] Turns member feeds on: a member's feed is then at
 *   `/members/<id>.ics?key=<memberFeedKey(secret, id)>`. Without it there are no member feeds at
 *   all, whatever address the server listens on or a request comes from (behind a reverse proxy
 *   every request comes from loopback), and `/members/…` answers 404.
 */

const ALLOW = "GET, HEAD";
const LABELS = { convening: "convening", series: "series", member: "member" };
const NO_MEMBER_FEED = "No member feed at this address. Ask the organisers for your link.";
const NOT_A_ROUTE =
  "Not found. This server has the index at / and feeds at /convenings/<id>.ics, /series/<id>.ics and /members/<id>.ics.";

/**
 * The path and query of a request target. An origin-form target is appended rather than resolved,
 * so "//host/convenings/x.ics" stays a path that is not a route instead of naming a host; an
 * absolute-form target ("GET http://other/x HTTP/1.1") keeps its path, and names no other host here.
 * @param {string | undefined} target
 * @returns {URL | undefined}
 */
function requestTarget(target = "/") {
  if (target.startsWith("/")) return new URL(`http://feed-server.invalid${target}`);
  try {
    return new URL(target);
  } catch {
    return undefined; // "*" (OPTIONS *) or garbage: no route
  }
}

/**
 * A node:http server for the calendar feeds of a data folder: `/convenings/<id>.ics`,
 * `/series/<id>.ics`, `/members/<id>.ics`, and an index page at `/`. Every document is read and
 * validated and every feed rendered before this returns, so a broken document fails here, not on
 * a request. The server is not listening yet: call `listen`.
 *
 * @param {FeedServerOptions} options
 * @returns {import("node:http").Server}
 * @throws {import("./errors.mjs").FeedServerError} for unreadable or invalid data, or a bad option.
 * @example
 * const server = createFeedServer({ dataDir: "examples/data" });
 * server.listen(8787, "127.0.0.1");
 */
export function createFeedServer({ dataDir, baseUrl, memberSecret } = {}) {
  if (typeof dataDir !== "string" || dataDir === "") {
    throw new FeedServerError(
      "invalid_option",
      "dataDir must name the folder of documents to serve",
      {
        option: "dataDir",
        value: dataDir,
      },
    );
  }
  const base = baseUrl === undefined ? undefined : checkedBaseUrl(baseUrl);
  const secret = memberSecret === undefined ? undefined : checkedSecret(memberSecret);
  const feeds = buildFeeds(loadNetwork(dataDir), { memberFeeds: secret !== undefined });

  /**
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  async function handle(req, res) {
    const url = requestTarget(req.url);
    const target = url === undefined ? { type: "none" } : route(url.pathname);
    if (target.type === "none") return sendText(res, 404, NOT_A_ROUTE);
    if (req.method !== "GET" && req.method !== "HEAD") {
      return sendText(
        res,
        405,
        `${req.method} is not allowed here: this server answers GET and HEAD.`,
        {
          Allow: ALLOW,
        },
      );
    }
    if (target.type === "index") {
      return sendHtml(
        res,
        indexPage({
          feeds: feeds.list,
          base: requestBaseUrl(req, base),
          memberFeeds: secret !== undefined,
        }),
      );
    }
    const label = LABELS[target.kind];
    if (target.type === "invalid-id") {
      return sendText(
        res,
        404,
        `Not found: that is not a ${label} id. Ids are letters, digits, ".", "_" and "-", starting with a letter or digit. Every feed is listed at /.`,
      );
    }
    let feed = feeds.get(target.kind, target.id);
    if (target.kind === "member") {
      // One answer, after the same work, for an unknown member and a wrong key, so the address
      // reveals nobody's membership; without a secret, that answer for every member address (no
      // feed was written). No header (X-Forwarded-For, Host) or peer address opens one: behind a
      // proxy they say nothing trustworthy about who asks.
      feed =
        secret === undefined
          ? undefined
          : memberFeedFor(secret, target.id, url.searchParams.get("key"), feed);
      if (feed === undefined) return sendText(res, 404, NO_MEMBER_FEED);
    }
    if (feed === undefined) {
      return sendText(
        res,
        404,
        `No ${label} with id "${target.id}" here. Every feed is listed at /.`,
      );
    }
    const request = new Request(new URL(url.pathname, "http://feed-server.invalid"), {
      method: req.method,
      headers:
        typeof req.headers["if-none-match"] === "string"
          ? { "If-None-Match": req.headers["if-none-match"] }
          : {},
    });
    // Written only when a body is sent: a poll naming the current ETag, or a HEAD, writes nothing.
    const response = icsResponse(feed.write, {
      filename: `${feed.id}.ics`,
      audience: feed.audience,
      etag: feed.etag,
      request,
    });
    // A member's feed is theirs alone: no search engine should keep it even if the address leaks.
    return sendResponse(res, response, feed.kind === "member" ? { "X-Robots-Tag": "noindex" } : {});
  }

  return createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, "Internal error.");
      else res.destroy(error);
    });
  });
}
