import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
} from "playwright-core";
import { build, type PreviewServer, preview } from "vite";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const screenshots = join(root, "screenshots");

/** Debian's Chromium, or the one `CHROMIUM_PATH` names. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const hasChromium = existsSync(chromiumPath);

/** The flags for a headless Chromium in a container: no sandbox, GPU, or network chatter of its own. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The page built into a temporary folder and served by `vite preview` on a free loopback port. */
export interface ServedPage {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Builds the page with Vite's JS API (the same config as `npm run build`, into a temporary
 * folder so a developer's `dist/` is left alone) and serves it with `vite preview` on
 * 127.0.0.1 and a port the system picks.
 */
export async function servePage(): Promise<ServedPage> {
  const outDir = await mkdtemp(join(tmpdir(), "web-agenda-"));
  const common = { root, configFile: join(root, "vite.config.ts"), logLevel: "warn" as const };
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    ...common,
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * How long any browser step may take before it counts as hung. Playwright's own default (30 s for
 * a navigation or a wait) is a speed limit, not a hang check: CI once timed out in `page.goto`
 * while turbo ran every package's tests beside it on 2 cores. Like vitest's limit in
 * `config/vitest.base.ts`, this one only catches a page that never loads.
 */
export const BROWSER_HANG_MS = 300_000;

/** A fresh headless Chromium (a new profile each launch). */
export async function launchChromium(): Promise<Browser> {
  await mkdir(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ARGS,
    timeout: BROWSER_HANG_MS,
  });
}

/**
 * A browser context whose navigations, waits and actions all use the hang limit above
 * (`setDefaultTimeout` covers navigations too).
 */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(BROWSER_HANG_MS);
  return context;
}
