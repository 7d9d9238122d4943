import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import workshopsJson from "../../data/collaborative-workshops-2021.json";
import { viewerZone } from "../src/viewer-zone.js";
import { cityOf, zoneChoices } from "../src/zone-choices.js";

describe("viewerZone", () => {
  it("takes ?zone= first, canonicalising an alias", () => {
    expect(viewerZone("?zone=US/Eastern", "Europe/Paris", "UTC")).toEqual({
      zone: "America/New_York",
      source: "url",
      browser: "Europe/Paris",
    });
  });
  it("falls back to the browser's zone and names the refused ?zone=", () => {
    expect(viewerZone("?zone=Mars/Olympus_Mons", "Asia/Calcutta", "UTC")).toEqual({
      zone: "Asia/Kolkata",
      source: "browser",
      browser: "Asia/Kolkata",
      rejected: "Mars/Olympus_Mons",
    });
  });
  it("refuses an offset as a zone", () => {
    expect(viewerZone("?zone=%2B05:00", "Africa/Nairobi", "UTC").rejected).toBe("+05:00");
  });
  it("uses the fallback when the browser reports no zone it knows", () => {
    expect(viewerZone("", undefined, "America/New_York")).toEqual({
      zone: "America/New_York",
      source: "fallback",
    });
    expect(viewerZone("", "Etc/Unknown", "UTC")).toEqual({ zone: "UTC", source: "fallback" });
  });
});

describe("zoneChoices", () => {
  const workshops = parseConvening(workshopsJson);

  it("offers the browser's zone first, then the shown zone and the display zones, each once", () => {
    const { suggested, all } = zoneChoices(workshops, "Asia/Tokyo", "Europe/London");
    expect(suggested.slice(0, 4)).toEqual([
      { zone: "Europe/London", label: "Your zone: London (GMT)" },
      { zone: "Asia/Tokyo", label: "Tokyo (JST)" },
      { zone: "America/New_York", label: "New York (EDT)" },
      { zone: "Africa/Nairobi", label: "Nairobi (EAT)" },
    ]);
    const zones = [...suggested, ...all].map((c) => c.zone);
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones).toContain("Pacific/Chatham");
  });

  it("uses a display zone's own label", () => {
    const labelled = {
      ...workshops,
      displayZones: [{ zone: "Africa/Nairobi", label: "Nairobi time" }],
    };
    expect(zoneChoices(labelled, "UTC").suggested).toContainEqual({
      zone: "Africa/Nairobi",
      label: "Nairobi time (EAT)",
    });
  });

  it("names a zone by its city", () => {
    expect(cityOf("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(cityOf("UTC")).toBe("UTC");
  });
});
