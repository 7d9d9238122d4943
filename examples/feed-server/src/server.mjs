#!/usr/bin/env node
// Starts the feed server on the sample data: `npm start -w @convening/example-feed-server`.
// PORT (default 8787), HOST (default 127.0.0.1), DATA_DIR (default examples/data), BASE_URL
// (the public address links use), FEED_SECRET (turns on member feeds at private addresses; see
// README.md).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createFeedServer } from "./create-feed-server.mjs";
import { isFeedServerError } from "./errors.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;

function fail(message) {
  console.error(message);
  process.exit(1);
}

const port = Number(env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`PORT must be a whole number from 0 to 65535, not ${JSON.stringify(env.PORT)}.`);
}
// No address is refused: the listening address says nothing about who reaches the server (behind
// a reverse proxy every request comes from loopback), so member feeds rest on FEED_SECRET alone.
const host = env.HOST ?? "127.0.0.1";

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
      ? 'Public feeds only: member feeds need FEED_SECRET (for example `export FEED_SECRET="$(openssl rand -base64 32)"`).'
      : "Member feeds need their key: `npm run member-link -w @convening/example-feed-server -- <member id>`.",
  );
});

const stop = () => {
  server.close();
  server.closeAllConnections();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
