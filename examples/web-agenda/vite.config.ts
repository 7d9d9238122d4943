import { defineConfig } from "vite";

// The page imports the published API (`@convening/time`, …). Vite's default export conditions
// pick each package's built `dist/`, as an app installed from npm would; `turbo` builds the
// packages first (`^build`), so `vite build` works from a fresh clone after `npm ci`.
export default defineConfig({
  // Relative asset URLs, so the built folder works from any path (a static host's sub-folder).
  base: "./",
  build: {
    target: "es2022",
    // luxon, zod and ical-generator make one honest ~200 kB chunk for a page that does the
    // zone maths and writes .ics files in the browser; no need for a warning about it.
    chunkSizeWarningLimit: 700,
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
