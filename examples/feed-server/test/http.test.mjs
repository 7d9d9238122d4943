import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDir, memberPath, memberSecret, startServer } from "./helpers.mjs";

let server;

beforeAll(async () => {
  server = await startServer({ dataDir, memberSecret });
});
afterAll(() => server.close());

const FEEDS = [
  "/convenings/collaborative-workshops-2021.ics",
  "/series/peer-learning-circle-calls.ics",
  memberPath("kofi-a"),
];

describe("caching: ETag and If-None-Match", () => {
  for (const path of FEEDS) {
    describe(path, () => {
      it("answers a repeated poll with 304 and no body when the feed is unchanged", async () => {
        const first = await server.fetch(path);
        const etag = first.headers.get("etag");
        expect(etag).toMatch(/^"[^"]+"$/);
        await first.arrayBuffer();
        const again = await server.fetch(path, { headers: { "If-None-Match": etag } });
        expect(again.status).toBe(304);
        expect(again.headers.get("etag")).toBe(etag);
        expect(await again.text()).toBe("");
      });

      it("gives the same ETag for the same bytes on every request", async () => {
        const a = await server.fetch(path);
        const b = await server.fetch(path);
        expect(await a.text()).toBe(await b.text());
        expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
      });

      it("matches weakly (a W/ prefix from a proxy) and within a list, and sends the feed for another tag", async () => {
        const etag = (await server.fetch(path, { method: "HEAD" })).headers.get("etag");
        const weak = await server.fetch(path, { headers: { "If-None-Match": `W/${etag}` } });
        expect(weak.status).toBe(304);
        const listed = await server.fetch(path, { headers: { "If-None-Match": `"old", ${etag}` } });
        expect(listed.status).toBe(304);
        const other = await server.fetch(path, { headers: { "If-None-Match": '"not-this-one"' } });
        expect(other.status).toBe(200);
        expect(await other.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
      });
    });
  }

  it("streams every feed in chunks as it is written, with no Content-Length to wait for", async () => {
    for (const path of FEEDS) {
      const response = await server.fetch(path);
      expect(response.headers.get("transfer-encoding"), path).toBe("chunked");
      expect(response.headers.get("content-length"), path).toBeNull();
      expect(await response.text(), path).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    }
  });

  it("keeps each feed's ETag across restarts on the same data, and changes every one when a file changes", async () => {
    const copy = mkdtempSync(join(tmpdir(), "feed-data-"));
    try {
      for (const name of readdirSync(dataDir).filter((n) => n.endsWith(".json")))
        copyFileSync(join(dataDir, name), join(copy, name));
      const etags = async () => {
        const other = await startServer({ dataDir: copy, memberSecret });
        try {
          return await Promise.all(
            FEEDS.map(async (path) =>
              (await other.fetch(path, { method: "HEAD" })).headers.get("etag"),
            ),
          );
        } finally {
          await other.close();
        }
      };
      const before = await etags();
      expect(await etags()).toEqual(before);
      expect(new Set(before).size).toBe(FEEDS.length);
      const file = join(copy, "collaborative-workshops-2021.json");
      const doc = JSON.parse(readFileSync(file, "utf8"));
      doc.sessions[0].title = `${typeof doc.sessions[0].title === "string" ? doc.sessions[0].title : "Session"} (moved)`;
      writeFileSync(file, JSON.stringify(doc));
      const after = await etags();
      for (let i = 0; i < FEEDS.length; i++) expect(after[i], FEEDS[i]).not.toBe(before[i]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("lets shared caches keep public feeds and only the member's own client keep a member feed", async () => {
    const publicFeed = await server.fetch(FEEDS[0], { method: "HEAD" });
    expect(publicFeed.headers.get("cache-control")).toBe("public, max-age=900");
    const memberFeed = await server.fetch(FEEDS[2], { method: "HEAD" });
    expect(memberFeed.headers.get("cache-control")).toBe("private, max-age=900");
    expect(memberFeed.headers.get("x-robots-tag")).toBe("noindex");
  });

  it("offers the feed as <id>.ics", async () => {
    const response = await server.fetch(FEEDS[1], { method: "HEAD" });
    expect(response.headers.get("content-disposition")).toContain(
      'filename="peer-learning-circle-calls.ics"',
    );
  });
});

describe("HEAD", () => {
  for (const path of [...FEEDS, "/"]) {
    it(`${path}: the headers of GET, no body`, async () => {
      const get = await server.fetch(path);
      const bytes = Buffer.from(await get.arrayBuffer());
      const head = await server.fetch(path, { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe("");
      expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
      // Feeds are streamed (no Content-Length on either); the index page is sent whole.
      expect(head.headers.get("content-length")).toBe(get.headers.get("content-length"));
      if (path === "/") expect(Number(head.headers.get("content-length"))).toBe(bytes.length);
      expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    });
  }

  it("answers HEAD for an unknown feed with 404 and no body", async () => {
    const head = await server.fetch("/convenings/no-such-convening.ics", { method: "HEAD" });
    expect(head.status).toBe(404);
    expect(await head.text()).toBe("");
  });
});

describe("404", () => {
  async function notFound(path) {
    const response = await server.fetch(path);
    expect(response.status, path).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    return response.text();
  }

  it("names the unknown id and the kind of feed", async () => {
    expect(await notFound("/convenings/no-such-convening.ics")).toBe(
      'No convening with id "no-such-convening" here. Every feed is listed at /.\n',
    );
    expect(await notFound("/series/no-such-series.ics")).toContain(
      'No series with id "no-such-series"',
    );
    // A member address names nothing: an unknown member and a wrong key get one answer.
    expect(await notFound("/members/no-such-member.ics")).toBe(
      "No member feed at this address. Ask the organisers for your link.\n",
    );
  });

  it("does not look up an id that breaks the schema's id rule, and does not echo it", async () => {
    for (const path of [
      "/members/%20kofi-a.ics",
      "/members/-kofi-a.ics",
      "/convenings/..%2F..%2Fpackage.json.ics",
      "/series/a%0D%0AX-Injected:1.ics",
      "/series/%E0%A4%A.ics",
      "/convenings/.ics",
      `/convenings/${"a".repeat(129)}.ics`,
    ]) {
      const text = await notFound(path);
      expect(text, path).toMatch(/^Not found: that is not a (convening|series|member) id\./);
      expect(text).not.toContain("Injected");
    }
  });

  it("accepts every id the rule allows, dots and underscores included", async () => {
    expect(await notFound("/series/a.b_c-d.ics")).toContain('No series with id "a.b_c-d"');
  });

  it("answers a path that is not a route with the routes there are", async () => {
    for (const path of [
      "/nope",
      "/index.html",
      "/convenings",
      "/convenings/",
      "/convenings/collaborative-workshops-2021",
      "/convenings/collaborative-workshops-2021.ics/more",
      "/CONVENINGS/collaborative-workshops-2021.ics",
      "/__proto__/x.ics",
      "/constructor/x.ics",
      "//convenings/x.ics",
      "//elsewhere.example/convenings/collaborative-workshops-2021.ics",
    ]) {
      expect(await notFound(path), path).toContain(
        "feeds at /convenings/<id>.ics, /series/<id>.ics and /members/<id>.ics",
      );
    }
  });
});

describe("405", () => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
    it(`refuses ${method} on feeds and the index, naming what is allowed`, async () => {
      for (const path of ["/", ...FEEDS, "/convenings/no-such-convening.ics"]) {
        const response = await server.fetch(path, { method });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get("allow")).toBe("GET, HEAD");
        expect(await response.text()).toBe(
          `${method} is not allowed here: this server answers GET and HEAD.\n`,
        );
      }
    });
  }
});
