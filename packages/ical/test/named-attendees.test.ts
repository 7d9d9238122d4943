import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { CalendarOptionsError, toICS } from "../src/index.js";
import { committee, infoSession } from "./fixtures/convenings.js";
import { propertyValue, unfold, vevents } from "./helpers/ics-text.js";
import { readManyWithAll } from "./readers/read-all.js";

// One invitation per recipient (the `attendees` option): the calendar names the organizer and
// that person only, so a registrant never learns who else was invited.

const ORGANIZER = { name: "Programme team", email: "programme@example.org" };

function attendeeLines(icsOrLines: string | readonly string[]): string[] {
  const lines = typeof icsOrLines === "string" ? unfold(icsOrLines) : icsOrLines;
  return lines.filter((l) => l.startsWith("ATTENDEE"));
}

describe("invitations addressed to named members", () => {
  it("names only the registered guest in her invitation, asking her to answer", () => {
    const convening = parseConvening(infoSession());
    const ics = toICS(convening, {
      method: "REQUEST",
      organizer: ORGANIZER,
      attendees: ["guest"],
      audience: "network",
      only: ["lnob-info-session"],
    });
    expect(attendeeLines(ics)).toEqual([
      'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Registered Guest":MAILTO:guest@example.org',
    ]);
    // The speakers' addresses stay out of her copy, though the private view would show them.
    expect(ics).not.toContain("annie@example.org");
    expect(ics).not.toContain("peter@example.org");
  });

  it("keeps a speaker's role when the speaker is the one invited", () => {
    const ics = toICS(parseConvening(infoSession()), {
      method: "REQUEST",
      organizer: ORGANIZER,
      attendees: ["annie"],
      only: ["lnob-info-session"],
    });
    expect(attendeeLines(ics)).toHaveLength(1);
    expect(attendeeLines(ics)[0]).toMatch(
      /^ATTENDEE;ROLE=(REQ-PARTICIPANT|CHAIR);PARTSTAT=NEEDS-ACTION;RSVP=TRUE/,
    );
    expect(attendeeLines(ics)[0]).toContain("MAILTO:annie@example.org");
  });

  it("names the one member in every occurrence of a committee's calls, and libical accepts it", () => {
    const convening = parseConvening(committee());
    const request = toICS(convening, {
      method: "REQUEST",
      organizer: ORGANIZER,
      attendees: ["rosa"],
    });
    const cancel = toICS(convening, {
      method: "CANCEL",
      organizer: ORGANIZER,
      attendees: ["rosa"],
    });
    for (const ics of [request, cancel]) {
      for (const event of vevents(ics)) {
        const lines = attendeeLines(event);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain("MAILTO:rosa@example.org");
      }
    }
    expect(attendeeLines(cancel)[0]).not.toContain("RSVP");
    const [r, c] = readManyWithAll([request, cancel]);
    expect(r!.libical.errors).toEqual([]);
    expect(c!.libical.errors).toEqual([]);
    expect(propertyValue(vevents(request)[0]!, "UID")).toBe(
      "committee-calls@we-alliance-committee-2011",
    );
  });

  it.each([
    [{ attendees: ["nobody-here"] }, ["attendees", 0], /not the id of a member/],
    [{ attendees: ["aroha"] }, ["attendees", 0], /no e-mail address/],
    [{ attendees: [] }, ["attendees"], /at least one member/],
    [{ attendees: "rosa" }, ["attendees"], /array of member ids/],
    [{ attendees: ["rosa"], includeAttendees: true }, ["includeAttendees"], /cannot be combined/],
    [{ attendees: ["rosa"], method: "PUBLISH" }, ["attendees"], /REQUEST or CANCEL/],
  ])("refuses %j with a typed error at its path", (extra, path, message) => {
    const attempt = () =>
      toICS(parseConvening(committee()), {
        method: "REQUEST",
        organizer: ORGANIZER,
        ...(extra as object),
      });
    expect(attempt).toThrow(CalendarOptionsError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as CalendarOptionsError).path).toEqual(path);
    }
  });
});
