import { libraryBuild } from "../../config/tsup.base.js";

// One entry per subpath export: `@convening/ical/read` (fromICS, on ical.js) stands alone, so a
// CJS `require("@convening/ical")` never loads ical.js and ESM apps that only write never reach it.
const entries = {
  index: "src/index.ts",
  "read/index": "src/read/index.ts",
};

export default libraryBuild({
  esm: { dts: { entry: entries } },
  cjs: { entry: entries, dts: { entry: entries } },
});
