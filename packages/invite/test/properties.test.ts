import { type ConveningInput, parseConvening, type Registration } from "@convening/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyReplies, invitationMessages, type Reply, ReplyRefusedError } from "../src/index.js";
import { attendeeLines } from "./helpers/ics-text.js";
import { BASE } from "./helpers/options.js";

// Properties of the whole loop, over generated data:
// - any order of delivery of a set of replies gives the same registrations;
// - a forged sender never changes one;
// - N recipients give N messages, none naming another recipient.

const SESSIONS = ["opening", "story-circle", "funding-clinic", "closing"];
const PEOPLE = ["ana", "bo", "chidi", "dewi", "emeka", "farah"];

/** Six people: three registered for sessions, two for the whole convening, one waitlisted. */
function programme(): ConveningInput {
  return {
    id: "learning-exchange",
    title: "Learning exchange",
    url: "https://events.example.org/learning-exchange",
    timeZone: "Africa/Nairobi",
    startDate: "2024-05-07",
    endDate: "2024-05-07",
    people: PEOPLE.map((id) => ({ id, name: id.toUpperCase(), email: `${id}@example.org` })),
    registrations: [
      { memberId: "ana", target: "opening" },
      { memberId: "bo", target: "learning-exchange" },
      { memberId: "chidi", target: "story-circle" },
      { memberId: "ana", target: "funding-clinic" },
      { memberId: "dewi", target: "learning-exchange", needs: { interpretation: ["fr"] } },
      { memberId: "emeka", target: "closing" },
      { memberId: "farah", target: "opening", status: "waitlisted" },
    ],
    sessions: SESSIONS.map((id, i) => ({
      id,
      title: id,
      start: `2024-05-07T${String(9 + i).padStart(2, "0")}:00:00+03:00`,
      end: `2024-05-07T${String(9 + i).padStart(2, "0")}:45:00+03:00`,
    })),
  };
}

const convening = parseConvening(programme());

/** Who may answer which session: active registrants, and whole-convening ones for every session. */
const allowed: [string, string][] = [
  ["ana", "opening"],
  ["ana", "funding-clinic"],
  ["chidi", "story-circle"],
  ["emeka", "closing"],
  ...SESSIONS.flatMap((s) => [["bo", s] as [string, string], ["dewi", s] as [string, string]]),
];

const replyArb: fc.Arbitrary<Reply> = fc
  .record({
    who: fc.constantFrom(...allowed),
    partStatus: fc.constantFrom("accepted", "declined", "tentative" as const),
    sequence: fc.integer({ min: 0, max: 2 }),
    // Few instants, so that ties on SEQUENCE and DTSTAMP are common.
    minute: fc.integer({ min: 0, max: 3 }),
    comment: fc.option(fc.constantFrom("See you", "Running late", "Merci"), { nil: undefined }),
  })
  .map(({ who: [memberId, session], partStatus, sequence, minute, comment }) => ({
    method: "REPLY" as const,
    uid: `${session}@events.example.org`,
    attendee: `${memberId}@example.org`,
    partStatus,
    sequence,
    dtstamp: `2024-05-01T10:0${minute}:00Z`,
    ...(comment === undefined ? {} : { comment }),
    warnings: [],
  }));

/** Delivers replies one message at a time, each from its own attendee, as a mailbox would. */
function deliver(replies: readonly Reply[]): Registration[] {
  let registrations: Registration[] = [...convening.registrations];
  for (const reply of replies) {
    ({ registrations } = applyReplies(registrations, [reply], {
      convening,
      from: reply.attendee,
    }));
  }
  return registrations;
}

describe("properties of replies", () => {
  it("any order of delivery of a set of replies, repeats included, gives the same registrations", () => {
    fc.assert(
      fc.property(
        fc.array(replyArb, { minLength: 1, maxLength: 12 }),
        fc.infiniteStream(fc.nat()),
        (replies, randomness) => {
          const withRepeats = [...replies, ...replies.filter((_, i) => i % 3 === 0)];
          const shuffled = [...withRepeats]
            .map((r) => [randomness.next().value as number, r] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, r]) => r);
          const expected = deliver(replies);
          expect(deliver(shuffled)).toEqual(expected);
          expect(deliver([...replies].reverse())).toEqual(expected);
          // One sender's replies in one call give the same as one at a time.
          const bySender = new Map<string, Reply[]>();
          for (const r of shuffled)
            bySender.set(r.attendee, [...(bySender.get(r.attendee) ?? []), r]);
          let batched: Registration[] = [...convening.registrations];
          for (const [from, list] of bySender) {
            ({ registrations: batched } = applyReplies(batched, list, { convening, from }));
          }
          expect(batched).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a forged sender never changes a registration, even beside genuine replies", () => {
    fc.assert(
      fc.property(
        fc.array(replyArb, { minLength: 0, maxLength: 4 }),
        replyArb,
        fc.constantFrom(...PEOPLE, "mallory", "ana.lookalike"),
        (genuine, forged, sender) => {
          fc.pre(forged.attendee !== `${sender}@example.org`);
          const from = `${sender}@example.org`;
          const before = deliver(genuine);
          const snapshot = structuredClone(before);
          // The sender's own genuine replies ride along with the forged one.
          const own = genuine.filter((r) => r.attendee === from);
          expect(() => applyReplies(before, [...own, forged], { convening, from })).toThrow(
            ReplyRefusedError,
          );
          expect(before).toEqual(snapshot);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const ADDRESS = /[a-z0-9.+-]+@example\.org/gi;

/** A convening whose `n` members each registered for one session. */
function crowd(n: number, names: (i: number) => string): ConveningInput {
  const people = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    name: names(i),
    email: `member-${String(i).padStart(4, "0")}@example.org`,
  }));
  return {
    ...programme(),
    people,
    registrations: people.map((p) => ({ memberId: p.id, target: "opening" })),
  };
}

function expectPrivate(messages: Awaited<ReturnType<typeof invitationMessages>>["messages"]) {
  for (const m of messages) {
    // The Message-ID is an address-shaped id on the sender's domain, not a person's address.
    const bytes = Buffer.from(m.raw)
      .toString("utf8")
      .replace(/^Message-ID: .*\r\n/m, "");
    const addresses = new Set([...bytes.matchAll(ADDRESS)].map((x) => x[0].toLowerCase()));
    // Only the recipient and the organizer (From, Reply-To, ORGANIZER) appear in the bytes sent.
    expect([...addresses].sort()).toEqual([m.to, "programme@example.org"].sort());
    expect(attendeeLines(m.ics)).toHaveLength(1);
  }
}

describe("properties of invitations", () => {
  it("1,000 recipients produce 1,000 messages, none naming another recipient", async () => {
    const { messages, skipped } = await invitationMessages(
      parseConvening(crowd(1000, (i) => `Member ${i}`)),
      { ...BASE, sessionIds: ["opening"] },
    );
    expect(skipped).toEqual([]);
    expect(messages).toHaveLength(1000);
    expect(new Set(messages.map((m) => m.to)).size).toBe(1000);
    expectPrivate(messages);
  });

  it("whatever the names, each message names its own recipient only", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 12 }),
        async (names) => {
          // Names are single-line text (the schema's rule); control characters are mapped away.
          const clean = names.map(
            (n) => n.replace(/[\u0000-\u001F\u007F-\u009F]/g, "?").trim() || "X",
          );
          const c = parseConvening(crowd(clean.length, (i) => clean[i]!));
          const { messages } = await invitationMessages(c, { ...BASE, sessionIds: ["opening"] });
          expect(messages).toHaveLength(clean.length);
          expectPrivate(messages);
        },
      ),
      { numRuns: 40 },
    );
  });
});
