import { libraryBuild } from "../../config/tsup.base.js";

// One entry per subpath export: `@convening/time/holidays` (publicHolidays, on date-holidays)
// stands alone, so neither a CJS `require("@convening/time")` nor an ESM import of the main entry
// ever loads date-holidays, moment-timezone or astronomia.
const entries = {
  index: "src/index.ts",
  holidays: "src/holidays.ts",
};

export default libraryBuild({
  esm: { dts: { entry: entries } },
  cjs: { entry: entries, dts: { entry: entries } },
});
