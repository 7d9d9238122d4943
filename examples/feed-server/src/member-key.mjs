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
 * True when `key` is the member's key, compared in constant time.
 * @param {string} secret
 * @param {string} memberId
 * @param {string | null} key
 */
export function isMemberFeedKey(secret, memberId, key) {
  if (key === null) return false;
  const expected = Buffer.from(memberFeedKey(secret, memberId));
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
