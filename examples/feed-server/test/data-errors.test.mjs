import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isConveningValidationError } from "@convening/schema";
import { afterAll, describe, expect, it } from "vitest";
import { createFeedServer } from "../src/create-feed-server.mjs";
import { FeedServerError, isFeedServerError } from "../src/errors.mjs";
import {
  calendarName,
  dataDir,
  memberPath,
  memberSecret,
  parseIcs,
  startServer,
} from "./helpers.mjs";

const dirs = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A data folder holding these documents (name → JSON). */
function folder(documents) {
  const dir = mkdtempSync(join(tmpdir(), "feed-server-data-"));
  dirs.push(dir);
  for (const [name, json] of Object.entries(documents)) {
    writeFileSync(join(dir, name), typeof json === "string" ? json : JSON.stringify(json));
  }
  return dir;
}

const convening = (id, extra = {}) => ({
  id,
  title: `Convening ${id}`,
  timeZone: "Asia/Kolkata",
  startDate: "2024-02-01",
  endDate: "2024-02-01",
  sessions: [
    {
      id: "opening",
      title: "Opening",
      start: "2024-02-01T10:00:00+05:30",
      end: "2024-02-01T11:00:00+05:30",
    },
  ],
  ...extra,
});

const series = (id) => ({
  id,
  title: "Monthly call",
  timeZone: "UTC",
  firstDate: "2024-01-10",
  startTime: "12:00",
  duration: "PT1H",
  rule: { freq: "monthly", count: 3 },
});

/** The FeedServerError createFeedServer throws for these options. */
function failure(options) {
  try {
    createFeedServer(options);
  } catch (error) {
    expect(isFeedServerError(error)).toBe(true);
    expect(error).toBeInstanceOf(FeedServerError);
    return error;
  }
  throw new Error("createFeedServer did not throw");
}

describe("createFeedServer refuses data it cannot serve correctly", () => {
  it("a data folder that does not exist", () => {
    const error = failure({ dataDir: join(tmpdir(), "feed-server-no-such-folder") });
    expect(error.code).toBe("unreadable_data");
    expect(error.option).toBe("dataDir");
    expect(error.cause.code).toBe("ENOENT");
  });

  it("no data folder at all", () => {
    expect(failure({}).code).toBe("invalid_option");
  });

  it("a folder with nothing to serve", () => {
    expect(failure({ dataDir: folder({ "notes.txt": "not json" }) }).code).toBe("unreadable_data");
  });

  it("a document that is not JSON, naming the file", () => {
    const dir = folder({ "bad.json": "{ nope" });
    const error = failure({ dataDir: dir });
    expect(error.code).toBe("invalid_document");
    expect(error.file).toBe(join(dir, "bad.json"));
  });

  it("an invalid convening, with every issue the schema found", () => {
    const dir = folder({
      "broken.json": convening("broken", {
        sessions: [
          {
            id: "s",
            title: "S",
            start: "2024-02-01T10:00:00-05:00",
            end: "2024-02-01T09:00:00+05:30",
          },
        ],
      }),
    });
    const error = failure({ dataDir: dir });
    expect(error.code).toBe("invalid_document");
    expect(error.file).toBe(join(dir, "broken.json"));
    expect(isConveningValidationError(error.cause)).toBe(true);
    expect(error.message).toContain("offset_mismatch");
  });

  it("the sample folder's deliberately broken document is not read (it sits in a subfolder)", () => {
    expect(() => createFeedServer({ dataDir })).not.toThrow();
  });

  it("two directories", () => {
    const dir = folder({ "a.json": { members: [] }, "b.json": { organizations: [] } });
    expect(failure({ dataDir: dir }).code).toBe("invalid_document");
  });

  it("one convening id in two files", () => {
    const dir = folder({ "one.json": convening("same"), "two.json": convening("same") });
    const error = failure({ dataDir: dir });
    expect(error.code).toBe("duplicate_id");
    expect(error.value).toBe("same");
  });

  it("one series id in a convening and in the directory", () => {
    const dir = folder({
      "network.json": { series: [series("monthly")] },
      "c.json": convening("c", { series: [series("monthly")] }),
    });
    const error = failure({ dataDir: dir });
    expect(error.code).toBe("duplicate_id");
    expect(error.value).toBe("monthly");
  });

  it("two convenings whose events would share a calendar UID", () => {
    // Same host in their url, so both UIDs are opening@events.example.org.
    const dir = folder({
      "a.json": convening("a", { url: "https://events.example.org/a" }),
      "b.json": convening("b", { url: "https://events.example.org/b" }),
    });
    const error = failure({ dataDir: dir });
    expect(error.code).toBe("duplicate_id");
    expect(error.value).toBe("opening@events.example.org");
  });

  it("serves the same session id in convenings with different UID domains", () => {
    const dir = folder({ "a.json": convening("a"), "b.json": convening("b") });
    expect(() => createFeedServer({ dataDir: dir })).not.toThrow();
  });

  it("ignores subfolders and files that are not .json", () => {
    const dir = folder({ "a.json": convening("a"), "README.md": "# notes" });
    mkdirSync(join(dir, "drafts"));
    writeFileSync(join(dir, "drafts", "draft.json"), "{ not even json");
    expect(() => createFeedServer({ dataDir: dir })).not.toThrow();
  });

  it("a directory whose file name cannot be a UID domain", () => {
    const dir = folder({ "my network.json": { series: [series("monthly")] } });
    const error = failure({ dataDir: dir });
    expect(error.code).toBe("invalid_document");
    expect(error.value).toBe("my network");
  });
});

describe("createFeedServer serves documents at the schema's limits", () => {
  it("names a member's feed by their name alone when the usual title would pass 500 characters", async () => {
    const name = `${"Name ".repeat(99)}Last`; // 499 characters: no room for ": sessions and calls"
    const dir = folder({
      "c.json": convening("c", {
        people: [{ id: "long-name", name }],
        sessions: [
          {
            id: "opening",
            title: "Opening",
            start: "2024-02-01T10:00:00+05:30",
            end: "2024-02-01T11:00:00+05:30",
            participants: [{ memberId: "long-name", role: "speaker" }],
          },
        ],
      }),
    });
    const server = await startServer({ dataDir: dir, memberSecret });
    try {
      const vcalendar = parseIcs(await (await server.fetch(memberPath("long-name"))).text());
      expect(calendarName(vcalendar)).toBe(name);
      expect(vcalendar.getAllSubcomponents("vevent").length).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe("createFeedServer refuses options it cannot honour", () => {
  it("a base URL that is not an absolute http(s) URL", () => {
    for (const baseUrl of [
      "feeds.example.org",
      "ftp://feeds.example.org/",
      "https://u:p@feeds.example.org/",
      "https://feeds.example.org/?a=1",
      42,
    ]) {
      const error = failure({ dataDir, baseUrl });
      expect(error.code, String(baseUrl)).toBe("invalid_option");
      expect(error.option).toBe("baseUrl");
    }
  });

  it("a member secret too short to guess-proof the addresses, without echoing it", () => {
    const error = failure({ dataDir, memberSecret: "hunter2" });
    expect(error.code).toBe("invalid_option");
    expect(error.option).toBe("memberSecret");
    expect(error.value).toBeUndefined();
    expect(error.message).not.toContain("hunter2");
  });
});
