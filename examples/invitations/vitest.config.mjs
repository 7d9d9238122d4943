import { defineConfig } from "vitest/config";

export default defineConfig({
  // Examples test the built packages (dist), as a user's app would import them, so no
  // "@convening/source" condition here. allowOnly: a stray .only must fail CI.
  test: {
    include: ["test/**/*.test.mjs"],
    allowOnly: !process.env.CI,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
