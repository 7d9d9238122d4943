import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";

// The `@convening/source` export condition points a sibling package at its `src/`, so tests and
// typecheck see a change in a dependency without a rebuild. Vite replaces its default conditions
// when `conditions` is set, so the defaults are listed again after ours.
const conditions = ["@convening/source", "module", "node", "import", "default"];

/** The test setup every package shares; a package passes only what differs. */
export function packageTests(overrides: ViteUserConfig = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions },
      ssr: { resolve: { conditions, externalConditions: ["@convening/source"] } },
      test: {
        include: ["test/**/*.test.ts"],
        // A committed `.only` would silently shrink CI's run.
        allowOnly: !process.env.CI,
        // Limits are for hung tests, not slow machines: the property tests over every zone and the
        // cross-checks against rrule/dateutil take 5–25 s alone, over 70 s when turbo runs every
        // package at once on 2 shared cores, and over 180 s when two such runs share them (load
        // 35). The long cross-checks are split into chunks of their own; the limit stays far
        // above any test's loaded time. Speed is measured by `npm run bench`, not here.
        testTimeout: 600_000,
        hookTimeout: 600_000,
      },
    }),
    overrides,
  );
}
