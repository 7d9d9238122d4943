import { appTests } from "../../config/vitest.base.js";

// No `@convening/source` condition here, unlike the packages: an example tests the published
// API, so `@convening/*` resolves to each package's built `dist/` (turbo runs `^build` first).
export default appTests({ test: { include: ["test/**/*.test.ts"] } });
