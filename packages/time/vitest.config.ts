import { packageTests } from "../../config/vitest.base.js";

export default packageTests({
  test: {
    // The files share no mutable state but the offset tables, which are caches of the runtime's
    // own data: one module graph per worker is safe and spares rebuilding them per file.
    isolate: false,
    // `*.test-d.ts` files assert the public types (a Member is a meeting participant) with tsc.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
