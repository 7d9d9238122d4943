import Validator from "@adobe/structured-data-validator";
import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { FormatOptionsError, jsonLdScript, NotParsedError, toJsonLd } from "../src/jsonld/index.js";
import { eventNodes, googleEventProblems } from "./helpers/google-event-rules.js";
import { sample, sampleConvenings } from "./helpers/samples.js";

async function adobeIssues(doc: unknown) {
  // No schema.org vocabulary: the validator would fetch it from the network, which tests never do.
  return new Validator(null).validate({ jsonld: { Event: [structuredClone(doc)] } });
}

describe("toJsonLd on the sample convenings", () => {
  for (const [name, convening] of sampleConvenings()) {
    it(`meets Google's required Event properties in every Event of ${name}`, async () => {
      // The samples have no public page of their own; the page the JSON-LD sits on stands in.
      const doc = toJsonLd(convening, { url: `https://events.example.org/${convening.id}` });
      const events = eventNodes(doc);
      expect(events.length).toBeGreaterThan(1);
      expect(events.flatMap(([path, e]) => googleEventProblems(e, path).errors)).toEqual([]);
      expect(await adobeIssues(doc)).toEqual([]);
    });
  }
});

describe("toJsonLd", () => {
  const workshops = () => sample("collaborative-workshops-2021.json");

  it("writes a subEvent per session with its offsets, status and attendance mode", () => {
    const doc = toJsonLd(workshops());
    expect(doc["@context"]).toBe("https://schema.org");
    expect(doc.subEvent).toHaveLength(workshops().sessions.length);
    expect(doc.subEvent?.[0]).toMatchObject({
      "@type": "Event",
      startDate: "2021-03-23T11:20:00-04:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    });
    expect(doc.startDate).toBe("2021-03-23T11:20:00-04:00");
  });

  it("never writes a private join link: the public page stands in", () => {
    const text = JSON.stringify(toJsonLd(workshops()));
    expect(text).not.toContain("meet.example.org");
    const withPage = toJsonLd(workshops(), { url: "https://events.example.org/w" });
    expect(withPage.subEvent?.[0]?.location).toEqual([
      { "@type": "VirtualLocation", name: "Breakout room 1", url: "https://events.example.org/w" },
    ]);
    const lnob = JSON.stringify(toJsonLd(sample("lnob-info-session-2022.json")));
    expect(lnob).not.toContain("/stream");
  });

  it("lists speakers the public may see as performers, and no e-mail", () => {
    const c = parseConvening({
      id: "perf",
      title: "Perf",
      timeZone: "UTC",
      startDate: "2024-01-01",
      endDate: "2024-01-01",
      url: "https://events.example.org/perf",
      people: [
        { id: "ana", name: "Ana", email: "ana@example.org" },
        { id: "zoe", name: "Zoe Private", visibility: "private" },
        { id: "att", name: "Attendee Person" },
      ],
      sessions: [
        {
          id: "s",
          title: "S",
          start: "2024-01-01T10:00:00Z",
          end: "2024-01-01T11:00:00Z",
          participants: [
            { memberId: "ana", role: "speaker" },
            { memberId: "zoe", role: "speaker" },
            { memberId: "att", role: "attendee" },
          ],
        },
      ],
    });
    const doc = toJsonLd(c);
    expect(doc.subEvent?.[0]?.performer).toEqual([{ "@type": "Person", name: "Ana" }]);
    const text = JSON.stringify(doc);
    for (const hidden of ["ana@example.org", "Zoe Private", "Attendee Person"])
      expect(text).not.toContain(hidden);
  });

  it("writes offers from the registration fee", () => {
    const c = parseConvening({
      id: "paid",
      title: "Paid",
      timeZone: "Africa/Nairobi",
      startDate: "2024-01-01",
      endDate: "2024-01-01",
      registration: {
        url: "https://events.example.org/register",
        fee: { amount: 1500, currency: "KES" },
        opens: "2023-12-01T09:00:00+03:00",
      },
    });
    expect(toJsonLd(c).offers).toEqual({
      "@type": "Offer",
      price: 1500,
      priceCurrency: "KES",
      url: "https://events.example.org/register",
      validFrom: "2023-12-01T09:00:00+03:00",
    });
  });

  it("gives a moved series occurrence EventRescheduled and its previousStartDate", () => {
    const c = parseConvening({
      id: "moved",
      title: "Moved",
      timeZone: "Europe/London",
      startDate: "2024-01-02",
      endDate: "2024-01-31",
      series: [
        {
          id: "weekly",
          title: "Weekly call",
          timeZone: "Europe/London",
          firstDate: "2024-01-02",
          startTime: "10:00",
          duration: "PT1H",
          rule: { freq: "weekly", byWeekday: ["tu"], count: 3 },
          overrides: [{ date: "2024-01-09", newDate: "2024-01-10" }],
        },
      ],
    });
    const series = toJsonLd(c).subEvent?.[0] as {
      "@type": string;
      subEvent: Record<string, unknown>[];
    };
    expect(series["@type"]).toBe("EventSeries");
    expect(series.subEvent[1]).toMatchObject({
      eventStatus: "https://schema.org/EventRescheduled",
      startDate: "2024-01-10T10:00:00+00:00",
      previousStartDate: "2024-01-09T10:00:00+00:00",
    });
  });

  it("refuses an unparsed convening and a bad language", () => {
    expect(() => toJsonLd(JSON.parse(JSON.stringify(workshops())))).toThrow(NotParsedError);
    expect(() => toJsonLd(workshops(), { language: "en_US" })).toThrow(FormatOptionsError);
  });
});

describe("@adobe/structured-data-validator", () => {
  it("reports what it checks in an Event's tree: an organizer or performer without a name", async () => {
    const issues = await adobeIssues({
      "@type": "Event",
      name: "x",
      organizer: { "@type": "Organization" },
    });
    expect(issues.map((i) => i.issueMessage)).toEqual(['Required attribute "name" is missing']);
  });
});

describe("the Google rules helper", () => {
  it("reports a missing location and a date without offset", () => {
    const problems = googleEventProblems({
      "@type": "Event",
      name: "x",
      startDate: "2024-01-01T10:00:00",
    });
    expect(problems.errors).toEqual([
      "Event: startDate 2024-01-01T10:00:00 is not an ISO 8601 date or date-time with offset",
      "Event: location is required",
    ]);
  });
});

describe("jsonLdScript", () => {
  it("cannot be closed by a title", () => {
    const html = jsonLdScript({ name: "</script><script>alert(1)</script>" });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(html.slice(html.indexOf(">") + 1, -"</script>".length))).toEqual({
      name: "</script><script>alert(1)</script>",
    });
  });
});
