import { appTests } from "../../config/vitest.base.js";

// Examples test the built packages (dist), as a user's app would import them.
export default appTests({ test: { include: ["test/**/*.test.mjs"] } });
