import { parseConvening } from "@convening/schema";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type InvitationMessage,
  InviteOptionsError,
  invitationMessages,
  isReplyFormatError,
  ReplyFormatError,
  readReply,
} from "../src/index.js";
import { workshops } from "./fixtures/convenings.js";
import { replyCalendar, replyMessage } from "./helpers/client-reply.js";
import { BASE } from "./helpers/options.js";
import { readWithPython } from "./readers/read-imip.js";

const AT = new Date("2021-03-12T08:30:00Z");
let invitation: InvitationMessage;

beforeAll(async () => {
  const { messages } = await invitationMessages(parseConvening(workshops()), {
    ...BASE,
    sessionIds: ["power-of-a-story"],
  });
  invitation = messages[0]!;
});

describe("readReply", () => {
  it("reads an Accept sent back as an e-mail, as a client sends it", async () => {
    const raw = await replyMessage(
      invitation.ics,
      { attendee: "amina@example.org", partStat: "ACCEPTED", at: AT, comment: "À bientôt" },
      "programme@example.org",
    );
    expect(await readReply(raw)).toEqual({
      method: "REPLY",
      uid: "power-of-a-story@events.example.org",
      attendee: "amina@example.org",
      attendeeName: "Amina Diallo",
      partStatus: "accepted",
      sequence: 0,
      dtstamp: "2021-03-12T08:30:00Z",
      comment: "À bientôt",
      sender: "amina@example.org",
      warnings: [],
    });
  });

  it("reads the same answer from bare iCalendar text, as a string or bytes", async () => {
    const ics = replyCalendar(invitation.ics, {
      attendee: "amina@example.org",
      partStat: "DECLINED",
      at: AT,
    });
    const fromText = await readReply(ics);
    expect(fromText).toMatchObject({ partStatus: "declined", attendee: "amina@example.org" });
    expect(fromText.sender).toBeUndefined();
    expect(await readReply(new TextEncoder().encode(ics))).toEqual(fromText);
    expect(await readReply(new TextEncoder().encode(ics).buffer)).toEqual(fromText);
  });

  it("builds replies that pass libical's iTIP restrictions for REPLY (the test's client is sound)", () => {
    const ics = replyCalendar(invitation.ics, {
      attendee: "amina@example.org",
      partStat: "TENTATIVE",
      at: AT,
    });
    const [reading] = readWithPython({ calendars: [ics] }).calendars;
    expect(reading!.libical.method).toBe("REPLY");
    expect(reading!.libical.errors).toEqual([]);
    expect(reading!.icalendar.events[0]!.attendees).toEqual([
      { address: "MAILTO:amina@example.org", partstat: "TENTATIVE" },
    ]);
    // And libical does catch a reply without its ORGANIZER (RFC 5546 §3.2.3).
    const broken = ics.replace(/ORGANIZER[^\r]*\r\n/, "");
    expect(readWithPython({ calendars: [broken] }).calendars[0]!.libical.errors.join()).toMatch(
      /ORGANIZER/,
    );
  });

  it("takes the envelope sender to find the answering attendee among several", async () => {
    const both = replyCalendar(invitation.ics, {
      attendee: "amina@example.org",
      partStat: "ACCEPTED",
      at: AT,
    }).replace(
      /(ATTENDEE[^\r]*\r\n(?: [^\r]*\r\n)*)/,
      "$1ATTENDEE;PARTSTAT=ACCEPTED:mailto:someone@example.org\r\n",
    );
    await expect(readReply(both)).rejects.toThrow(/names 2 attendees and none is the sender/);
    expect((await readReply(both, { from: "Amina@Example.org" })).attendee).toBe(
      "amina@example.org",
    );
  });

  it("reads a DTSTAMP without a zone as UTC, whatever the machine's zone, and says so", async () => {
    const floating = replyCalendar(invitation.ics, {
      attendee: "amina@example.org",
      partStat: "ACCEPTED",
      at: AT,
    }).replace("DTSTAMP:20210312T083000Z", "DTSTAMP:20210312T083000");
    const reply = await readReply(floating);
    expect(reply.dtstamp).toBe("2021-03-12T08:30:00Z");
    expect(reply.warnings).toEqual(["DTSTAMP is a floating time; read as UTC"]);
  });

  it("reads a TZID that no VTIMEZONE defines as the IANA zone of that name", async () => {
    const zoned = replyCalendar(invitation.ics, {
      attendee: "amina@example.org",
      partStat: "ACCEPTED",
      at: AT,
    })
      .replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, "")
      .replace("METHOD:REPLY", "METHOD:COUNTER");
    const reply = await readReply(zoned);
    expect(reply.counter).toEqual({
      start: "2021-03-23T15:20:00Z",
      end: "2021-03-23T16:05:00Z",
      location: "https://zoom.example.org/j/111?pwd=secret",
    });
  });

  it("removes control characters from a comment and cuts it to 2,000 characters", async () => {
    const ics = replyCalendar(invitation.ics, {
      attendee: "amina@example.org",
      partStat: "ACCEPTED",
      at: AT,
      comment: `ding\u0007 ${"x".repeat(2100)}`,
    });
    const reply = await readReply(ics);
    expect(reply.comment).toHaveLength(2000);
    expect(reply.comment!.startsWith("ding x")).toBe(true);
    expect(reply.warnings).toEqual([
      "COMMENT held control characters, removed",
      "COMMENT was longer than 2000 characters, cut",
    ]);
  });
});

describe("readReply refuses", () => {
  it("the invitation itself, naming its method", async () => {
    const attempt = readReply(invitation.raw);
    await expect(attempt).rejects.toThrow(ReplyFormatError);
    await attempt.catch((error: unknown) => {
      expect(isReplyFormatError(error) && error.code).toBe("invalid_reply");
      expect((error as ReplyFormatError).value).toBe("REQUEST");
      expect((error as ReplyFormatError).path).toEqual(["METHOD"]);
    });
  });

  it.each([
    ["no calendar part", "From: a@example.org\r\nSubject: hi\r\n\r\nJust text.\r\n", /no calendar/],
    ["text that is not iCalendar", "BEGIN:VCALENDAR\r\nthis is not\r\n", /not valid iCalendar/],
    [
      "a calendar without METHOD",
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
      /has no METHOD/,
    ],
    [
      "a reply without an event",
      "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n",
      /holds no event/,
    ],
    [
      "a reply without an attendee",
      "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x@y\r\nDTSTAMP:20210312T083000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      /names no attendee/,
    ],
    [
      "a reply without DTSTAMP",
      "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x@y\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      /DTSTAMP.*missing/,
    ],
    [
      "an attendee that is not an address",
      "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x@y\r\nDTSTAMP:20210312T083000Z\r\nATTENDEE;PARTSTAT=ACCEPTED:urn:uuid:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      /not a mailto/,
    ],
    [
      "an unknown PARTSTAT",
      "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x@y\r\nDTSTAMP:20210312T083000Z\r\nATTENDEE;PARTSTAT=X-MAYBE:mailto:a@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      /not a participation status/,
    ],
  ])("%s with a ReplyFormatError", async (_, input, message) => {
    const attempt = readReply(input);
    await expect(attempt).rejects.toThrow(ReplyFormatError);
    await expect(attempt).rejects.toThrow(message);
  });

  it("an input that is not text or bytes, and a bad envelope sender", async () => {
    await expect(readReply(42 as never)).rejects.toThrow(InviteOptionsError);
    await expect(readReply("BEGIN:VCALENDAR", { from: "nobody" })).rejects.toThrow(
      InviteOptionsError,
    );
  });
});
