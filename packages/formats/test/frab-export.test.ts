import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import {
  FormatOptionsError,
  fromFrabJson,
  fromFrabXml,
  NotParsedError,
  sessionGuid,
  toFrabJson,
  toFrabXml,
  toScheduleV2,
} from "../src/frab/index.js";
import { sample, sampleConvenings } from "./helpers/samples.js";
import { frabJsonErrors, frabXmlErrors, scheduleV2Errors } from "./helpers/validators.js";

const workshops = () => sample("collaborative-workshops-2021.json");

describe("the frab exporters on the sample convenings", () => {
  for (const [name, convening] of sampleConvenings()) {
    describe(name, () => {
      it("write schedule.xml that c3voc's XSD accepts", () => {
        expect(frabXmlErrors(toFrabXml(convening))).toEqual([]);
      });
      it("write schedule.json that c3voc's schema.json accepts", () => {
        expect(frabJsonErrors(toFrabJson(convening))).toEqual([]);
      });
      it("write schedule v2 that c3voc's schema2.json accepts", () => {
        expect(scheduleV2Errors(toScheduleV2(convening))).toEqual([]);
      });
    });
  }
});

describe("toFrabJson", () => {
  it("writes every session once, with its offset in the convening's zone and an IANA zone name", () => {
    const c = workshops();
    const json = toFrabJson(c);
    const events = json.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
    expect(events).toHaveLength(c.sessions.length);
    expect(json.schedule.conference.time_zone_name).toBe("America/New_York");
    const first = events.find((e) => e.title === "Communities Organizing for Their Development")!;
    expect(first.date).toBe("2021-03-23T11:20:00-04:00");
    expect(first.start).toBe("11:20");
    expect(first.duration).toBe("00:45");
  });

  it("gives each event the uuid v5 of its iCal UID, the same on every export", () => {
    const c = workshops();
    const a = toFrabJson(c, { domain: "events.example.org" });
    const b = toFrabJson(c, { domain: "events.example.org" });
    expect(a).toEqual(b);
    const ids = a.schedule.conference.days
      .flatMap((d) => Object.values(d.rooms).flat())
      .map((e) => e.guid);
    expect(ids).toContain(sessionGuid("communities-organizing", "events.example.org"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("never writes a private join link, an e-mail or a private member", () => {
    const c = parseConvening({
      id: "privacy-check",
      title: "Privacy",
      timeZone: "Europe/Berlin",
      startDate: "2024-05-02",
      endDate: "2024-05-02",
      venues: [
        { id: "room", kind: "online", name: "Call", url: "https://meet.example.org/secret-join" },
      ],
      people: [
        { id: "ana", name: "Ana", email: "ana@example.org", bio: "Public bio" },
        { id: "hidden", name: "Hidden Person", visibility: "private" },
      ],
      sessions: [
        {
          id: "s1",
          title: "Talk",
          start: "2024-05-02T10:00:00+02:00",
          end: "2024-05-02T11:00:00+02:00",
          venueId: "room",
          participants: [
            { memberId: "ana", role: "speaker" },
            { memberId: "hidden", role: "speaker" },
          ],
        },
      ],
    });
    for (const text of [
      JSON.stringify(toFrabJson(c)),
      toFrabXml(c),
      JSON.stringify(toScheduleV2(c)),
    ]) {
      expect(text).not.toContain("secret-join");
      expect(text).not.toContain("ana@example.org");
      expect(text).not.toContain("Hidden Person");
      expect(text).toContain("Ana");
    }
  });

  it("refuses a convening that did not come out of parseConvening", () => {
    expect(() => toFrabJson(JSON.parse(JSON.stringify(workshops())))).toThrow(NotParsedError);
  });

  it("refuses a domain that is not a host name, naming the option", () => {
    const error = (() => {
      try {
        toFrabJson(workshops(), { domain: "not a domain" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(FormatOptionsError);
    expect(error).toMatchObject({
      code: "invalid_format_option",
      path: ["domain"],
      value: "not a domain",
    });
  });
});

describe("room names", () => {
  it("may be any text, toString and __proto__ included (found by the property tests)", () => {
    const c = parseConvening({
      id: "odd-rooms",
      title: "Odd rooms",
      timeZone: "UTC",
      startDate: "2024-01-01",
      endDate: "2024-01-01",
      venues: [
        { id: "a", kind: "physical", name: "toString" },
        { id: "b", kind: "physical", name: "__proto__" },
      ],
      sessions: [
        {
          id: "s1",
          title: "One",
          venueId: "a",
          start: "2024-01-01T10:00:00Z",
          end: "2024-01-01T11:00:00Z",
        },
        {
          id: "s2",
          title: "Two",
          venueId: "b",
          start: "2024-01-01T10:00:00Z",
          end: "2024-01-01T11:00:00Z",
        },
      ],
    });
    const json = JSON.parse(JSON.stringify(toFrabJson(c)));
    expect(Object.keys(json.schedule.conference.days[0].rooms).sort()).toEqual([
      "__proto__",
      "toString",
    ]);
    expect(frabJsonErrors(json)).toEqual([]);
    const back = fromFrabJson(json).convening;
    const roomOf = (id: string) => {
      const session = back.sessions.find((s) => s.id === id);
      return back.venues.find((v) => v.id === session?.venueId)?.name;
    };
    expect([roomOf("s1"), roomOf("s2")]).toEqual(["toString", "__proto__"]);
  });
});

describe("toFrabXml", () => {
  it("escapes markup in titles and keeps the text", () => {
    const c = parseConvening({
      id: "escape-check",
      title: 'Tags <b> & "quotes"',
      timeZone: "UTC",
      startDate: "2024-01-01",
      endDate: "2024-01-01",
      sessions: [
        {
          id: "s1",
          title: "a < b && c > d ]]>",
          start: "2024-01-01T10:00:00Z",
          end: "2024-01-01T11:00:00Z",
        },
      ],
    });
    const xml = toFrabXml(c);
    expect(frabXmlErrors(xml)).toEqual([]);
    expect(xml).toContain("<title>a &lt; b &amp;&amp; c &gt; d ]]&gt;</title>");
  });

  it("puts a session after midnight on the day before, as frab's days run past midnight", () => {
    const c = parseConvening({
      id: "late-night",
      title: "Late",
      timeZone: "Europe/Berlin",
      startDate: "2024-08-01",
      endDate: "2024-08-02",
      sessions: [
        {
          id: "party",
          title: "Party",
          start: "2024-08-02T01:00:00+02:00",
          end: "2024-08-02T03:00:00+02:00",
        },
      ],
    });
    const json = toFrabJson(c);
    const day = json.schedule.conference.days.find((d) => Object.keys(d.rooms).length > 0)!;
    expect(day.date).toBe("2024-08-01");
    expect(day.day_start).toBe("2024-08-01T04:00:00+02:00");
  });

  it("marks a session with doNotRecord as opted out of recording, and reads it back as the field", () => {
    const c = parseConvening({
      id: "recording-check",
      title: "Rec",
      timeZone: "UTC",
      startDate: "2024-01-01",
      endDate: "2024-01-01",
      sessions: [
        {
          id: "private-talk",
          title: "Off the record",
          doNotRecord: true,
          start: "2024-01-01T10:00:00Z",
          end: "2024-01-01T11:00:00Z",
        },
        {
          id: "open-talk",
          title: "On the record",
          start: "2024-01-01T11:00:00Z",
          end: "2024-01-01T12:00:00Z",
        },
      ],
    });
    const xml = toFrabXml(c);
    expect(xml).toContain("<optout>true</optout>");
    expect(xml).toContain("<optout>false</optout>");
    const events = Object.values(toFrabJson(c).schedule.conference.days[0]!.rooms).flat();
    expect(events.map((e) => [e.title, e.do_not_record])).toEqual([
      ["Off the record", true],
      ["On the record", false],
    ]);
    for (const back of [
      fromFrabXml(xml, { timeZone: "UTC" }).convening,
      fromFrabJson(toFrabJson(c), { timeZone: "UTC" }).convening,
    ]) {
      expect(back.sessions.map((s) => [s.title, s.doNotRecord, s.tags])).toEqual([
        ["Off the record", true, []],
        ["On the record", false, []],
      ]);
    }
  });
});

describe("toScheduleV2", () => {
  it("keeps a cancelled session with state CANCELED, which v1 leaves out", () => {
    const c = parseConvening({
      id: "cancel-check",
      title: "Cancel",
      timeZone: "UTC",
      startDate: "2024-01-01",
      endDate: "2024-01-01",
      sessions: [
        {
          id: "gone",
          title: "Gone",
          status: "cancelled",
          start: "2024-01-01T10:00:00Z",
          end: "2024-01-01T11:00:00Z",
        },
      ],
    });
    expect(toScheduleV2(c).schedule.events).toMatchObject([{ state: "CANCELED", title: "Gone" }]);
    expect(Object.values(toFrabJson(c).schedule.conference.days[0]!.rooms).flat()).toEqual([]);
  });
});
