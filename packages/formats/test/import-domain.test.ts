import { describe, expect, it } from "vitest";
import { FormatOptionsError, fromFrabJson, toFrabJson } from "../src/frab/index.js";
import { sample } from "./helpers/samples.js";

describe("the domain option of the frab importers", () => {
  it("refuses a domain with a lone surrogate as an option error, not a URIError", () => {
    const json = toFrabJson(sample("collaborative-workshops-2021.json"));
    expect(() => fromFrabJson(json, { domain: "events\uD800.example.org" })).toThrow(
      FormatOptionsError,
    );
    expect(fromFrabJson(json, { domain: "events.example.org" }).convening.sessions.length).toBe(
      json.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat()).length,
    );
  });
});
