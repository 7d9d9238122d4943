import { createHmac, timingSafeEqual } from "node:crypto";
import { FeedServerError } from "./errors.mjs";

// A member's feed address is a capability: whoever has it reads the feed, as with the "secret
// address in iCal format" calendar services hand out. Calendar clients cannot send credentials
// with a subscription, so the secret travels in the URL. The key is derived from one server
// secret, so nothing per member is stored; changing the secret revokes every address at once.
const MIN_SECRET_LENGTH = 16;

/**
 * Checks a configured secret.
 * @param {unknown} secret
 * @returns {string}
 * @throws {FeedServerError} when it is not a string of at least 16 characters.
 */
export function checkedSecret(secret) {
  if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH) {
    throw new FeedServerError(
      "invalid_option",
      `memberSecret must be a string of at least ${MIN_SECRET_LENGTH} characters (for example \`openssl rand -base64 32\`)`,
      // A secret is never echoed, not even a short one.
      { option: "memberSecret", value: typeof secret === "string" ? undefined : secret },
    );
  }
  return secret;
}

/**
 * The `key` query parameter of a member's feed address: HMAC-SHA-256 of the member id under the
 * server's secret, base64url (43 characters, nothing to escape in a URL).
 *
 * @param {string} secret
 * @param {string} memberId
 * @returns {string}
 * @example
 * memberFeedKey(process.env.FEED_SECRET, "ana-l"); // "3q2-…"
 */
export function memberFeedKey(secret, memberId) {
  return createHmac("sha256", checkedSecret(secret))
    .update(`member-feed\0${memberId}`)
    .digest("base64url");
}

/**
 * True when `key` is the key of `memberId`. The work does not depend on the key given: the
 * expected key is always derived, and the given one is cut or zero-padded to its length for
 * `timingSafeEqual` (which needs equal lengths); a length mismatch then fails after the
 * comparison, not before it. Whether the member exists is no input here: see
 * {@link memberFeedFor}.
 *
 * @param {string} secret
 * @param {string} memberId
 * @param {string | null} key The `key` query parameter, null when there is none.
 * @returns {boolean}
 * @example
 * memberFeedKeyMatches(secret, "ana-l", url.searchParams.get("key"));
 */
export function memberFeedKeyMatches(secret, memberId, key) {
  const expected = Buffer.from(memberFeedKey(secret, memberId));
  const given = Buffer.from(key ?? "");
  const sized = Buffer.alloc(expected.length);
  given.copy(sized, 0, 0, expected.length);
  const equal = timingSafeEqual(sized, expected);
  return equal && given.length === expected.length;
}

/**
 * The member feed a request with `key` may read, or undefined: for an unknown member exactly as
 * for a wrong or missing key. The key of the requested id is derived and compared whether or not
 * the member exists, and only then is existence consulted: skipping the HMAC for an id that is
 * no member made its 404 measurably faster (issue 9: z = −44 over 4,000 requests each), which
 * told members from non-members. `bench/key-timing.mjs` measures it.
 *
 * @template F
 * @param {string} secret
 * @param {string} memberId
 * @param {string | null} key
 * @param {F | undefined} feed The member's feed, undefined when there is no such member.
 * @returns {F | undefined}
 * @example
 * const feed = memberFeedFor(secret, id, url.searchParams.get("key"), feeds.get("member", id));
 */
export function memberFeedFor(secret, memberId, key, feed) {
  const matches = memberFeedKeyMatches(secret, memberId, key);
  return matches && feed !== undefined ? feed : undefined;
}
