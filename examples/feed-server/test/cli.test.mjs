import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { dataDir, parseIcs, startServer, uidsOf } from "./helpers.mjs";

const src = join(dirname(fileURLToPath(import.meta.url)), "../src");
const children = new Set();
afterAll(() => {
  for (const child of children) child.kill();
});

/** Runs a script with these environment variables (PORT, HOST, … unset unless given). */
function run(script, env, args = []) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !["PORT", "HOST", "BASE_URL", "FEED_SECRET", "DATA_DIR"].includes(k),
    ),
  );
  const child = spawn(process.execPath, [join(src, script), ...args], {
    env: { ...clean, ...env },
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    err += d;
  });
  return {
    child,
    /** Resolves with stdout once it matches `pattern`, or rejects when the process exits first. */
    output: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = pattern.exec(out);
          if (m) resolve(m);
        };
        child.stdout.on("data", check);
        child.on("exit", (code) =>
          reject(new Error(`exited ${code} before printing ${pattern}: ${out}${err}`)),
        );
        check();
      }),
    exit: () =>
      new Promise((resolve) => {
        child.on("exit", (code) => resolve({ code, out, err }));
      }),
  };
}

describe("npm start (src/server.mjs)", () => {
  it("serves the sample data on loopback at the port it is given (0: any free one)", async () => {
    const server = run("server.mjs", { PORT: "0" });
    const [, origin] = await server.output(/Calendar feeds at (http:\/\/127\.0\.0\.1:\d+)\//);
    expect(origin).not.toBe("http://127.0.0.1:0");
    const response = await fetch(`${origin}/series/exploratory-committee-calls.ics`);
    expect(response.status).toBe(200);
    expect(uidsOf(parseIcs(await response.text()))).toEqual(
      new Set(["exploratory-committee-calls@we-alliance-exploratory-committee-2011"]),
    );
    server.child.kill("SIGTERM");
    expect((await server.exit()).code).toBe(0);
  });

  it("serves public feeds only without FEED_SECRET, on any address", async () => {
    // Member feeds rest on the secret, not on the listening address (a reverse proxy on the same
    // machine reaches a loopback server too), so no address is refused and none opens them.
    const server = run("server.mjs", { PORT: "0", HOST: "0.0.0.0" });
    const [, port] = await server.output(/Calendar feeds at http:\/\/0\.0\.0\.0:(\d+)\//);
    await server.output(/Public feeds only: member feeds need FEED_SECRET/);
    const origin = `http://127.0.0.1:${port}`;
    expect((await fetch(`${origin}/series/exploratory-committee-calls.ics`)).status).toBe(200);
    expect((await fetch(`${origin}/members/kofi-a.ics`)).status).toBe(404);
    server.child.kill("SIGTERM");
    expect((await server.exit()).code).toBe(0);
  });

  it("says what is wrong with a bad PORT", async () => {
    const { code, err } = await run("server.mjs", { PORT: "eighty" }).exit();
    expect(code).toBe(1);
    expect(err).toContain('PORT must be a whole number from 0 to 65535, not "eighty"');
  });

  it("says which document is wrong instead of starting", async () => {
    const { code, err } = await run("server.mjs", {
      PORT: "0",
      DATA_DIR: join(dataDir, "broken"),
    }).exit();
    expect(code).toBe(1);
    expect(err).toContain("Cannot start the feed server (invalid_document)");
    expect(err).toContain("collaborative-workshops-broken.json");
  });
});

describe("npm run member-link (src/member-link.mjs)", () => {
  const secret = "the organisers' long secret";

  it("prints the address a server with the same secret answers", async () => {
    const server = await startServer({ dataDir, memberSecret: secret });
    try {
      const { code, out } = await run(
        "member-link.mjs",
        { FEED_SECRET: secret, BASE_URL: `${server.origin}/` },
        ["kofi-a"],
      ).exit();
      expect(code).toBe(0);
      const https = out.match(/http:\/\/\S+/)[0];
      expect(out).toContain(https.replace(/^http:/, "webcal:"));
      const response = await fetch(https);
      expect(response.status).toBe(200);
      expect(uidsOf(parseIcs(await response.text()))).toEqual(
        new Set(["bridging-bilateral-and-local@collaborative-workshops-2021"]),
      );
    } finally {
      await server.close();
    }
  });

  it("lists the member ids when given an unknown one", async () => {
    const { code, err } = await run("member-link.mjs", { FEED_SECRET: secret }, ["nobody"]).exit();
    expect(code).toBe(1);
    expect(err).toContain("give a member id: one of");
    expect(err).toContain("kofi-a");
  });

  it("needs the secret", async () => {
    const { code, err } = await run("member-link.mjs", {}, ["kofi-a"]).exit();
    expect(code).toBe(1);
    expect(err).toContain("set FEED_SECRET");
  });
});
