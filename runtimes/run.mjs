// `npm run runtimes`: packs the five published packages, installs the tarballs into a scratch
// project the way a user would, and runs smoke.mjs on every runtime we claim to support. Prints a
// table and exits non-zero when any runtime fails, so CI catches a package that only works from
// the workspace (a missing file in `files`, an export that resolves to src, a Node-only API).
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const bins = join(here, "node_modules");
const PACKAGES = ["core", "schema", "time", "ical", "formats"];
// What the packages need from the registry, at the versions the workspace is tested with.
const REGISTRY_DEPS = ["zod", "luxon", "ical-generator", "uuid", "fast-xml-parser"];
const TIMEOUT_MS = 60_000;

/** Runs a command to completion with the output shown; throws when it fails. */
function sh(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}`);
}

/** Runs a command and returns its output; a failure is a result here, not an exception. */
function capture(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: -1, out: out + String(error) });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out: signal ? `${out}killed by ${signal}\n` : out });
    });
  });
}

/** `npm ci` for the pinned runtime binaries, skipped when node_modules already matches the lock. */
function installRuntimes() {
  const hidden = join(bins, ".package-lock.json");
  const lock = join(here, "package-lock.json");
  if (existsSync(hidden) && statSync(hidden).mtimeMs >= statSync(lock).mtimeMs) return;
  // cwd is runtimes/ so its .npmrc applies: no install scripts, no bin links.
  sh("npm", ["ci"], here);
}

/** Packs the built packages and installs the tarballs plus their registry dependencies. */
function scratchProject(work) {
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  const pack = spawnSync(
    "npm",
    [
      "pack",
      "--json",
      "--pack-destination",
      tarballs,
      ...PACKAGES.flatMap((p) => ["--workspace", `packages/${p}`]),
    ],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (pack.status !== 0) throw new Error("npm pack failed");
  const packed = JSON.parse(pack.stdout);
  for (const p of packed) {
    const files = new Set(p.files.map((f) => f.path));
    for (const f of ["package.json", "LICENSE", "README.md", "dist/index.js", "dist/index.cjs"]) {
      if (!files.has(f)) throw new Error(`${p.filename} does not contain ${f}`);
    }
  }

  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const dependencies = {};
  for (const p of packed) dependencies[p.name] = `file:${join(tarballs, p.filename)}`;
  for (const name of REGISTRY_DEPS)
    dependencies[name] = lock.packages[`node_modules/${name}`].version;
  const app = join(work, "app");
  mkdirSync(app);
  const manifest = { name: "smoke", private: true, type: "module", dependencies };
  writeFileSync(join(app, "package.json"), JSON.stringify(manifest, null, 2));
  // --loglevel=error: on the toolchain's Node 20, ical-generator's engines warning is expected.
  sh("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], app);
  // The internal dependencies (`@convening/core` of schema, …) must resolve to the tarballs
  // too, never to a copy from the registry nested under another package.
  const nested = spawnSync("find", [
    join(app, "node_modules"),
    "-mindepth",
    "3",
    "-path",
    "*/node_modules/@convening",
  ]);
  if (String(nested.stdout).trim()) throw new Error(`nested @convening copies:\n${nested.stdout}`);
  copyFileSync(join(here, "smoke.mjs"), join(app, "smoke.mjs"));
  return app;
}

/** Bundles smoke.mjs behind an entry for workerd or the browser. */
async function bundle(app, contents, options) {
  const result = await build({
    stdin: { contents, resolveDir: app, sourcefile: "entry.mjs" },
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    define: { SMOKE_EMBEDDED: "true" },
    logLevel: "error",
    ...options,
  });
  return result.outputFiles[0].text;
}

/** Serves fixed bodies on a loopback port the system picks. */
function serve(routes) {
  const server = createHttpServer((req, res) => {
    const route = routes[req.url];
    res.writeHead(route ? 200 : 404, { "content-type": route ? route[0] : "text/plain" });
    res.end(route ? route[1] : "not found");
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() });
    });
  });
}

/** A loopback port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const parse = (out) => ({ ok: /^ok /m.test(out) && !/^not ok /m.test(out), out });

/** Node, Deno and Bun run smoke.mjs directly from the scratch project. */
async function direct(binary, args, app, env = {}) {
  const { code, out } = await capture(binary, [...args, "smoke.mjs"], {
    cwd: app,
    env: { ...process.env, ...env },
  });
  return { ok: code === 0 && parse(out).ok, out };
}

async function versionOf(binary, args = ["--version"]) {
  const { out } = await capture(binary, args);
  // First line, without Deno's "(stable, release, …)" build details.
  return out
    .trim()
    .split("\n")[0]
    .replace(/ \(.*\)$/, "");
}

async function runWorkerd(app, work) {
  const binary = join(bins, "@cloudflare/workerd-linux-64/bin/workerd");
  const code = await bundle(
    app,
    `import { smoke } from "./smoke.mjs";
export default {
  async fetch() {
    const result = await smoke();
    return Response.json(result, { status: result.ok ? 200 : 500 });
  },
};`,
    { platform: "browser", conditions: ["workerd", "worker", "browser"] },
  );
  await writeFile(join(work, "worker.js"), code);
  const port = await freePort();
  await writeFile(
    join(work, "workerd.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .smoke)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const smoke :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
);
`,
  );
  const child = spawn(binary, ["serve", join(work, "workerd.capnp")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => {
    log += d;
  });
  child.stderr.on("data", (d) => {
    log += d;
  });
  try {
    // workerd has no ready signal on stdout; poll until the socket answers.
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        const result = await res.json();
        return { ok: res.status === 200 && result.ok, out: result.lines.join("\n") };
      } catch (error) {
        if (Date.now() > deadline || child.exitCode !== null) {
          return { ok: false, out: `${log}\n${error}` };
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    child.kill("SIGTERM");
  }
}

async function runChromium(app) {
  const code = await bundle(
    app,
    `import { smoke } from "./smoke.mjs";
smoke().then(
  (result) => { window.smokeResult = result; },
  (error) => { window.smokeResult = { ok: false, lines: ["not ok - " + error] }; },
);`,
    { platform: "browser", format: "iife" },
  );
  const server = await serve({
    "/": ["text/html", '<!doctype html><title>smoke</title><script src="/smoke.js"></script>'],
    "/smoke.js": ["text/javascript", code],
  });
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    // Playwright's 30 s default for goto is a speed limit; this run's limit is a hang check.
    page.setDefaultTimeout(TIMEOUT_MS);
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    // Served from 127.0.0.1, a secure context like the https pages users have: ical-generator
    // calls crypto.randomUUID, which an insecure page (about:blank, plain http) does not have.
    await page.goto(server.url);
    await page.waitForFunction(() => window.smokeResult);
    const result = await page.evaluate(() => window.smokeResult);
    return {
      ok: result.ok && errors.length === 0,
      out: [...result.lines, ...errors].join("\n"),
      version: `Chromium ${browser.version()}`,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Each runtime: its label, how to read its version, and how to run the smoke test. */
function matrix(app, work) {
  const node = (dir) => join(bins, dir, "bin/node");
  const deno = join(bins, "@deno/linux-x64-glibc/deno");
  const bun = join(bins, "@oven/bun-linux-x64/bin/bun");
  const workerd = join(bins, "@cloudflare/workerd-linux-64/bin/workerd");
  return [
    {
      name: "node (toolchain)",
      binary: process.execPath,
      run: () => direct(process.execPath, [], app),
    },
    { name: "node 22", binary: node("node22"), run: () => direct(node("node22"), [], app) },
    { name: "node 24", binary: node("node24"), run: () => direct(node("node24"), [], app) },
    {
      name: "deno",
      binary: deno,
      // package.json next to node_modules puts Deno in its manual node_modules mode: it
      // resolves the installed tarballs, and --cached-only makes any fetch an error.
      run: () =>
        direct(
          deno,
          ["run", "--cached-only", "--no-prompt", "--no-lock", "--allow-read", "--allow-env"],
          app,
          {
            DENO_DIR: join(work, "deno-dir"),
            DENO_NO_UPDATE_CHECK: "1",
          },
        ),
    },
    {
      name: "bun",
      binary: bun,
      run: () => direct(bun, ["run", "--no-install"], app, { DO_NOT_TRACK: "1" }),
    },
    { name: "workerd", binary: workerd, run: () => runWorkerd(app, work) },
    { name: "chromium", binary: null, run: () => runChromium(app) },
  ];
}

async function main() {
  const started = performance.now();
  sh("npx", ["turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], root);
  installRuntimes();
  const work = mkdtempSync(join(tmpdir(), "convening-runtimes-"));
  const rows = [];
  try {
    const app = scratchProject(work);
    for (const runtime of matrix(app, work)) {
      const t0 = performance.now();
      let result;
      if (runtime.binary && !existsSync(runtime.binary)) {
        // An optional platform package npm skipped: this OS or CPU has no build of it pinned.
        result = { ok: false, out: `${runtime.binary} is not installed` };
      } else {
        try {
          result = await runtime.run();
        } catch (error) {
          result = { ok: false, out: String(error?.stack ?? error) };
        }
      }
      const version =
        result.version ?? (runtime.binary ? await versionOf(runtime.binary) : "unknown");
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      rows.push({ runtime: runtime.name, version, result: result.ok ? "pass" : "FAIL", seconds });
      console.log(`\n# ${runtime.name} (${version})\n${result.out.trim()}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const headers = ["runtime", "version", "result", "seconds"];
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(`\n${line(headers)}\n${line(widths.map((w) => "-".repeat(w)))}`);
  for (const row of rows) console.log(line(headers.map((h) => row[h])));
  const total = ((performance.now() - started) / 1000).toFixed(1);
  const failed = rows.filter((r) => r.result !== "pass").length;
  console.log(`\nruntimes: ${rows.length - failed} passed, ${failed} failed in ${total}s`);
  if (failed > 0) process.exitCode = 1;
}

await main();
