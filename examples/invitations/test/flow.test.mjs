import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  applyReplies,
  invitationMessages,
  isReplyRefusedError,
  readReply,
} from "@convening/invite";
import nodemailer from "nodemailer";
import { beforeAll, describe, expect, it } from "vitest";
import { openInvitation, replyMessage } from "../src/calendar-client.mjs";
import { MEMBER, ORGANIZER, runInvitationFlow, SESSION } from "../src/flow.mjs";
import { startMailServer } from "../src/mail-server.mjs";
import { register } from "../src/register.mjs";

// The example end to end, through a real SMTP server on loopback; every message is read back from
// what the server received, with mailparser (the attendee's side) and readReply (the organizer's).

/** libical's verdict on a calendar: its iTIP restrictions for the METHOD (RFC 5546 §3). */
function libicalErrors(ics) {
  const script = `
import sys, gi
gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I
cal = I.Component.new_from_string(sys.stdin.read())
cal.check_restrictions()
def walk(c):
    p = c.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while p is not None:
        print(p.get_xlicerror())
        p = c.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
    k = c.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while k is not None:
        walk(k)
        k = c.get_next_component(I.ComponentKind.ANY_COMPONENT)
walk(cal)
`;
  const out = execFileSync("/usr/bin/python3", ["-c", script], { input: ics, encoding: "utf8" });
  return out.split("\n").filter((l) => l !== "");
}

describe("the invitation loop through SMTP", () => {
  let flow;
  const lines = [];
  beforeAll(async () => {
    flow = await runInvitationFlow({ log: (line) => lines.push(line) });
  });

  it("ends with the registration showing accepted", () => {
    expect(flow.registration).toMatchObject({
      memberId: MEMBER.id,
      target: SESSION,
      status: "registered",
      reply: { partStatus: "accepted", sequence: 0, dtstamp: "2022-11-15T09:12:00Z" },
    });
    expect(lines.at(-1)).toBe("Amina Diallo: accepted");
  });

  it("delivers the invitation from the organizer to the member only, with the parts that give calendar buttons", () => {
    expect(flow.delivered.envelope).toEqual({ from: ORGANIZER.email, to: [MEMBER.email] });
    expect(flow.invitation.method).toBe("REQUEST");
    expect(flow.invitation.parts).toEqual([
      "text/plain",
      "text/html",
      "text/calendar; method=REQUEST",
      "application/ics (invite.ics)",
    ]);
    expect(flow.invitation.replyTo).toBe(ORGANIZER.email);
    expect(flow.invitation.text).toContain("10:00a \u2014 11:30a GMT (your time)");
    // The calendar as delivered is the one built, naming the member as its only attendee.
    expect(flow.invitation.ics).toBe(flow.messages[0].ics);
    expect(flow.invitation.ics.match(/^ATTENDEE/gm)).toHaveLength(1);
    expect(libicalErrors(flow.invitation.ics)).toEqual([]);
  });

  it("carries the answer back as a REPLY from the member, which libical accepts", async () => {
    expect(flow.answer.envelope).toEqual({ from: MEMBER.email, to: [ORGANIZER.email] });
    expect(flow.reply).toMatchObject({
      method: "REPLY",
      uid: "lnob-info-session@lnob-info-session-2022",
      attendee: MEMBER.email,
      partStatus: "accepted",
    });
    // Read back from what the server received, as the organizer's mail client would.
    const received = await openInvitation(flow.answer.raw);
    expect(received.method).toBe("REPLY");
    expect(libicalErrors(received.ics)).toEqual([]);
  });
});

describe("an answer sent through SMTP by someone else", () => {
  it("is refused, and the registration stays unanswered", async () => {
    const server = await startMailServer();
    const transport = nodemailer.createTransport({
      host: server.host,
      port: server.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      const convening = register(
        JSON.parse(
          readFileSync(new URL("../../data/lnob-info-session-2022.json", import.meta.url), "utf8"),
        ),
        MEMBER,
        SESSION,
      );
      const { messages } = await invitationMessages(convening, {
        sessionIds: [SESSION],
        organizer: ORGANIZER,
        from: ORGANIZER.email,
      });
      await transport.sendMail(messages[0].message);
      const invitation = await openInvitation((await server.receive(MEMBER.email)).raw);
      // Mallory writes Amina's answer and sends it from her own mailbox.
      const forged = replyMessage(
        invitation,
        MEMBER.email,
        "DECLINED",
        new Date("2022-11-16T00:00:00Z"),
      );
      await transport.sendMail({
        ...forged,
        envelope: { from: "mallory@example.net", to: ORGANIZER.email },
      });
      const answer = await server.receive(ORGANIZER.email);
      expect(answer.envelope.from).toBe("mallory@example.net");
      const reply = await readReply(answer.raw);
      expect(reply.attendee).toBe(MEMBER.email);
      let refused;
      try {
        applyReplies(convening.registrations, [reply], { convening, from: answer.envelope.from });
      } catch (error) {
        refused = error;
      }
      expect(isReplyRefusedError(refused) && refused.code).toBe("reply_sender_mismatch");
      expect(convening.registrations.at(-1).reply).toBeUndefined();
    } finally {
      transport.close();
      await server.close();
    }
  });
});

describe("npm run demo", () => {
  it("prints each step and ends with accepted", () => {
    const run = spawnSync(
      process.execPath,
      [fileURLToPath(new URL("../src/main.mjs", import.meta.url))],
      {
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split("\n");
    expect(out[0]).toBe(`registered Amina Diallo <${MEMBER.email}> for ${SESSION}`);
    expect(out.at(-1)).toBe("accepted");
  });
});
