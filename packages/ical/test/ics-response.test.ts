import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { CalendarOptionsError, icsResponse, toICS, toICSStream } from "../src/index.js";
import { workshops } from "./fixtures/convenings.js";

const convening = parseConvening(workshops());
const ics = toICS(convening);

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

describe("icsResponse with a stream", () => {
  /** A stream that records whether it was cancelled, standing in for toICSStream's. */
  function watched(): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode(ics));
        controller.close();
      },
      cancel() {
        cancelled = true;
      },
    });
    return { stream, cancelled: () => cancelled };
  }

  it("sends toICSStream's bytes with the headers of text, but no ETag or Content-Length", async () => {
    const response = icsResponse(toICSStream(convening), {
      filename: "workshops",
      audience: "network",
      maxAge: 60,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="workshops.ics"; filename*=UTF-8''workshops.ics`,
    );
    expect(response.headers.get("Cache-Control")).toBe("private, max-age=60");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("ETag")).toBeNull();
    expect(response.headers.get("Content-Length")).toBeNull();
    expect(await response.text()).toBe(ics);
  });

  it("cannot match an ETag it does not have, so a poll naming one gets the calendar", async () => {
    const etag = icsResponse(ics, { filename: "f.ics" }).headers.get("ETag")!;
    const request = new Request("https://events.example.org/feed.ics", {
      headers: { "If-None-Match": etag },
    });
    const response = icsResponse(toICSStream(convening), { filename: "f.ics", request });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(ics);
  });

  it("answers If-None-Match: * with 304 and HEAD with the headers only, cancelling the stream unread", async () => {
    const star = watched();
    const any = new Request("https://events.example.org/feed.ics", {
      headers: { "If-None-Match": "*" },
    });
    const notModified = icsResponse(star.stream, { filename: "f.ics", request: any });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(star.cancelled()).toBe(true);

    const head = watched();
    const request = new Request("https://events.example.org/feed.ics", { method: "HEAD" });
    const response = icsResponse(head.stream, { filename: "f.ics", request });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(await response.text()).toBe("");
    expect(head.cancelled()).toBe(true);
  });

  it("refuses a stream someone is already reading, and objects that are neither text nor a stream", () => {
    const stream = toICSStream(convening);
    stream.getReader();
    expect(() => icsResponse(stream, { filename: "f.ics" })).toThrow(CalendarOptionsError);
    expect(() => icsResponse({ getReader: 1 } as never, { filename: "f.ics" })).toThrow(
      CalendarOptionsError,
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => icsResponse(proxy as never, { filename: "f.ics" })).toThrow(CalendarOptionsError);
    expect(() => icsResponse(toICSStream(convening), { filename: "a/b.ics" })).toThrow(
      CalendarOptionsError,
    );
  });
  it("answers a poll naming the given etag with 304 without calling the writer, and HEAD too", async () => {
    let writes = 0;
    const write = () => {
      writes++;
      return toICSStream(convening);
    };
    const poll = new Request("https://events.example.org/feed.ics", {
      headers: { "If-None-Match": 'W/"rev-7"' },
    });
    const notModified = icsResponse(write, { filename: "f.ics", etag: '"rev-7"', request: poll });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("ETag")).toBe('"rev-7"');
    const head = new Request("https://events.example.org/feed.ics", { method: "HEAD" });
    const headers = icsResponse(write, { filename: "f.ics", etag: '"rev-7"', request: head });
    expect(headers.status).toBe(200);
    expect(headers.headers.get("ETag")).toBe('"rev-7"');
    expect(await headers.text()).toBe("");
    expect(writes).toBe(0);

    const stale = new Request("https://events.example.org/feed.ics", {
      headers: { "If-None-Match": '"rev-6"' },
    });
    const fresh = icsResponse(write, { filename: "f.ics", etag: '"rev-7"', request: stale });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("ETag")).toBe('"rev-7"');
    expect(fresh.headers.get("Content-Length")).toBeNull();
    expect(await fresh.text()).toBe(ics);
    expect(writes).toBe(1);
  });

  it("lets a given etag stand for text too, and a writer of text gets its computed ETag", async () => {
    const given = icsResponse(ics, { filename: "f.ics", etag: '"v1"' });
    expect(given.headers.get("ETag")).toBe('"v1"');
    expect(given.headers.get("Content-Length")).toBe(String(new TextEncoder().encode(ics).length));
    const computed = icsResponse(ics, { filename: "f.ics" }).headers.get("ETag");
    const written = icsResponse(() => ics, { filename: "f.ics" });
    expect(written.headers.get("ETag")).toBe(computed);
    expect(await written.text()).toBe(ics);
  });

  it("refuses an etag that is not a quoted entity tag, and a writer that returns no calendar", () => {
    for (const etag of ["rev-7", '"a"b"', '"line\nbreak"', 'W/ "x"', 7, ""]) {
      expect(() => icsResponse(ics, { filename: "f.ics", etag: etag as never })).toThrow(
        expect.objectContaining({ code: "invalid_calendar_option", path: ["etag"] }),
      );
    }
    expect(() => icsResponse(() => "not a calendar" as never, { filename: "f.ics" })).toThrow(
      expect.objectContaining({ path: ["ics"] }),
    );
  });
});
