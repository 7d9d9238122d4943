import { packageTests } from "../../config/vitest.base.js";

export default packageTests({
  test: {
    // The files share no mutable state, so one module graph per worker is safe; it halves the
    // run, which matters since the suite runs once per TZ.
    isolate: false,
    // The inferred types are part of the API (branded ids, defaults required in output): the
    // `*.test-d.ts` files assert them with expectTypeOf, checked by tsc in every run.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
