import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";

// The `@convening/source` export condition points a sibling package at its `src/`, so tests and
// typecheck see a change in a dependency without a rebuild. Vite replaces its default conditions
// when `conditions` is set, so the defaults are listed again after ours.
const conditions = ["@convening/source", "module", "node", "import", "default"];

/**
 * Limits are for hung tests, not slow machines: the property tests over every zone and the
 * cross-checks against rrule/dateutil take 5–25 s alone, over 70 s when turbo runs every package at
 * once on 2 shared cores, and over 180 s when two such runs share them (load 35); a browser test's
 * first page load once passed 30 s the same way. The long cross-checks are split into chunks of
 * their own; the limit stays far above any test's loaded time. Speed is measured by `npm run
 * bench`, not here.
 */
const HANG_LIMIT_MS = 600_000;

/**
 * The setup the examples and docs share: the hang limits, no committed `.only`, and no
 * `@convening/source` condition, since they test the built packages (`dist/`) as a user's app
 * imports them (turbo runs `^build` first).
 */
export function appTests(overrides: ViteUserConfig = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        // A committed `.only` would silently shrink CI's run.
        allowOnly: !process.env.CI,
        testTimeout: HANG_LIMIT_MS,
        hookTimeout: HANG_LIMIT_MS,
      },
    }),
    overrides,
  );
}

/**
 * The test setup every package shares (the examples' and docs' limits, plus the
 * `@convening/source` condition, so a package's tests see a sibling's `src/`); a package passes
 * only what differs.
 */
export function packageTests(overrides: ViteUserConfig = {}) {
  return appTests(
    mergeConfig(
      defineConfig({
        resolve: { conditions },
        ssr: { resolve: { conditions, externalConditions: ["@convening/source"] } },
        test: { include: ["test/**/*.test.ts"] },
      }),
      overrides,
    ),
  );
}
