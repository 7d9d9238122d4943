import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A committed `.only` would silently shrink CI's run.
    allowOnly: !process.env.CI,
    // Each guide block runs in its own working directory (process.chdir), which worker threads
    // do not allow; child processes do.
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
