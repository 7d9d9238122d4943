// The one smoke test every runtime in the matrix runs against the packed tarballs. Plain ESM and
// no test framework, so Node, Deno and Bun run this file as it is, and workerd and Chromium run
// it from an esbuild bundle. It uses only the flow that stays the same across API changes:
// parse, format in zones, toICS, toICSStream, calendarLinks, icsResponse, and a frab schedule.xml
// out and in.
import { fromFrabXml, sessionGuid, toFrabXml } from "@convening/formats/frab";
import { toJsonLd } from "@convening/formats/jsonld";
import { calendarLinks, icsResponse, toICS, toICSStream } from "@convening/ical";
import { parseConvening } from "@convening/schema";
import { formatInZones } from "@convening/time";

/** The first session of examples/data/collaborative-workshops-2021.json, inline so bundles need no file system. */
const doc = {
  id: "collaborative-workshops-2021",
  title: "Collaborative Workshops",
  timeZone: "America/New_York",
  displayZones: ["America/New_York", "Europe/London", "Africa/Nairobi"],
  startDate: "2021-03-23",
  endDate: "2021-03-24",
  status: "scheduled",
  attendanceMode: "online",
  languages: ["en"],
  venues: [
    {
      id: "breakout-room-1",
      kind: "online",
      name: "Breakout room 1",
      url: "https://meet.example.org/collaborative-workshops-2021/room-1",
      public: false,
    },
  ],
  people: [
    { id: "asha-m", name: "Asha M.", timeZone: "Africa/Nairobi" },
    { id: "rafael-q", name: "Rafael Q.", timeZone: "America/Bogota" },
  ],
  sessions: [
    {
      id: "communities-organizing",
      title: "Communities Organizing for Their Development",
      kind: "workshop",
      start: "2021-03-23T11:20:00-04:00",
      end: "2021-03-23T12:05:00-04:00",
      venueId: "breakout-room-1",
      participants: [
        { memberId: "asha-m", role: "facilitator" },
        { memberId: "rafael-q", role: "facilitator" },
      ],
    },
  ],
};

const ZONES = ["America/New_York", "Europe/London", "Africa/Nairobi"];
const EXPECTED_LINES = ["11:20a — 12:05p EDT", "3:20p — 4:05p GMT", "6:20p — 7:05p EAT"];

/**
 * Runs every check and returns `{ ok, lines }` rather than printing, so the workerd and browser
 * entries can hand the result back over HTTP or to the page. A failed check does not stop the
 * rest: one run shows everything that is wrong on a runtime.
 */
export async function smoke() {
  const lines = [];
  let failed = 0;
  const check = async (name, fn) => {
    try {
      await fn();
      lines.push(`ok ${lines.length + 1} - ${name}`);
    } catch (error) {
      failed++;
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      lines.push(`not ok ${lines.length + 1} - ${name}: ${detail}`);
    }
  };
  const expect = (condition, message) => {
    if (!condition) throw new Error(message);
  };

  let c;
  await check("parseConvening", () => {
    c = parseConvening(doc);
    expect(c.sessions.length === 1, `expected 1 session, got ${c.sessions.length}`);
  });
  const session = c?.sessions[0];

  await check("formatInZones", () => {
    const got = formatInZones(session.start, session.end, ZONES);
    expect(
      JSON.stringify(got) === JSON.stringify(EXPECTED_LINES),
      `got ${JSON.stringify(got)}, expected ${JSON.stringify(EXPECTED_LINES)}`,
    );
  });

  let ics;
  await check("toICS", () => {
    ics = toICS(c, { domain: "events.example.org" });
    // Unfold RFC 5545 continuation lines so a long property cannot hide a match.
    const text = ics.replace(/\r\n[ \t]/g, "");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n"), "does not start with BEGIN:VCALENDAR");
    expect(
      text.includes(`\r\nUID:${session.id}@events.example.org\r\n`),
      `no UID:${session.id}@events.example.org`,
    );
    expect(
      /BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\n/.test(text),
      "no VTIMEZONE for America/New_York",
    );
  });

  await check("toICSStream", async () => {
    // The runtime's own ReadableStream, TextEncoder and Response: the same bytes as toICS.
    const stream = toICSStream(c, { domain: "events.example.org" });
    expect(typeof stream.getReader === "function", "not a ReadableStream");
    const res = icsResponse(stream, { filename: "x.ics" });
    const type = res.headers.get("content-type");
    expect(type === "text/calendar; charset=utf-8", `content-type is ${type}`);
    expect(res.headers.get("etag") === null, "a streamed response has an ETag");
    expect((await res.text()) === ics, "streamed bytes differ from toICS");
  });

  await check("calendarLinks", () => {
    const links = calendarLinks(session, c);
    expect(JSON.stringify(links).includes("https://"), "no https link");
  });

  await check("icsResponse", async () => {
    const res = icsResponse(ics, { filename: "x.ics" });
    const type = res.headers.get("content-type");
    expect(type === "text/calendar; charset=utf-8", `content-type is ${type}`);
    expect((await res.text()) === ics, "body is not the ICS text");
  });

  // uuid v5 (SHA-1) and the XML parser are the formats package's runtime-sensitive parts.
  await check("toFrabXml / fromFrabXml", () => {
    const xml = toFrabXml(c, { domain: "events.example.org" });
    const guid = sessionGuid(session.id, "events.example.org");
    expect(xml.includes(`<event guid="${guid}"`), `no event with guid ${guid}`);
    expect(xml.includes("<date>2021-03-23T11:20:00-04:00</date>"), "no date with its offset");
    const back = fromFrabXml(xml).convening.sessions;
    expect(
      back.length === 1 && back[0].id === session.id,
      `read back ${JSON.stringify(back.map((s) => s.id))}`,
    );
    expect(back[0].start === session.start, `start ${back[0].start}`);
  });

  await check("toJsonLd", () => {
    const ld = toJsonLd(c);
    expect(
      ld.subEvent?.[0]?.startDate === session.start,
      `subEvent start ${ld.subEvent?.[0]?.startDate}`,
    );
    expect(!JSON.stringify(ld).includes("meet.example.org"), "private join link in JSON-LD");
  });

  return { ok: failed === 0, lines };
}

// Run directly (Node, Deno, Bun): print the lines and fail the process. The bundles define
// SMOKE_EMBEDDED and call smoke() from their own entry instead.
if (typeof SMOKE_EMBEDDED === "undefined") {
  const { ok, lines } = await smoke();
  for (const line of lines) console.log(line);
  if (!ok) process.exit(1);
}
