import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { toICS } from "../src/index.js";
import { committee, infoSession, workshops } from "./fixtures/convenings.js";
import { propertyValue, unfold, vevents } from "./helpers/ics-text.js";

const EMAILS = ["asha@example.org", "rafael@example.org", "maya@example.org", "hidden@example.org"];
const PRIVATE_LINK = "https://zoom.example.org/j/111?pwd=a,b;c";

describe("privacy by audience", () => {
  describe("public (the default)", () => {
    const ics = toICS(parseConvening(workshops()), { includeAttendees: true });

    it("writes no e-mail address at all, even with includeAttendees and an e-mail opened to the public", () => {
      for (const email of EMAILS) expect(ics).not.toContain(email);
      expect(ics).not.toMatch(/mailto:/i);
      expect(ics).not.toMatch(/^ATTENDEE/m);
    });

    it("names the publisher of a feed by a web address, as iTIP's PUBLISH requires an ORGANIZER", () => {
      const organizers = unfold(ics).filter((l) => l.startsWith("ORGANIZER"));
      expect(organizers.length).toBe(vevents(ics).length);
      // No contact and no organizer: the convening's page, named by its title.
      expect(new Set(organizers)).toEqual(
        new Set([
          'ORGANIZER;CN="Collaborative Workshops":https://events.example.org/collaborative-workshops-2021',
        ]),
      );
      // Named by its first organizing organization, and by the organization's own site if it has one.
      const organized = workshops();
      organized.organizers = ["gac"];
      expect(unfold(toICS(parseConvening(organized)))).toContain(
        'ORGANIZER;CN="Global Alliance for Communities":https://events.example.org/collaborative-workshops-2021',
      );
      organized.organizations = [
        { ...organized.organizations![0]!, url: "https://gac.example.org/" },
      ];
      expect(unfold(toICS(parseConvening(organized)))).toContain(
        'ORGANIZER;CN="Global Alliance for Communities":https://gac.example.org/',
      );
      // A contact with a page and an e-mail opened to the public: the page, never the e-mail.
      const doc = infoSession();
      doc.contact = { ...doc.contact!, url: "https://events.example.org/infopoint" };
      expect(unfold(toICS(parseConvening(doc)))).toContain(
        'ORGANIZER;CN="International Partnerships InfoPoint":https://events.example.org/infopoint',
      );
    });

    it("writes a feed with no one to name as ORGANIZER without METHOD, which claims no iTIP exchange", () => {
      const doc = workshops();
      delete doc.url;
      const lines = unfold(toICS(parseConvening(doc)));
      expect(lines.some((l) => l.startsWith("METHOD"))).toBe(false);
      expect(lines.some((l) => l.startsWith("ORGANIZER"))).toBe(false);
      expect(lines).toContain("X-WR-CALNAME:Collaborative Workshops");
    });

    it("leaves out members hidden from the public, and their roles", () => {
      expect(ics).not.toContain("Hidden Person");
      expect(ics).not.toContain("Rafael Q.");
      expect(ics).not.toContain("Note-taker");
      expect(ics).toContain("Asha M.");
    });

    it("says there is a join link without giving one that is not public", () => {
      expect(ics).not.toContain("zoom.example.org");
      const session = vevents(ics)[0]!;
      expect(propertyValue(session, "LOCATION")).toBe("Breakout room 1\\, Online (Zoom)");
      expect(propertyValue(session, "DESCRIPTION")).toContain(
        "Online (Zoom): the join link is shared with registered participants.",
      );
      expect(session.some((l) => l.startsWith("CONFERENCE"))).toBe(false);
      // Without a join link to show, URL is the session's page.
      expect(propertyValue(session, "URL")).toBe(
        "https://events.example.org/collaborative-workshops-2021",
      );
    });

    it("gives a join link marked public as URL, CONFERENCE and LOCATION", () => {
      const talk = vevents(ics)[1]!;
      expect(propertyValue(talk, "URL")).toBe("https://stream.example.org/plenary");
      expect(propertyValue(talk, "LOCATION")).toBe("https://stream.example.org/plenary");
      expect(talk).toContain(
        "CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO:https://stream.example.org/plenary",
      );
    });

    it("writes an organizer only when one is passed explicitly, not the convening's contact address", () => {
      expect(toICS(parseConvening(infoSession()))).not.toContain("infopoint@example.org");
      const explicit = toICS(parseConvening(infoSession()), {
        organizer: { name: "Press office", email: "press@example.org" },
      });
      expect(unfold(explicit)).toContain('ORGANIZER;CN="Press office":mailto:press@example.org');
    });

    it("hides affiliations a member keeps to the network", () => {
      const doc = infoSession();
      doc.people![0]!.fieldVisibility = { affiliations: "network" };
      const description = propertyValue(vevents(toICS(parseConvening(doc)))[0]!, "DESCRIPTION")!;
      expect(description).toContain("Philippe Latriche");
      expect(description).not.toContain("Advisor SDGs");
      expect(toICS(parseConvening(doc), { audience: "network" })).toContain("Advisor SDGs");
    });
  });

  describe("network", () => {
    const ics = toICS(parseConvening(workshops()), { audience: "network", includeAttendees: true });

    it("shows network members and join links meant for registered people, but no attendees", () => {
      expect(ics).toContain("Rafael Q.");
      expect(ics).toContain(PRIVATE_LINK);
      expect(ics).not.toContain("Hidden Person");
      expect(ics).not.toMatch(/^ATTENDEE/m);
    });

    it("uses the convening's contact as organizer", () => {
      expect(unfold(toICS(parseConvening(infoSession()), { audience: "network" }))).toContain(
        'ORGANIZER;CN="International Partnerships InfoPoint":mailto:infopoint@example.org',
      );
    });
  });

  describe("private with includeAttendees", () => {
    // Attendees are written in invitations and cancellations only (RFC 5546 §3.2.1 forbids them
    // in a PUBLISH); the CANCEL of a whole convening lists them without RSVP.
    const CANCEL = { audience: "private", includeAttendees: true, method: "CANCEL" } as const;
    const ORGANIZER = { name: "Programme team", email: "programme@example.org" };

    it("writes ATTENDEE with ROLE: CHAIR for facilitators and moderators, REQ-PARTICIPANT for speakers", () => {
      const [session, talk] = vevents(
        toICS(parseConvening(workshops()), {
          ...CANCEL,
          organizer: ORGANIZER,
          only: ["communities-organizing", "power-of-a-story"],
        }),
      );
      expect(session!.filter((l) => l.startsWith("ATTENDEE"))).toEqual([
        'ATTENDEE;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;CN="Asha M.":MAILTO:asha@example.org',
        'ATTENDEE;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;CN="Rafael Q.":MAILTO:rafael@example.org',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Hidden Person":MAILTO:hidden@example.org',
      ]);
      expect(talk!.filter((l) => l.startsWith("ATTENDEE"))).toEqual([
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Maya R.":MAILTO:maya@example.org',
      ]);
    });

    it("writes no ATTENDEE in a feed, even private with includeAttendees", () => {
      const feed = toICS(parseConvening(workshops()), {
        audience: "private",
        includeAttendees: true,
      });
      expect(feed).toContain("Rafael Q.");
      expect(feed).not.toMatch(/^ATTENDEE/m);
      expect(feed).toMatch(/^METHOD:PUBLISH\r$/m);
    });

    it("lists each person once with the highest role, and registrants as accepted optional participants", () => {
      const [panel] = vevents(toICS(parseConvening(infoSession()), CANCEL));
      expect(panel!.filter((l) => l.startsWith("ATTENDEE"))).toEqual([
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Philippe Latriche":MAILTO:philippe@example.org',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Annie Namala":MAILTO:annie@example.org',
        'ATTENDEE;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;CN="Peter Koblowsky":MAILTO:peter@example.org',
        'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Registered Guest":MAILTO:guest@example.org',
      ]);
    });

    it("invites a committee's members to its calls, leaving out members without an e-mail", () => {
      const [master] = vevents(toICS(parseConvening(committee()), CANCEL));
      const attendees = master!.filter((l) => l.startsWith("ATTENDEE"));
      expect(attendees).toHaveLength(2);
      expect(attendees.join("\n")).toContain("leilani@example.org");
      expect(attendees.join("\n")).not.toContain("Aroha");
    });

    it("writes no ATTENDEE without includeAttendees", () => {
      expect(toICS(parseConvening(workshops()), { audience: "private" })).not.toMatch(/^ATTENDEE/m);
    });
  });
});
