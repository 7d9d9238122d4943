#!/usr/bin/env node
// Starts the feed server on the sample data: `npm start -w @convening/example-feed-server`.
// PORT (default 8787), HOST (default 127.0.0.1), DATA_DIR (default examples/data), BASE_URL
// (the public address links use), FEED_SECRET (makes member feeds private; see README.md).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createFeedServer } from "./create-feed-server.mjs";
import { isFeedServerError } from "./errors.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;

/** @param {string} host */
function isLoopback(host) {
  return host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const port = Number(env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`PORT must be a whole number from 0 to 65535, not ${JSON.stringify(env.PORT)}.`);
}
const host = env.HOST ?? "127.0.0.1";
if (!isLoopback(host) && env.FEED_SECRET === undefined) {
  fail(
    `Refusing to serve member feeds to ${host} without FEED_SECRET: anyone could read any member's sessions and join links. Set FEED_SECRET (for example \`export FEED_SECRET="$(openssl rand -base64 32)"\`).`,
  );
}

let server;
try {
  server = createFeedServer({
    dataDir: resolve(env.DATA_DIR ?? resolve(here, "../../data")),
    baseUrl: env.BASE_URL,
    memberSecret: env.FEED_SECRET,
  });
} catch (error) {
  if (!isFeedServerError(error)) throw error;
  fail(`Cannot start the feed server (${error.code}): ${error.message}`);
}

server.listen(port, host, () => {
  const { port: bound } = server.address();
  const shown = host.includes(":") ? `[${host}]` : host;
  console.log(`Calendar feeds at http://${shown}:${bound}/`);
  console.log(
    env.FEED_SECRET === undefined
      ? "Member feeds are open (no FEED_SECRET): fine on this machine, not on a network."
      : "Member feeds need their key: `npm run member-link -w @convening/example-feed-server -- <member id>`.",
  );
});

const stop = () => {
  server.close();
  server.closeAllConnections();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
