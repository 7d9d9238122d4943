import { readFileSync } from "node:fs";
import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import { applyReplies, ReplyFormatError, ReplyRefusedError, readReply } from "../src/index.js";
import { workshops } from "./fixtures/convenings.js";
import { readWithPython } from "./readers/read-imip.js";

// Messages and calendars no one here wrote: Thunderbird's, Exchange's and Google Calendar's
// invitations (from Thunderbird's tests) and the answers printed in RFC 5546 §4.2.

const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url));

describe("RFC 5546 §4.2 answers", () => {
  it("§4.2.2: B accepts", async () => {
    expect(await readReply(fixture("rfc5546/section-4.2.2-reply.ics"))).toEqual({
      method: "REPLY",
      uid: "calsrv.example.com-873970198738777@example.com",
      attendee: "b@example.com",
      partStatus: "accepted",
      sequence: 0,
      dtstamp: "1997-06-12T19:00:00Z",
      warnings: [],
    });
  });

  it("§4.2.4: B counters with another time and room, found among three attendees by the sender", async () => {
    const counter = fixture("rfc5546/section-4.2.4-counter.ics");
    await expect(readReply(counter)).rejects.toThrow(/names 3 attendees and none is the sender/);
    expect(await readReply(counter, { from: "b@example.com" })).toEqual({
      method: "COUNTER",
      uid: "calsrv.example.com-873970198738777a@example.com",
      attendee: "b@example.com",
      partStatus: "needs-action",
      sequence: 0,
      dtstamp: "1997-06-12T19:00:00Z",
      comment: "This time works much better and I think the big conference room is too big",
      counter: {
        start: "1997-07-01T16:00:00Z",
        end: "1997-07-01T17:00:00Z",
        location: "Blue Conference Room",
      },
      warnings: [],
    });
  });

  it("§4.2.5: C delegates to E", async () => {
    expect(await readReply(fixture("rfc5546/section-4.2.5-delegate-reply.ics"))).toMatchObject({
      method: "REPLY",
      attendee: "c@example.com",
      partStatus: "delegated",
      dtstamp: "1997-06-11T19:00:00Z",
    });
  });

  it("are valid iTIP for libical and python-icalendar (the RFC's own examples)", () => {
    const reply = fixture("rfc5546/section-4.2.2-reply.ics").toString("utf8");
    const [reading] = readWithPython({ calendars: [reply] }).calendars;
    expect(reading!.libical.method).toBe("REPLY");
    expect(reading!.libical.errors).toEqual([]);
    expect(reading!.icalendar.events[0]!.attendees).toEqual([
      { address: "mailto:b@example.com", partstat: "ACCEPTED" },
    ]);
  });

  it("are refused by applyReplies: they answer someone else's event", async () => {
    const reply = await readReply(fixture("rfc5546/section-4.2.2-reply.ics"));
    expect(() =>
      applyReplies([], [reply], {
        convening: parseConvening(workshops()),
        from: "b@example.com",
      }),
    ).toThrow(ReplyRefusedError);
  });
});

describe("invitations from Thunderbird, Exchange and Google Calendar", () => {
  it.each([
    ["thunderbird/single-event.eml", "REQUEST"],
    ["thunderbird/repeat-event.eml", "REQUEST"],
    ["thunderbird/cancel-single-event.eml", "CANCEL"],
    ["thunderbird/outlook-test-invite.eml", "REQUEST"],
    ["thunderbird/meet-meeting-invite.eml", "REQUEST"],
  ])(
    "%s: its calendar is found and decoded, and it is never taken for an answer (%s)",
    async (path, method) => {
      // The METHOD is only reached after the calendar part was found in the message's own structure
      // and transfer encoding (quoted-printable, base64, 7bit) and parsed.
      const attempt = readReply(fixture(path));
      await expect(attempt).rejects.toThrow(ReplyFormatError);
      await attempt.catch((error: unknown) => {
        expect((error as ReplyFormatError).path).toEqual(["METHOD"]);
        expect((error as ReplyFormatError).value).toBe(method);
      });
    },
  );

  it("shows the structure clients send, as Python's email package reads it (our reference)", () => {
    const { messages } = readWithPython({
      messages: [
        fixture("thunderbird/single-event.eml"),
        fixture("thunderbird/meet-meeting-invite.eml"),
      ],
    });
    // Thunderbird: text and calendar as alternatives; Google: the same plus an invite.ics copy.
    expect(messages[0]!.tree.map((p) => p.type)).toEqual([
      "multipart/mixed",
      "multipart/alternative",
      "text/plain",
      "text/calendar",
    ]);
    expect(messages[1]!.tree.map((p) => [p.type, p.filename])).toEqual([
      ["multipart/mixed", null],
      ["multipart/alternative", null],
      ["text/plain", null],
      ["text/html", null],
      ["text/calendar", null],
      ["application/ics", "invite.ics"],
    ]);
  });
});
