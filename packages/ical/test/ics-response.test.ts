import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { CalendarOptionsError, icsResponse, toICS } from "../src/index.js";
import { workshops } from "./fixtures/convenings.js";

const ics = toICS(parseConvening(workshops()));

describe("icsResponse", () => {
  it("serves the calendar as UTF-8 text/calendar with a download name and its exact bytes", async () => {
    const response = icsResponse(ics, { filename: "workshops" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="workshops.ics"; filename*=UTF-8''workshops.ics`,
    );
    const body = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(body)).toBe(ics);
    expect(response.headers.get("Content-Length")).toBe(String(body.length));
  });

  it("keeps a non-ASCII file name exact in filename* with an ASCII fallback", () => {
    const response = icsResponse(ics, {
      filename: "Atelier « récit » 2021.ics",
      disposition: "inline",
    });
    expect(response.headers.get("Content-Disposition")).toBe(
      `inline; filename="Atelier _ r_cit _ 2021.ics"; filename*=UTF-8''Atelier%20%C2%AB%20r%C3%A9cit%20%C2%BB%202021.ics`,
    );
  });

  it("derives a strong ETag from the content: the same for the same bytes, different for any change", () => {
    const a = icsResponse(ics, { filename: "a.ics" }).headers.get("ETag");
    expect(a).toMatch(/^"[0-9a-z]+-[0-9a-f]{16}"$/);
    expect(icsResponse(ics, { filename: "b.ics" }).headers.get("ETag")).toBe(a);
    expect(
      icsResponse(ics.replace("Power", "Powre"), { filename: "a.ics" }).headers.get("ETag"),
    ).not.toBe(a);
  });

  it("lets shared caches keep public feeds and keeps per-member feeds private", () => {
    expect(icsResponse(ics, { filename: "f.ics" }).headers.get("Cache-Control")).toBe(
      "public, max-age=900",
    );
    expect(
      icsResponse(ics, { filename: "f.ics", audience: "private", maxAge: 60 }).headers.get(
        "Cache-Control",
      ),
    ).toBe("private, max-age=60");
  });

  it("answers a poll whose If-None-Match names the current ETag with 304 and no body", async () => {
    const etag = icsResponse(ics, { filename: "f.ics" }).headers.get("ETag")!;
    const request = new Request("https://events.example.org/feed.ics", {
      headers: { "If-None-Match": `W/${etag}, "other"` },
    });
    const response = icsResponse(ics, { filename: "f.ics", request });
    expect(response.status).toBe(304);
    expect(response.headers.get("ETag")).toBe(etag);
    expect(await response.text()).toBe("");
    const stale = new Request("https://events.example.org/feed.ics", {
      headers: { "If-None-Match": '"old"' },
    });
    expect(icsResponse(ics, { filename: "f.ics", request: stale }).status).toBe(200);
  });

  it("answers HEAD with the headers only", async () => {
    const request = new Request("https://events.example.org/feed.ics", { method: "HEAD" });
    const response = icsResponse(ics, { filename: "f.ics", request });
    expect(response.headers.get("Content-Length")).toBe(
      String(new TextEncoder().encode(ics).length),
    );
    expect(await response.text()).toBe("");
  });

  it("refuses a file name with a path or a line break, and text that is not a calendar", () => {
    for (const filename of ["../etc/passwd", "a\r\nSet-Cookie: x=1", "", "x".repeat(201)]) {
      expect(() => icsResponse(ics, { filename })).toThrow(CalendarOptionsError);
    }
    expect(() => icsResponse("<html>", { filename: "f.ics" })).toThrow(/BEGIN:VCALENDAR/);
    expect(() => icsResponse(ics, { filename: "f.ics", maxAge: -1 })).toThrow(CalendarOptionsError);
  });
});
