import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { windowsZonesData } from "../../scripts/generate-windows-zones.mjs";
import { CLDR_VERSION, fromICS } from "../../src/read/index.js";
import { territoryOfZone, windowsZone } from "../../src/read/windows-zone.js";
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

describe("windowsZone by territory", () => {
  it("gives CLDR's default (001) when no territory is known", () => {
    expect(windowsZone("Romance Standard Time")).toBe("Europe/Paris");
    expect(windowsZone("Pacific Standard Time")).toBe("America/Los_Angeles");
  });

  it("gives the hint zone itself when CLDR lists it under the Windows name", () => {
    expect(windowsZone("Romance Standard Time", { hint: "Europe/Madrid" })).toBe("Europe/Madrid");
  });

  it("gives the zone of the hint's territory when the hint is another zone of that country", () => {
    // Toronto is Eastern, but the country is CA: CLDR's Pacific zone for CA is Vancouver.
    expect(windowsZone("Pacific Standard Time", { hint: "America/Toronto" })).toBe(
      "America/Vancouver",
    );
    expect(windowsZone("Pacific Standard Time", { territory: "ca" })).toBe("America/Vancouver");
  });

  it("falls back to 001 for a territory CLDR does not list under the name", () => {
    expect(windowsZone("Eastern Standard Time", { hint: "Europe/London" })).toBe(
      "America/New_York",
    );
    expect(territoryOfZone("Europe/London")).toBe("GB");
  });

  it("reads a Windows TZID in the territory of the file's X-WR-TIMEZONE", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "X-WR-TIMEZONE:Europe/Madrid",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTAMP:20240101T000000Z",
      "DTSTART;TZID=Romance Standard Time:20240704T100000",
      "DTEND;TZID=Romance Standard Time:20240704T110000",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const { convening } = fromICS(text);
    expect(convening.sessions[0]?.timeZone).toBe("Europe/Madrid");
  });
});
