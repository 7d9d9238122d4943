import { CalendarOptionsError } from "@convening/ical";
import { NotParsedError, parseConvening } from "@convening/schema";
import { simpleParser } from "mailparser";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type InvitationMessage,
  InviteOptionsError,
  invitationMessages,
  isInviteOptionsError,
} from "../src/index.js";
import { committee, workshops } from "./fixtures/convenings.js";
import { attendeeLines, unfold, value } from "./helpers/ics-text.js";
import { BASE, ORGANIZER } from "./helpers/options.js";
import { readWithIcalJs } from "./readers/read-icaljs.js";
import { type PythonCalendar, type PythonMessage, readWithPython } from "./readers/read-imip.js";

const text = (m: InvitationMessage) => Buffer.from(m.raw).toString("utf8");

describe("invitationMessages", () => {
  let messages: readonly InvitationMessage[];
  let skipped: Awaited<ReturnType<typeof invitationMessages>>["skipped"];
  let python: { messages: PythonMessage[]; calendars: PythonCalendar[] };

  beforeAll(async () => {
    const convening = parseConvening(workshops());
    ({ messages, skipped } = await invitationMessages(convening, {
      ...BASE,
      sessionIds: ["power-of-a-story", "bridging-the-gap"],
      date: new Date("2021-03-10T12:00:00Z"),
    }));
    python = readWithPython({
      messages: messages.map((m) => m.raw),
      calendars: messages.map((m) => m.ics),
    });
  }, 120_000);

  it("sends one message per registrant per session, to registered people only", () => {
    // amina registered for the talk, rahul for the whole convening; tevita is waitlisted.
    expect(messages.map((m) => [m.target, m.memberId, m.to])).toEqual([
      ["power-of-a-story", "amina", "amina@example.org"],
      ["power-of-a-story", "rahul", "Rahul.Mehta@Example.org"],
      ["bridging-the-gap", "rahul", "Rahul.Mehta@Example.org"],
    ]);
    expect(skipped).toEqual([
      { memberId: "no-mail", target: "power-of-a-story", reason: "no_email" },
    ]);
    expect(messages.every((m) => m.method === "REQUEST" && m.kind === "invitation")).toBe(true);
    expect(messages.map((m) => [m.uid, m.sequence])).toEqual([
      ["power-of-a-story@events.example.org", 0],
      ["power-of-a-story@events.example.org", 0],
      ["bridging-the-gap@events.example.org", 1],
    ]);
  });

  it("names the organizer and that recipient only in each calendar, asking them to answer", () => {
    for (const m of messages) {
      const lines = attendeeLines(m.ics);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`MAILTO:${m.to}`);
      expect(lines[0]).toContain("PARTSTAT=NEEDS-ACTION;RSVP=TRUE");
      expect(unfold(m.ics).filter((l) => l.startsWith("ORGANIZER"))).toEqual([
        'ORGANIZER;CN="Programme team":mailto:programme@example.org',
      ]);
      // Nobody else's address anywhere in the message, the speaker's included.
      const others = ["amina@example.org", "Rahul.Mehta@Example.org", "maya@example.org"].filter(
        (a) => a !== m.to,
      );
      for (const other of others) expect(text(m)).not.toContain(other);
    }
  });

  it("carries one UID per message (RFC 5546 §1.5) and METHOD:REQUEST", () => {
    for (const m of messages) {
      expect(unfold(m.ics).filter((l) => l.startsWith("UID:"))).toEqual([`UID:${m.uid}`]);
      expect(value(m.ics, "METHOD")).toBe("REQUEST");
    }
  });

  it("passes libical's iTIP restrictions and parses in ical.js and python-icalendar", () => {
    messages.forEach((m, i) => {
      const { libical, icalendar } = python.calendars[i]!;
      expect(libical.crash).toBeUndefined();
      expect(libical.method).toBe("REQUEST");
      expect(libical.errors).toEqual([]);
      expect(libical.events.map((e) => e.uid)).toEqual([m.uid]);
      expect(icalendar.crash).toBeUndefined();
      expect(icalendar.events[0]!.attendees).toEqual([
        { address: `MAILTO:${m.to}`, partstat: "NEEDS-ACTION" },
      ]);
      const icaljs = readWithIcalJs(m.ics);
      expect(icaljs.method).toBe("REQUEST");
      expect(icaljs.events.map((e) => [e.uid, e.sequence])).toEqual([[m.uid, m.sequence]]);
    });
  });

  it("has the MIME structure calendar clients give buttons to, read by Python's email package", () => {
    for (const [i, m] of messages.entries()) {
      const parsed = python.messages[i]!;
      expect(parsed.crash).toBeUndefined();
      expect(parsed.tree.map((p) => [p.depth, p.type])).toEqual([
        [0, "multipart/mixed"],
        [1, "multipart/alternative"],
        [2, "text/plain"],
        [2, "text/html"],
        [2, "text/calendar"],
        [1, "application/ics"],
      ]);
      const calendar = parsed.tree[4]!;
      expect(calendar.params.method).toBe("REQUEST");
      expect(calendar.params.charset?.toLowerCase()).toBe("utf-8");
      expect(calendar.disposition).toBeNull();
      expect(parsed.tree[5]).toMatchObject({ disposition: "attachment", filename: "invite.ics" });
      // Both calendar parts decode to exactly the calendar returned.
      expect(parsed.calendars).toEqual([m.ics, m.ics]);
      expect(parsed.headers.To!.toLowerCase()).toContain(m.to.toLowerCase());
      expect(parsed.headers["Reply-To"]).toBe("Programme team <programme@example.org>");
      expect(parsed.headers.Date).toBe("Wed, 10 Mar 2021 12:00:00 +0000");
    }
  });

  it("has the same structure in mailparser, with the method on the calendar part", async () => {
    for (const m of messages) {
      const mail = await simpleParser(Buffer.from(m.raw));
      expect(mail.subject).toMatch(/^Invitation: /);
      expect(mail.text).toContain("Answer with your calendar's Accept, Tentative or Decline");
      const calendars = mail.attachments.filter((a) =>
        ["text/calendar", "application/ics"].includes(a.contentType),
      );
      expect(calendars.map((a) => a.contentType)).toEqual(["text/calendar", "application/ics"]);
      expect(calendars[0]!.headers.get("content-type")).toMatchObject({
        value: "text/calendar",
        params: { method: "REQUEST" },
      });
      expect(calendars.map((a) => a.content.toString("utf8"))).toEqual([m.ics, m.ics]);
    }
  });

  it("shows the time in the recipient's own zone first, then the convening's display zones", () => {
    const [amina, rahul] = messages;
    // Amina lives in Dakar (GMT, like London, which adds nothing); Rahul in Kolkata.
    expect(amina!.message.text).toContain(
      [
        "When:",
        "  Tuesday, March 23, 2021",
        "    3:20p \u2014 4:05p GMT (your time)",
        "    11:20a \u2014 12:05p EDT",
        "    6:20p \u2014 7:05p EAT",
      ].join("\n"),
    );
    expect(rahul!.message.text).toContain(
      [
        "  Tuesday, March 23, 2021",
        "    8:50p \u2014 9:35p IST (your time)",
        "    11:20a \u2014 12:05p EDT",
        "    3:20p \u2014 4:05p GMT",
        "    6:20p \u2014 7:05p EAT",
      ].join("\n"),
    );
    expect(rahul!.message.subject).toBe(
      "Invitation: The Power of a Story @ Tuesday, March 23, 2021, 8:50p \u2014 9:35p IST (your time)",
    );
  });

  it("gives registrants the join link, in the calendar and in both text parts", () => {
    const m = messages[0]!;
    const link = "https://zoom.example.org/j/111?pwd=secret";
    expect(m.ics).toContain("CONFERENCE");
    expect(m.message.text).toContain(`Join (Zoom): ${link}`);
    expect(m.message.html).toContain(`<a href="${link}">${link}</a>`);
  });
});

describe("the join link and the audience", () => {
  it("leaves the link out of every part for a recipient whose audience may not see it", async () => {
    const convening = parseConvening(workshops());
    const { messages } = await invitationMessages(convening, {
      ...BASE,
      sessionIds: ["power-of-a-story"],
      audience: ({ member }) => (member.id === "amina" ? "public" : "network"),
    });
    const [amina, rahul] = messages;
    for (const part of [amina!.ics, amina!.message.text, amina!.message.html, text(amina!)]) {
      expect(String(part)).not.toContain("zoom.example.org");
    }
    expect(amina!.message.text).toContain("the join link is shared with registered participants");
    expect(rahul!.message.text).toContain("https://zoom.example.org/j/111?pwd=secret");
  });
});

describe("series", () => {
  it("invites to a series with one message and one UID, listing its first meetings", async () => {
    const { messages } = await invitationMessages(parseConvening(committee()), {
      ...BASE,
      seriesIds: ["committee-calls"],
    });
    expect(messages.map((m) => m.memberId)).toEqual(["rosa", "jo"]);
    const rosa = messages[0]!;
    expect(unfold(rosa.ics).filter((l) => l.startsWith("UID:"))).toEqual([
      "UID:committee-calls@we-alliance-committee-2011",
    ]);
    const event = rosa.ics.slice(rosa.ics.indexOf("BEGIN:VEVENT"));
    expect(value(event, "RRULE")).toMatch(/^FREQ=WEEKLY;INTERVAL=2/);
    expect(rosa.message.text).toContain(
      [
        "First meetings:",
        "  Wednesday, August 10, 2011",
        "    11:00a \u2014 12:00p UTC-5 (your time)",
        "    6:00p \u2014 7:00p CEST",
      ].join("\n"),
    );
    expect(rosa.message.text).toContain("Every meeting is in the attached calendar.");
    const [calendar] = readWithPython({ calendars: [rosa.ics] }).calendars;
    expect(calendar!.libical.errors).toEqual([]);
  });
});

describe("invitationMessages refuses", () => {
  const convening = parseConvening(workshops());
  const cancelledDoc = workshops();
  cancelledDoc.sessions![1]!.status = "cancelled";
  const cancelled = parseConvening(cancelledDoc);

  it.each([
    [{ sessionIds: ["nope"] }, ["sessionIds", 0], /not the id of a session/],
    [{ seriesIds: ["power-of-a-story"] }, ["seriesIds", 0], /not the id of a series/],
    [{}, ["sessionIds"], /at least one session/],
    [{ sessionIds: "power-of-a-story" }, ["sessionIds"], /array of ids/],
    [{ sessionIds: ["power-of-a-story"], from: "nobody" }, ["from"], /e-mail address/],
    [{ sessionIds: ["power-of-a-story"], fro: "x@example.org" }, ["fro"], /not an option/],
    [{ sessionIds: ["power-of-a-story"], audience: "everyone" }, ["audience"], /public, network/],
    [
      { sessionIds: ["power-of-a-story"], registrations: [{ memberId: "amina" }] },
      ["registrations", 0, "target"],
      /expected string/,
    ],
    [
      { sessionIds: ["power-of-a-story"], organizer: { ...ORGANIZER, email: "x" } },
      ["organizer", "email"],
      /e-mail address/,
    ],
  ])("%j with a typed error at its path", async (extra, path, message) => {
    const attempt = invitationMessages(convening, { ...BASE, ...(extra as object) });
    await expect(attempt).rejects.toThrow(InviteOptionsError);
    await expect(attempt).rejects.toThrow(message);
    await attempt.catch((error: unknown) => {
      expect(isInviteOptionsError(error) && error.code).toBe("invalid_invite_option");
      expect((error as InviteOptionsError).path).toEqual(path);
    });
  });

  it("a cancelled session, pointing to updateMessages", async () => {
    await expect(
      invitationMessages(cancelled, { ...BASE, sessionIds: ["bridging-the-gap"] }),
    ).rejects.toThrow(/is cancelled.*updateMessages sends its CANCEL/);
  });

  it("an organizer name @convening/ical cannot write, with its own error", async () => {
    await expect(
      invitationMessages(convening, {
        ...BASE,
        sessionIds: ["power-of-a-story"],
        domain: "not a domain",
      }),
    ).rejects.toThrow(CalendarOptionsError);
  });

  it("a convening that did not come from parseConvening", async () => {
    await expect(
      invitationMessages(workshops() as never, { ...BASE, sessionIds: ["power-of-a-story"] }),
    ).rejects.toThrow(NotParsedError);
  });
});
