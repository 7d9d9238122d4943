import { isSafeId } from "@convening/schema";

/** The first path segment of each feed route, and the kind of feed it serves. */
const SEGMENTS = new Map([
  ["convenings", "convening"],
  ["series", "series"],
  ["members", "member"],
]);

/**
 * @typedef {{ type: "index" }
 *   | { type: "feed", kind: import("./build-feeds.mjs").FeedKind, id: string }
 *   | { type: "invalid-id", kind: import("./build-feeds.mjs").FeedKind }
 *   | { type: "none" }} Route
 */

/** @param {string} segment */
function decoded(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Which route a request path names: the index `/`, a feed `/<convenings|series|members>/<id>.ics`
 * (with an id that follows the schema's id rule, checked before any lookup), a feed route with an
 * id that cannot exist, or nothing this server has.
 *
 * @param {string} pathname The URL's path, still percent-encoded.
 * @returns {Route}
 * @example
 * route("/series/peer-learning-circle-calls.ics"); // { type: "feed", kind: "series", id: "peer-learning-circle-calls" }
 */
export function route(pathname) {
  if (pathname === "/") return { type: "index" };
  const parts = pathname.split("/");
  if (parts.length !== 3 || parts[0] !== "") return { type: "none" };
  const kind = SEGMENTS.get(parts[1]);
  const file = parts[2];
  if (kind === undefined || !file.endsWith(".ics")) return { type: "none" };
  const id = decoded(file.slice(0, -".ics".length));
  return isSafeId(id) ? { type: "feed", kind, id } : { type: "invalid-id", kind };
}

/**
 * The path of a feed, for links.
 * @param {import("./build-feeds.mjs").FeedKind} kind
 * @param {string} id A safe id (no character needs escaping; encoded all the same).
 */
export function feedPath(kind, id) {
  const segment = [...SEGMENTS].find(([, k]) => k === kind)?.[0];
  return `${segment}/${encodeURIComponent(id)}.ics`;
}
