#!/usr/bin/env node
// Prints a member's private feed address, for the organisers to send them:
//   FEED_SECRET=… BASE_URL=https://feeds.example.org/ npm run member-link -w @convening/example-feed-server -- ana-l
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkedBaseUrl, webcalUrl } from "./base-url.mjs";
import { isFeedServerError } from "./errors.mjs";
import { loadNetwork } from "./load-network.mjs";
import { memberFeedKey } from "./member-key.mjs";
import { feedPath } from "./route.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;
const memberId = process.argv[2];

try {
  if (env.FEED_SECRET === undefined) {
    throw new Error("set FEED_SECRET to the server's secret first");
  }
  const network = loadNetwork(resolve(env.DATA_DIR ?? resolve(here, "../../data")));
  const member = memberId === undefined ? undefined : network.members.get(memberId);
  if (member === undefined) {
    throw new Error(`give a member id: one of ${[...network.members.keys()].join(", ")}`);
  }
  const url = new URL(
    feedPath("member", member.id),
    checkedBaseUrl(env.BASE_URL ?? `http://127.0.0.1:${env.PORT ?? 8787}/`),
  );
  url.searchParams.set("key", memberFeedKey(env.FEED_SECRET, member.id));
  console.log(`${member.name}'s private feed (send it to them only):`);
  console.log(`  ${webcalUrl(url)}`);
  console.log(`  ${url.href}`);
} catch (error) {
  console.error(isFeedServerError(error) ? `${error.code}: ${error.message}` : error.message);
  process.exit(1);
}
