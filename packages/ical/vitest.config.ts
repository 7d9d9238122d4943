import { packageTests } from "../../config/vitest.base";

export default packageTests();
