import { ConveningValidationError, parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import {
  CalendarOptionsError,
  calendarLinks,
  isSessionNotFoundError,
  SessionNotFoundError,
} from "../src/index.js";
import { infoSession, workshops } from "./fixtures/convenings.js";

function params(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

describe("calendarLinks", () => {
  const links = calendarLinks("communities-organizing", parseConvening(workshops()));

  it("gives Google the title, UTC instants, details, location and the zone of intent", () => {
    expect(links.google.startsWith("https://calendar.google.com/calendar/render?")).toBe(true);
    const p = params(links.google);
    expect(p.get("action")).toBe("TEMPLATE");
    expect(p.get("text")).toBe("Communities Organizing for Their Development");
    expect(p.get("dates")).toBe("20210323T152000Z/20210323T160500Z");
    expect(p.get("ctz")).toBe("America/New_York");
    expect(p.get("location")).toBe("Breakout room 1, Online (Zoom)");
    expect(p.get("details")).toContain(
      "An interrogative conversation facilitated by community leaders.",
    );
    expect(p.get("details")).toContain(
      "Facilitator: Asha M., Convener, Global Alliance for Communities (GAC)",
    );
    expect(p.get("details")).toContain(
      "More: https://events.example.org/collaborative-workshops-2021",
    );
  });

  it("gives Google the session's zone of intent even for a session in the hour repeated at a DST change", () => {
    // The calendar writes such a session in UTC (readers disagree on TZID local time there);
    // the link still has UTC instants and should still save the event in New York time.
    const doc = workshops();
    doc.sessions!.push({
      id: "night-owls",
      title: "Night owls",
      start: "2021-11-07T01:30:00-04:00",
      end: "2021-11-07T01:50:00-04:00",
    });
    doc.endDate = "2021-11-07";
    const p = params(calendarLinks("night-owls", parseConvening(doc)).google);
    expect(p.get("dates")).toBe("20211107T053000Z/20211107T055000Z");
    expect(p.get("ctz")).toBe("America/New_York");
  });

  it("gives Outlook.com and Office 365 desktop Outlook's add-event compose page with ISO UTC instants", () => {
    for (const [url, host] of [
      [links.outlook, "outlook.live.com"],
      [links.office365, "outlook.office.com"],
    ] as const) {
      const u = new URL(url);
      expect(u.host).toBe(host);
      // The deeplink path is the mobile web's; desktop browsers get the compose page itself.
      expect(u.pathname).toBe("/calendar/0/action/compose");
      expect(u.searchParams.has("path")).toBe(false);
      expect(u.searchParams.get("rru")).toBe("addevent");
      expect(u.searchParams.get("startdt")).toBe("2021-03-23T15:20:00Z");
      expect(u.searchParams.get("enddt")).toBe("2021-03-23T16:05:00Z");
      expect(u.searchParams.get("subject")).toBe("Communities Organizing for Their Development");
      expect(u.searchParams.get("body")).toBe(params(links.google).get("details"));
    }
  });

  it("gives Yahoo its own parameter names", () => {
    const p = params(links.yahoo);
    expect([p.get("v"), p.get("title"), p.get("st"), p.get("et")]).toEqual([
      "60",
      "Communities Organizing for Their Development",
      "20210323T152000Z",
      "20210323T160500Z",
    ]);
    expect(p.get("in_loc")).toBe("Breakout room 1, Online (Zoom)");
  });

  it("keeps private join links and hidden members out by default, and shows them to the network", () => {
    expect(JSON.stringify(links)).not.toContain("zoom.example.org");
    expect(JSON.stringify(links)).not.toContain("Rafael");
    const network = calendarLinks("communities-organizing", parseConvening(workshops()), {
      audience: "network",
    });
    expect(params(network.google).get("location")).toBe("https://zoom.example.org/j/111?pwd=a,b;c");
    expect(params(network.google).get("details")).toContain("Rafael Q.");
  });

  it("places a hybrid session at its address, with its speakers and moderator", () => {
    const p = params(calendarLinks("lnob-info-session", parseConvening(infoSession())).google);
    expect(p.get("location")).toBe("InfoPoint, Rue de la Loi 41, 1040 Brussels, Belgium");
    expect(p.get("details")).toContain(
      "Moderator: Peter Koblowsky, Senior Partnership Manager, International Civil Society Centre",
    );
    expect(p.get("details")).toContain("Language: English; Q&A in English");
    expect(p.get("details")).toContain("Interpretation: French (simultaneous)");
    expect(p.get("ctz")).toBe("Europe/Brussels");
  });

  it("accepts the parsed session object itself, and refuses an edited copy that was not parsed", () => {
    const convening = parseConvening(workshops());
    const session = convening.sessions[0]!;
    expect(params(calendarLinks(session, convening).google).get("text")).toBe(
      "Communities Organizing for Their Development",
    );
    const edited = { ...session, title: "Communities Organizing (updated)" };
    expect(() => calendarLinks(edited, convening)).toThrow(CalendarOptionsError);
  });

  it("cuts a very long description between graphemes and keeps the page link", () => {
    const doc = workshops();
    doc.sessions![0]!.description = "👩🏽‍💻 é ".repeat(1500);
    const details = params(calendarLinks("communities-organizing", parseConvening(doc)).google).get(
      "details",
    )!;
    expect(encodeURIComponent(details).length).toBeLessThanOrEqual(6000);
    expect(details).toMatch(
      /…\n\nMore: https:\/\/events\.example\.org\/collaborative-workshops-2021$/,
    );
    expect(
      details
        .replace(/…[\s\S]*$/, "")
        .trimEnd()
        .endsWith("👩🏽‍💻") || details.includes("é…"),
    ).toBe(true);
    expect(details).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("picks the reader's language with a fallback", () => {
    const doc = workshops();
    doc.sessions![1]!.title = { en: "The Power of a Story", fr: "Le pouvoir d'un récit" };
    expect(
      params(
        calendarLinks("power-of-a-story", parseConvening(doc), { language: ["fr-CA", "en"] })
          .google,
      ).get("text"),
    ).toBe("Le pouvoir d'un récit");
    expect(
      params(calendarLinks("power-of-a-story", parseConvening(doc), { language: "sw" }).google).get(
        "text",
      ),
    ).toBe("The Power of a Story");
  });

  it("refuses an unknown session with SessionNotFoundError and an invalid convening with ConveningValidationError", () => {
    expect(() => calendarLinks("no-such-session", parseConvening(workshops()))).toThrow(
      SessionNotFoundError,
    );
    try {
      calendarLinks("no-such-session", parseConvening(workshops()));
    } catch (error) {
      expect(isSessionNotFoundError(error) && error.value).toBe("no-such-session");
    }
    expect(() =>
      calendarLinks(
        "power-of-a-story",
        parseConvening({ ...workshops(), timeZone: "Mars/Olympus" }),
      ),
    ).toThrow(ConveningValidationError);
  });
});
