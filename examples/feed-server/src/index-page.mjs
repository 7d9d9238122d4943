import { canSee } from "@convening/schema";
import { webcalUrl } from "./base-url.mjs";
import { feedPath } from "./route.mjs";

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text for HTML element content and quoted attribute values alike.
 * @param {string} text
 */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1rem; color: #1a1a1a; }
h2 { margin-top: 2rem; border-bottom: 1px solid #ccc; }
ul { list-style: none; padding: 0; }
li { margin: 0 0 1rem; }
.detail { color: #4a4a4a; }
.links a { margin-right: 1rem; }
code { font-size: 0.85em; word-break: break-all; color: #4a4a4a; }
a { color: #0b57d0; }
`;

/**
 * @typedef {object} IndexOptions
 * @property {import("./build-feeds.mjs").Feed[]} feeds
 * @property {URL} base Where the links point.
 * @property {boolean} memberFeeds Whether the server has member feeds (only with a secret): then
 *   the page says how members get theirs, without naming anyone.
 */

/**
 * @param {import("./build-feeds.mjs").Feed} feed
 * @param {URL} base
 */
function item(feed, base) {
  const https = new URL(feedPath(feed.kind, feed.id), base);
  const webcal = webcalUrl(https);
  return `<li>
  <strong>${escapeHtml(feed.title)}</strong> <span class="detail">${escapeHtml(feed.detail)}</span>
  <div class="links"><a href="${escapeHtml(webcal)}">Subscribe (webcal)</a><a href="${escapeHtml(https.href)}">Download .ics</a></div>
  <code>${escapeHtml(https.href)}</code>
</li>`;
}

/**
 * @param {string} id
 * @param {string} heading
 * @param {string} intro HTML
 * @param {string[]} items HTML
 */
function section(id, heading, intro, items) {
  const list = items.length > 0 ? `<ul>\n${items.join("\n")}\n</ul>` : "";
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
${intro}
${list}
</section>`;
}

/**
 * The index page: every feed with a `webcal://` link (opens a subscription in Apple Calendar or
 * Outlook) and its http(s) address (for Google Calendar's "From URL", or a one-off download).
 * Every piece of text from the data is escaped. Anyone can read this page, so it lists only the
 * feeds written for the public audience: never a member feed, a member's name or how many
 * members there are (whose visibility may be `network` or `private`).
 *
 * @param {IndexOptions} options
 * @returns {string} HTML
 */
export function indexPage({ feeds, base, memberFeeds }) {
  const shown = feeds.filter((f) => canSee("public", f.audience));
  const of = (kind) => shown.filter((f) => f.kind === kind).map((f) => item(f, base));
  const members = memberFeeds
    ? section(
        "members",
        "Members",
        "<p>Each member has a private feed of their own sessions and their groups' calls, with join links, at an address only they know. Organisers send it to them (<code>npm run member-link</code>).</p>",
        [],
      )
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Calendar feeds</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Calendar feeds</h1>
<p>Subscribe, and your calendar follows every change: a <em>webcal</em> link opens a subscription in Apple Calendar or Outlook; in Google Calendar choose "Other calendars", "From URL" and paste the address shown. Times come with their time zone, so each calendar shows them in yours.</p>
${section("convenings", "Convenings", "<p>Every session of a convening. Join links for participants are not in these public feeds.</p>", of("convening"))}
${section("series", "Series", "<p>Recurring meetings, one feed each.</p>", of("series"))}
${members}
</main>
</body>
</html>
`;
}
