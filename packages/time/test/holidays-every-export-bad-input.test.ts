import { describe } from "vitest";
import { call, describeEveryExport, type ExportCase, value } from "../../../config/bad-input.js";
import * as api from "../src/holidays.js";
import { isConveningError } from "../src/index.js";

// Every export of @convening/time/holidays, given hostile arguments, throws only the toolkit's
// errors. publicHolidays is a value; its three methods (closures, no `this`) are probed one by
// one: for anything but a known country, region and year they answer "no data" (false, an empty
// list) rather than hand the value to date-holidays.
const cases: Record<keyof typeof api, ExportCase> = { publicHolidays: value };
describeEveryExport(api, cases, isConveningError);

describe("publicHolidays' methods", () => {
  const { hasCountry, hasRegion, holidaysIn } = api.publicHolidays;
  describeEveryExport(
    { hasCountry, hasRegion, holidaysIn },
    {
      hasCountry: call(["GB"]),
      hasRegion: call(["GB", "ENG"]),
      holidaysIn: call(["GB", "ENG", 2025], ["KE", undefined, 2025]),
    },
    isConveningError,
  );
});
