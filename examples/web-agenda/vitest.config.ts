import { defineConfig } from "vitest/config";

// No `@convening/source` condition here, unlike the packages: an example tests the published
// API, so `@convening/*` resolves to each package's built `dist/` (turbo runs `^build` first).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A committed `.only` would silently shrink CI's run.
    allowOnly: !process.env.CI,
    // The end-to-end test builds the page and starts a browser.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
