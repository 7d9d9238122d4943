import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { windowsZonesData } from "../../scripts/generate-windows-zones.mjs";
import { CLDR_VERSION } from "../../src/read/index.js";
import { WINDOWS_ZONES } from "../../src/read/windows-zones.generated.js";

const require = createRequire(import.meta.url);

describe("the CLDR Windows-zone table", () => {
  it("holds what the installed cldr-core maps, with its CLDR version", () => {
    const json = JSON.parse(
      readFileSync(require.resolve("cldr-core/supplemental/windowsZones.json"), "utf8"),
    );
    expect(WINDOWS_ZONES).toEqual(windowsZonesData(json));
    expect(CLDR_VERSION).toBe(json.supplemental.version._cldrVersion);
  });
});
