import { appTests } from "../../config/vitest.base.js";

export default appTests({ test: { include: ["test/**/*.test.mjs"] } });
