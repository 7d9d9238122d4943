import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  calendarName,
  dataDir,
  masterEvent,
  memberPath,
  memberSecret,
  ms,
  occurrenceStarts,
  parseIcs,
  sampleData,
  startServer,
  uidsOf,
} from "./helpers.mjs";

const data = sampleData();
let server;

beforeAll(async () => {
  server = await startServer({ dataDir, memberSecret });
});
afterAll(() => server.close());

async function calendar(path) {
  const response = await server.fetch(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  return parseIcs(await response.text());
}

// The sample series, with every start worked out by hand from the documents (and the seeds they
// copy): what ical.js expands from the feed must be exactly these instants.
const SERIES = {
  "exploratory-committee-calls": {
    summary: "WE Alliance exploratory committee call",
    // Every other Wednesday from 27 July to 16 November 2011, 14:00 UTC.
    starts: ["07-27", "08-10", "08-24", "09-07", "09-21", "10-05", "10-19", "11-02", "11-16"].map(
      (d) => `2011-${d}T14:00:00.000Z`,
    ),
  },
  "capacity-builders-convergence": {
    summary: "Capacity Builders Convergence",
    // About once a quarter, 15:00 UTC, on the dates the organisers announced.
    starts: [
      "2022-04-19",
      "2022-06-21",
      "2022-09-20",
      "2022-11-15",
      "2023-02-21",
      "2023-05-16",
      "2023-07-18",
      "2023-10-17",
    ].map((d) => `${d}T15:00:00.000Z`),
  },
  "peer-learning-circle-calls": {
    summary: "Peer learning circle",
    // Third Thursday, 15:00 London: BST (14:00Z) until 29 October 2017, GMT after; six by COUNT,
    // December's call cancelled.
    starts: [
      "2017-09-21T14:00:00.000Z",
      "2017-10-19T14:00:00.000Z",
      "2017-11-16T15:00:00.000Z",
      "2018-01-18T15:00:00.000Z",
      "2018-02-15T15:00:00.000Z",
    ],
  },
  "shared-curriculum-calls": {
    summary: "Shared curriculum working session",
    // Every other Tuesday until 12 December 2017, 10:00 New York: EDT (14:00Z) until 5 November.
    starts: [
      "2017-10-03T14:00:00.000Z",
      "2017-10-17T14:00:00.000Z",
      "2017-10-31T14:00:00.000Z",
      "2017-11-14T15:00:00.000Z",
      "2017-11-28T15:00:00.000Z",
      "2017-12-12T15:00:00.000Z",
    ],
  },
};

describe("/convenings/:id.ics", () => {
  it("serves every sample convening", () => {
    expect(data.convenings.map((c) => c.id).sort()).toEqual([
      "capacity-builder-convergences",
      "collaborative-workshops-2021",
      "lnob-info-session-2022",
      "we-alliance-exploratory-committee-2011",
    ]);
  });

  for (const convening of sampleData().convenings) {
    describe(convening.id, () => {
      it("holds one event per session and series, with the stable UIDs <id>@<domain>", async () => {
        const vcalendar = await calendar(`/convenings/${convening.id}.ics`);
        const domain = data.domainOf(convening);
        const expected = [...(convening.sessions ?? []), ...(convening.series ?? [])].map(
          (s) => `${s.id}@${domain}`,
        );
        expect(expected.length).toBeGreaterThan(0);
        expect([...uidsOf(vcalendar)].sort()).toEqual(expected.sort());
      });

      it("puts every session at the instant the document gives, whatever the zone", async () => {
        const vcalendar = await calendar(`/convenings/${convening.id}.ics`);
        const domain = data.domainOf(convening);
        for (const session of convening.sessions ?? []) {
          const vevent = masterEvent(vcalendar, `${session.id}@${domain}`);
          expect(ms(vevent.getFirstPropertyValue("dtstart")), session.id).toBe(
            Date.parse(session.start),
          );
          expect(ms(vevent.getFirstPropertyValue("dtend")), session.id).toBe(
            Date.parse(session.end),
          );
          expect(vevent.getFirstPropertyValue("summary")).toBe(session.title);
        }
      });

      it("is named after the convening", async () => {
        const vcalendar = await calendar(`/convenings/${convening.id}.ics`);
        expect(calendarName(vcalendar)).toBe(convening.title);
      });
    });
  }

  it("keeps 11:20 New York wall time for the first workshop day (EDT, 15:20 UTC)", async () => {
    const vcalendar = await calendar("/convenings/collaborative-workshops-2021.ics");
    const vevent = masterEvent(vcalendar, "power-of-a-story@collaborative-workshops-2021");
    expect(vevent.getFirstProperty("dtstart").getParameter("tzid")).toBe("America/New_York");
    expect(new Date(ms(vevent.getFirstPropertyValue("dtstart"))).toISOString()).toBe(
      "2021-03-23T15:20:00.000Z",
    );
  });
});

describe("/series/:id.ics", () => {
  it("serves every series of the convenings and of the directory", () => {
    const ids = data.sources.flatMap((s) => s.series.map((x) => x.id));
    expect(ids.sort()).toEqual(Object.keys(SERIES).sort());
  });

  for (const [id, { summary, starts }] of Object.entries(SERIES)) {
    it(`${id}: one recurring event whose occurrences fall on the instants the document means`, async () => {
      const vcalendar = await calendar(`/series/${id}.ics`);
      const source = data.sources.find((s) => s.series.some((x) => x.id === id));
      const uid = `${id}@${source.domain}`;
      // Only this series: overridden occurrences are RECURRENCE-ID instances of the same UID.
      expect([...uidsOf(vcalendar)]).toEqual([uid]);
      const master = masterEvent(vcalendar, uid);
      expect(master.getFirstPropertyValue("summary")).toBe(summary);
      expect(occurrenceStarts(master)).toEqual(starts);
      expect(calendarName(vcalendar)).toBe(summary);
    });
  }

  it("gives an overridden occurrence its own theme, at the series' time", async () => {
    const vcalendar = await calendar("/series/capacity-builders-convergence.ics");
    const instance = vcalendar
      .getAllSubcomponents("vevent")
      .find(
        (e) =>
          e.getFirstPropertyValue("summary") ===
          "Philosophy, Practice and Purposes of Our Capacity Building",
      );
    expect(new Date(ms(instance.getFirstPropertyValue("recurrence-id"))).toISOString()).toBe(
      "2023-10-17T15:00:00.000Z",
    );
    expect(new Date(ms(instance.getFirstPropertyValue("dtstart"))).toISOString()).toBe(
      "2023-10-17T15:00:00.000Z",
    );
  });
});

describe("/members/:id.ics", () => {
  const withEvents = data.members.filter((m) => data.memberUids(m.id).size > 0);

  it("has sample members with sessions, with group calls, and with nothing scheduled", () => {
    expect(withEvents.length).toBeGreaterThan(30);
    expect(data.memberUids("asha-m")).toEqual(
      new Set(["communities-organizing@collaborative-workshops-2021"]),
    );
    expect(data.memberUids("ana-l").size).toBe(2);
    expect(data.memberUids("michael-silberman").size).toBe(0);
  });

  for (const member of withEvents) {
    it(`${member.id}: exactly their sessions and their groups' series, named for them`, async () => {
      const vcalendar = await calendar(memberPath(member.id));
      expect(uidsOf(vcalendar)).toEqual(data.memberUids(member.id));
      expect(calendarName(vcalendar)).toBe(`${member.name}: sessions and calls`);
    });
  }

  it("keeps each session's instant and UID as in the convening's own feed", async () => {
    const mine = await calendar(memberPath("kofi-a"));
    const theirs = await calendar("/convenings/collaborative-workshops-2021.ics");
    const uid = "bridging-bilateral-and-local@collaborative-workshops-2021";
    for (const prop of ["dtstart", "dtend"]) {
      expect(ms(masterEvent(mine, uid).getFirstPropertyValue(prop))).toBe(
        ms(masterEvent(theirs, uid).getFirstPropertyValue(prop)),
      );
    }
    expect(ms(masterEvent(mine, uid).getFirstPropertyValue("dtstart"))).toBe(
      Date.parse("2021-03-24T11:00:00-04:00"),
    );
  });

  it("merges calls from several zones into one calendar with one VTIMEZONE per zone", async () => {
    // Ana L. is in the peer learning circle (London) and the shared curriculum group (New York).
    const vcalendar = await calendar(memberPath("ana-l"));
    const zones = vcalendar
      .getAllSubcomponents("vtimezone")
      .map((z) => z.getFirstPropertyValue("tzid"));
    expect(zones.sort()).toEqual(["America/New_York", "Europe/London"]);
    expect(
      occurrenceStarts(
        masterEvent(vcalendar, "peer-learning-circle-calls@capacity-builders-directory"),
      ),
    ).toEqual(SERIES["peer-learning-circle-calls"].starts);
    expect(
      occurrenceStarts(
        masterEvent(vcalendar, "shared-curriculum-calls@capacity-builders-directory"),
      ),
    ).toEqual(SERIES["shared-curriculum-calls"].starts);
  });

  it("serves a member with nothing scheduled an empty calendar that clients still subscribe to", async () => {
    const vcalendar = await calendar(memberPath("michael-silberman"));
    expect(vcalendar.getAllSubcomponents("vevent")).toEqual([]);
    expect(calendarName(vcalendar)).toBe("Michael Silberman: sessions and calls");
  });
});
