// The whole loop: a member registers for a session, the organizer's invitation goes out through a
// real SMTP server, the member's calendar app reads it and answers Accept through the same server,
// and the organizer reads the answer back into the registrations.

import { readFileSync } from "node:fs";
import { applyReplies, invitationMessages, readReply } from "@convening/invite";
import nodemailer from "nodemailer";
import { openInvitation, replyMessage } from "./calendar-client.mjs";
import { startMailServer } from "./mail-server.mjs";
import { register } from "./register.mjs";

const SAMPLE = new URL("../../data/lnob-info-session-2022.json", import.meta.url);
export const ORGANIZER = {
  name: "International Partnerships InfoPoint",
  email: "infopoint@example.org",
};
export const MEMBER = {
  id: "amina-diallo",
  name: "Amina Diallo",
  email: "amina@example.org",
  timeZone: "Africa/Dakar",
};
export const SESSION = "lnob-info-session";

/**
 * Runs the loop against a fresh SMTP server on loopback and returns what each side saw. `log`
 * receives one line per step. `answeredAt` is when the member presses Accept (the reply's DTSTAMP).
 */
export async function runInvitationFlow({
  log = () => {},
  answeredAt = new Date("2022-11-15T09:12:00Z"),
  member = MEMBER,
} = {}) {
  const server = await startMailServer();
  const transport = nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    // 1. The member registers.
    const doc = JSON.parse(readFileSync(SAMPLE, "utf8"));
    const convening = register(doc, member, SESSION);
    log(`registered ${member.name} <${member.email}> for ${SESSION}`);

    // 2. The organizer sends the invitation through SMTP.
    const { messages } = await invitationMessages(convening, {
      sessionIds: [SESSION],
      organizer: ORGANIZER,
      from: { name: ORGANIZER.name, address: ORGANIZER.email },
    });
    for (const m of messages) await transport.sendMail(m.message);
    log(`sent ${messages.length} invitation(s) through smtp://${server.host}:${server.port}`);

    // 3. The member's mail client receives it, and their calendar app reads it.
    const delivered = await server.receive(member.email);
    const invitation = await openInvitation(delivered.raw);
    log(`${member.email} received "${invitation.subject}"`);
    log(`  from ${invitation.from}, reply to ${invitation.replyTo}`);
    log(`  parts: ${invitation.parts.join(", ")}`);

    // 4. They press Accept: the calendar app answers the organizer through SMTP.
    await transport.sendMail(replyMessage(invitation, member.email, "ACCEPTED", answeredAt));
    log(`${member.email} answered ACCEPTED`);

    // 5. The organizer receives the answer and records it. The envelope sender is what the mail
    // system vouches for; applyReplies refuses an answer for anyone else.
    const answer = await server.receive(ORGANIZER.email);
    const reply = await readReply(answer.raw);
    const { registrations } = applyReplies(convening.registrations, [reply], {
      convening,
      from: answer.envelope.from,
    });
    const registration = registrations.find(
      (r) => r.memberId === member.id && r.target === SESSION,
    );
    log(`${member.name}: ${registration.reply.partStatus}`);
    return {
      convening,
      messages,
      delivered,
      invitation,
      answer,
      reply,
      registrations,
      registration,
    };
  } finally {
    transport.close();
    await server.close();
  }
}
