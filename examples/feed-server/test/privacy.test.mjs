import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberFeedKey } from "../src/member-key.mjs";
import {
  dataDir,
  memberPath,
  memberSecret,
  parseIcs,
  sampleData,
  startServer,
  uidsOf,
  unfold,
} from "./helpers.mjs";

const data = sampleData();
const publicPaths = [
  ...data.convenings.map((c) => `/convenings/${c.id}.ics`),
  ...data.sources.flatMap((s) => s.series.map((x) => `/series/${x.id}.ics`)),
];
const memberPaths = data.members.map((m) => memberPath(m.id));
// The default server (no FEED_SECRET: public feeds only) and one with member feeds.
let open;
let keyed;

beforeAll(async () => {
  [open, keyed] = await Promise.all([
    startServer({ dataDir }),
    startServer({ dataDir, memberSecret }),
  ]);
});
afterAll(() => Promise.all([open.close(), keyed.close()]));

async function text(path, server = path.startsWith("/members/") ? keyed : open) {
  const response = await server.fetch(path);
  expect(response.status, path).toBe(200);
  // Folding may split an address across lines; unfolded, it would be whole again.
  return unfold(await response.text());
}

describe("public feeds (convenings and series)", () => {
  it("carry no e-mail address from the sample data", async () => {
    expect(data.emails.length).toBeGreaterThan(20);
    for (const path of publicPaths) {
      const ics = await text(path);
      for (const email of data.emails) expect(ics, `${email} in ${path}`).not.toContain(email);
      // An ORGANIZER names the publisher by a web address, never by e-mail.
      expect(ics, path).not.toMatch(/mailto:|ATTENDEE/i);
    }
  });

  it("say there is a join link without giving one marked public: false", async () => {
    expect(data.joinLinks.length).toBeGreaterThan(4);
    for (const path of publicPaths) {
      const ics = await text(path);
      for (const link of data.joinLinks) expect(ics, `${link} in ${path}`).not.toContain(link);
      expect(ics, path).not.toContain("+1 555 0100");
    }
    expect(await text("/convenings/collaborative-workshops-2021.ics")).toContain(
      "the join link is shared with registered participants",
    );
  });
});

describe("member feeds", () => {
  it("carry no e-mail address, not even the member's own", async () => {
    for (const path of memberPaths) {
      const ics = await text(path);
      for (const email of data.emails) expect(ics, `${email} in ${path}`).not.toContain(email);
      expect(ics, path).not.toMatch(/mailto:|ATTENDEE/i);
    }
  });

  it("give a participant the join link of their own room, and only of their own rooms", async () => {
    const asha = await text(memberPath("asha-m"));
    expect(asha).toContain(
      "CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO:https://meet.example.org/collaborative-workshops-2021/room-1",
    );
    expect(asha).not.toContain("room-2");
  });

  it("give a committee member the call's link and dial-in", async () => {
    const ics = await text(memberPath("leilani-k"));
    expect(ics).toContain("https://meet.example.org/we-alliance/committee-call");
    expect(ics).toContain("Dial in: +1 555 0100 (United States)\\, PIN 2707");
  });

  it("give the hybrid session's stream link to its speakers", async () => {
    expect(await text(memberPath("annie-namala"))).toContain(
      "https://example.org/lnob-info-session-2022/stream",
    );
  });
});

describe("without FEED_SECRET (the default)", () => {
  it("has no member feeds: every member address, real or not, with a key or not, is the same 404", async () => {
    const answers = await Promise.all(
      [
        "/members/kofi-a.ics",
        "/members/asha-m.ics",
        memberPath("kofi-a"),
        `/members/kofi-a.ics?key=${memberFeedKey("any other secret of enough length", "kofi-a")}`,
        "/members/nobody.ics",
      ].map(async (path) => {
        const response = await open.fetch(path);
        return `${response.status} ${await response.text()}`;
      }),
    );
    expect(new Set(answers)).toEqual(
      new Set(["404 No member feed at this address. Ask the organisers for your link.\n"]),
    );
  });

  it("serves no member feed to a request a reverse proxy forwards from loopback, whatever its headers claim", async () => {
    for (const headers of [
      {},
      { "X-Forwarded-For": "127.0.0.1" },
      { "X-Forwarded-For": "203.0.113.9", "X-Real-IP": "203.0.113.9" },
      { Forwarded: "for=127.0.0.1;host=localhost;proto=http" },
      { Host: "localhost", "X-Forwarded-Host": "localhost" },
    ]) {
      const { status, body } = await open.raw("/members/kofi-a.ics", headers);
      expect(status, JSON.stringify(headers)).toBe(404);
      expect(body).not.toContain("BEGIN:VCALENDAR");
    }
  });

  it("keeps the public feeds open", async () => {
    expect((await open.fetch("/series/exploratory-committee-calls.ics")).status).toBe(200);
  });
});

describe("people hidden from an audience", () => {
  const dir = mkdtempSync(join(tmpdir(), "feed-server-privacy-"));
  let hidden;
  let hiddenOpen;

  beforeAll(async () => {
    writeFileSync(
      join(dir, "circle.json"),
      JSON.stringify({
        id: "circle",
        title: "Circle",
        timeZone: "Africa/Nairobi",
        startDate: "2024-06-04",
        endDate: "2024-06-05",
        people: [
          {
            id: "open-o",
            name: "Open Person",
            email: "open.o@example.net",
            fieldVisibility: { email: "public" },
          },
          {
            id: "net-n",
            name: "Network Person",
            email: "net.n@example.net",
            visibility: "network",
          },
          {
            id: "priv-p",
            name: "Private Person",
            email: "priv.p@example.net",
            visibility: "private",
          },
          { id: "reg-r", name: "Registered Person", email: "reg.r@example.net" },
          { id: "wait-w", name: "Waiting Person", email: "wait.w@example.net" },
          { id: "all-a", name: "All-in Person", email: "all.a@example.net" },
        ],
        sessions: [
          {
            id: "talk",
            title: "Talk",
            start: "2024-06-04T10:00:00+03:00",
            end: "2024-06-04T11:00:00+03:00",
            participants: [
              { memberId: "open-o", role: "moderator" },
              { memberId: "net-n", role: "speaker" },
              { memberId: "priv-p", role: "speaker" },
            ],
          },
          {
            id: "walk",
            title: "Walk",
            start: "2024-06-05T10:00:00+03:00",
            end: "2024-06-05T11:00:00+03:00",
          },
        ],
        registrations: [
          { id: "r1", memberId: "reg-r", target: "walk", status: "registered" },
          { id: "r2", memberId: "wait-w", target: "walk", status: "waitlisted" },
          { id: "r3", memberId: "all-a", target: "circle", status: "registered" },
        ],
      }),
    );
    [hidden, hiddenOpen] = await Promise.all([
      startServer({ dataDir: dir, memberSecret }),
      startServer({ dataDir: dir }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([hidden.close(), hiddenOpen.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const read = async (path) => unfold(await (await hidden.fetch(path)).text());
  const names = [
    "Open Person",
    "Network Person",
    "Private Person",
    "Registered Person",
    "Waiting Person",
    "All-in Person",
  ];

  it("the index page names nobody and links no member feed, with a secret or without", async () => {
    for (const server of [hiddenOpen, hidden]) {
      const html = await (await server.fetch("/")).text();
      expect(html).toContain("/convenings/circle.ics");
      expect(html).not.toContain("/members/");
      for (const name of names) expect(html).not.toContain(name);
      expect(html).not.toContain("@example.net");
    }
  });

  it("without a secret the index page says nothing about members at all", async () => {
    const html = await (await hiddenOpen.fetch("/")).text();
    expect(html).not.toMatch(/member/i);
  });

  it("the public feed names public people only, and never an address, even one its owner opened", async () => {
    const ics = await read("/convenings/circle.ics");
    expect(ics).toContain("Moderator: Open Person");
    expect(ics).not.toContain("Network Person");
    expect(ics).not.toContain("Private Person");
    expect(ics).not.toContain("@example.net");
  });

  it("a member's feed names the people the network may see, and never a private member", async () => {
    const ics = await read(memberPath("open-o"));
    expect(ics).toContain("Network Person");
    expect(ics).not.toContain("Private Person");
    expect(ics).not.toContain("@example.net");
  });

  it("a registration brings its session; a waitlisted one does not; the whole convening brings all", async () => {
    expect(uidsOf(parseIcs(await read(memberPath("reg-r"))))).toEqual(new Set(["walk@circle"]));
    expect(uidsOf(parseIcs(await read(memberPath("wait-w"))))).toEqual(new Set());
    expect(uidsOf(parseIcs(await read(memberPath("all-a"))))).toEqual(
      new Set(["talk@circle", "walk@circle"]),
    );
  });
});

describe("member feeds behind a secret", () => {
  const secret = memberSecret;

  it("serve the feed at the address with the member's key", async () => {
    const response = await keyed.fetch(
      `/members/kofi-a.ics?key=${memberFeedKey(secret, "kofi-a")}`,
    );
    expect(response.status).toBe(200);
    expect(uidsOf(parseIcs(await response.text()))).toEqual(data.memberUids("kofi-a"));
  });

  it("answer a missing key, a wrong key, another member's key and an unknown member alike", async () => {
    const answers = await Promise.all(
      [
        "/members/kofi-a.ics",
        "/members/kofi-a.ics?key=",
        "/members/kofi-a.ics?key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        `/members/kofi-a.ics?key=${memberFeedKey(secret, "asha-m")}`,
        `/members/kofi-a.ics?key=${memberFeedKey("another secret of enough length", "kofi-a")}`,
        `/members/nobody.ics?key=${memberFeedKey(secret, "nobody")}`,
      ].map(async (path) => {
        const response = await keyed.fetch(path);
        return `${response.status} ${await response.text()}`;
      }),
    );
    expect(new Set(answers)).toEqual(
      new Set(["404 No member feed at this address. Ask the organisers for your link.\n"]),
    );
  });

  it("keep public feeds open", async () => {
    expect((await keyed.fetch("/series/exploratory-committee-calls.ics")).status).toBe(200);
  });

  it("are not listed on the index page", async () => {
    const html = await (await keyed.fetch("/")).text();
    expect(html).not.toContain("/members/");
    expect(html).toContain("/convenings/collaborative-workshops-2021.ics");
  });

  it("derive a key per member and per secret", () => {
    const key = memberFeedKey(secret, "kofi-a");
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(memberFeedKey(secret, "kofi-a")).toBe(key);
    expect(memberFeedKey(secret, "asha-m")).not.toBe(key);
    expect(memberFeedKey(`${secret}!`, "kofi-a")).not.toBe(key);
  });
});
