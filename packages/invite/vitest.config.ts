import { packageTests } from "../../config/vitest.base.js";

export default packageTests();
