import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml, indexPage } from "../src/index-page.mjs";
import { dataDir, memberSecret, sampleData, startServer } from "./helpers.mjs";

const data = sampleData();
let server;

beforeAll(async () => {
  server = await startServer({ dataDir });
});
afterAll(() => server.close());

/** Every href on the page. */
function hrefs(html) {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));
}

const convenings = data.convenings.map((c) => `convenings/${c.id}.ics`);
const series = data.sources.flatMap((s) => s.series.map((x) => `series/${x.id}.ics`));

describe("the index page", () => {
  it("is HTML that runs no script and leaks no address through Referer", async () => {
    const response = await server.fetch("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toContain("<script");
  });

  it("links every convening and series feed, each by http(s) and by webcal://", async () => {
    const links = hrefs(await (await server.fetch("/")).text());
    expect(convenings.length + series.length).toBeGreaterThan(5);
    for (const path of [...convenings, ...series]) {
      expect(links, path).toContain(`${server.origin}/${path}`);
      expect(links, path).toContain(`webcal://127.0.0.1:${server.port}/${path}`);
    }
  });

  it("links only addresses the server answers with a calendar", async () => {
    const links = hrefs(await (await server.fetch("/")).text()).filter((h) => h.startsWith("http"));
    for (const link of links) {
      const response = await fetch(link, { method: "HEAD" });
      expect(response.status, link).toBe(200);
      expect(response.headers.get("content-type"), link).toBe("text/calendar; charset=utf-8");
    }
  });

  it("shows the titles and the first meeting of each series in its own zone", async () => {
    const html = await (await server.fetch("/")).text();
    expect(html).toContain("<strong>Collaborative Workshops</strong>");
    expect(html).toContain("Peer learning circle, first 2017-09-21, 3:00p — 4:30p BST");
    expect(html).toContain(
      "WE Alliance exploratory committee, first 2011-07-27, 2:00p — 3:00p UTC",
    );
  });

  it("says nothing about members without a secret: no feed, no name, not the word", async () => {
    const html = await (await server.fetch("/")).text();
    expect(data.members.length).toBeGreaterThan(30);
    expect(html).not.toMatch(/member/i);
    for (const member of data.members) expect(html, member.id).not.toContain(member.name);
  });

  it("lists only feeds written for the public, whatever their kind", () => {
    const feed = (kind, id, audience) => ({ kind, id, title: id, detail: "", ics: "", audience });
    const html = indexPage({
      feeds: [
        feed("series", "open-calls", "public"),
        feed("series", "board-calls", "network"),
        feed("member", "ana-l", "network"),
      ],
      base: new URL("https://feeds.example.org/"),
      memberFeeds: true,
    });
    expect(html).toContain("series/open-calls.ics");
    expect(html).not.toContain("board-calls");
    expect(html).not.toContain("ana-l");
  });

  it("with a secret, tells members how they get their feed without naming any", async () => {
    const keyed = await startServer({ dataDir, memberSecret });
    try {
      const html = await (await keyed.fetch("/")).text();
      expect(html).toContain("npm run member-link");
      expect(html).not.toContain("/members/");
      for (const member of data.members) expect(html, member.id).not.toContain(member.name);
    } finally {
      await keyed.close();
    }
  });
});

describe("where the links point", () => {
  it("builds them from a well-formed Host header", async () => {
    const { body } = await server.raw("/", { Host: "feeds.example.org:8443" });
    const links = hrefs(body);
    expect(links).toContain(
      "http://feeds.example.org:8443/convenings/collaborative-workshops-2021.ics",
    );
    expect(links).toContain(
      "webcal://feeds.example.org:8443/convenings/collaborative-workshops-2021.ics",
    );
  });

  it("falls back to the address the request came in on for a Host that is not a host", async () => {
    for (const host of [
      'evil.example"><script>alert(1)</script>',
      "user@evil.example",
      "evil.example/path",
      "evil.example:99999",
      "evil example",
      "",
    ]) {
      const { status, body } = await server.raw("/", { Host: host });
      expect(status, host).toBe(200);
      expect(body, host).not.toContain("evil");
      expect(body, host).not.toContain("<script");
      expect(hrefs(body), host).toContain(`${server.origin}/series/peer-learning-circle-calls.ics`);
    }
  });

  it("uses a configured base URL, path included, for https and webcal links", async () => {
    const behindProxy = await startServer({
      dataDir,
      baseUrl: "https://feeds.example.org/calendars",
    });
    try {
      const { body } = await behindProxy.raw("/", { Host: "127.0.0.1" });
      const links = hrefs(body);
      for (const path of [...convenings, ...series]) {
        expect(links).toContain(`https://feeds.example.org/calendars/${path}`);
        expect(links).toContain(`webcal://feeds.example.org/calendars/${path}`);
      }
    } finally {
      await behindProxy.close();
    }
  });
});

describe("escaping", () => {
  it("escapes the five characters that matter in HTML text and quoted attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("shows a hostile title as text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "feed-server-index-"));
    try {
      writeFileSync(
        join(dir, "hostile.json"),
        JSON.stringify({
          id: "hostile",
          title: `<script>alert("x")</script> & 'Co' <img src=x onerror=alert(1)>`,
          timeZone: "Europe/Paris",
          startDate: "2024-05-02",
          endDate: "2024-05-02",
          sessions: [
            {
              id: "s1",
              title: "</li><li>fake",
              start: "2024-05-02T10:00:00+02:00",
              end: "2024-05-02T11:00:00+02:00",
            },
          ],
        }),
      );
      const hostile = await startServer({ dataDir: dir });
      try {
        const html = await (await hostile.fetch("/")).text();
        expect(html).toContain(
          "<strong>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; &lt;img src=x onerror=alert(1)&gt;</strong>",
        );
        expect(html).not.toContain("<script");
        expect(html).not.toContain("<img");
      } finally {
        await hostile.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
