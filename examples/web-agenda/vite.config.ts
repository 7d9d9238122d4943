import { defineConfig } from "vite";

// The page imports the published API (`@convening/time`, …). Vite's default export conditions
// pick each package's built `dist/`, as an app installed from npm would; `turbo` builds the
// packages first (`^build`), so `vite build` works from a fresh clone after `npm ci`.
export default defineConfig({
  // Relative asset URLs, so the built folder works from any path (a static host's sub-folder).
  base: "./",
  build: {
    target: "es2022",
    // The agenda's chunk (luxon, zod, ical-generator and the page: some 320 kB, 100 kB gzipped)
    // stays well under the default 500 kB warning. Find a time is a chunk of its own, loaded when
    // that view opens, and nearly all of its ~1.5 MB is date-holidays' data for every country,
    // which `@convening/time/holidays` needs to name any member's holiday.
    chunkSizeWarningLimit: 1_600,
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
