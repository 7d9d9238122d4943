import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { type CalendarOptions, toICS } from "../src/index.js";
import { FIXTURES } from "./fixtures/convenings.js";
import { sampleConvenings } from "./helpers/expectations.js";

// The exact bytes for the seed-like fixtures and the sample data, byte for byte under every TZ the
// suite runs in (package.json runs it under UTC and America/Los_Angeles). A change here is a
// change every subscriber downloads: review the diff, then update with `vitest -u`.

const PRIVATE: CalendarOptions = {
  audience: "private",
  includeAttendees: true,
  organizer: { name: "Programme team", email: "programme@example.org" },
  alarms: [15],
};

describe("golden files", () => {
  for (const [name, make] of Object.entries(FIXTURES)) {
    it(`matches test/golden/${name}.ics (public feed)`, async () => {
      await expect(toICS(parseConvening(make()))).toMatchFileSnapshot(`golden/${name}.ics`);
    });
    it(`matches test/golden/${name}.private.ics (private feed with an organizer and an alarm, no attendees)`, async () => {
      await expect(toICS(parseConvening(make()), PRIVATE)).toMatchFileSnapshot(
        `golden/${name}.private.ics`,
      );
    });
  }

  for (const { name, doc } of sampleConvenings()) {
    it(`matches test/golden/examples/${name}.ics (public feed of the sample data)`, async () => {
      await expect(toICS(parseConvening(doc))).toMatchFileSnapshot(`golden/examples/${name}.ics`);
    });
  }
});
