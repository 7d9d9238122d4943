import { appTests } from "../config/vitest.base.js";

export default appTests({
  test: {
    include: ["test/**/*.test.ts"],
    // Each guide block runs in its own working directory (process.chdir), which worker threads
    // do not allow; child processes do.
    pool: "forks",
  },
});
