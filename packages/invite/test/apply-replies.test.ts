import { NotParsedError, parseConvening, type Registration } from "@convening/schema";
import { describe, expect, it } from "vitest";
import {
  applyReplies,
  InviteOptionsError,
  isReplyRefusedError,
  type Reply,
  ReplyRefusedError,
} from "../src/index.js";
import { committee, workshops } from "./fixtures/convenings.js";

const convening = parseConvening(workshops());
const registrations = convening.registrations;

function reply(overrides: Partial<Reply> = {}): Reply {
  return {
    method: "REPLY",
    uid: "power-of-a-story@events.example.org",
    attendee: "amina@example.org",
    partStatus: "accepted",
    sequence: 0,
    dtstamp: "2021-03-12T08:30:00Z",
    warnings: [],
    ...overrides,
  };
}

const amina = { convening, from: "amina@example.org" };

describe("applyReplies", () => {
  it("records the answer on the registration, leaving the others as they were", () => {
    const result = applyReplies(registrations, [reply({ comment: "See you" })], amina);
    expect(result.registrations[0]).toEqual({
      ...registrations[0],
      reply: {
        partStatus: "accepted",
        sequence: 0,
        dtstamp: "2021-03-12T08:30:00Z",
        comment: "See you",
      },
    });
    expect(result.registrations.slice(1)).toEqual(registrations.slice(1));
    expect(result.registrations[1]).toBe(registrations[1]);
    expect(registrations[0]!.reply).toBeUndefined();
    expect(result).toMatchObject({ counters: [], occurrenceReplies: [], stale: [] });
  });

  it("is idempotent: the same reply twice changes nothing more", () => {
    const once = applyReplies(registrations, [reply()], amina).registrations;
    const twice = applyReplies(once, [reply()], amina);
    expect(twice.registrations).toEqual(once);
    expect(twice.stale).toHaveLength(1);
  });

  it("never lets a late stale answer overwrite a newer one (SEQUENCE, then DTSTAMP)", () => {
    const newer = reply({ partStatus: "declined", sequence: 1, dtstamp: "2021-03-11T00:00:00Z" });
    const older = reply({ partStatus: "accepted", sequence: 0, dtstamp: "2021-03-20T00:00:00Z" });
    const laterSameSequence = reply({ partStatus: "tentative", dtstamp: "2021-03-13T00:00:00Z" });
    const applied = applyReplies(registrations, [newer], amina).registrations;
    const late = applyReplies(applied, [older, laterSameSequence], amina);
    expect(late.registrations[0]!.reply?.partStatus).toBe("declined");
    expect(late.stale.map((r) => r.partStatus)).toEqual(["accepted", "tentative"]);
    const sameSequence = applyReplies(registrations, [laterSameSequence, reply()], amina);
    expect(sameSequence.registrations[0]!.reply?.partStatus).toBe("tentative");
  });

  it("matches the attendee's address whatever its case", () => {
    const result = applyReplies(registrations, [reply({ attendee: "rahul.mehta@example.org" })], {
      convening,
      from: "RAHUL.MEHTA@example.org",
    });
    // Rahul is registered for the whole convening: the session gets a registration of its own.
    expect(result.registrations).toHaveLength(registrations.length + 1);
    expect(result.registrations[2]).toEqual({
      memberId: "rahul",
      target: "power-of-a-story",
      status: "registered",
      needs: { interpretation: [] },
      reply: { partStatus: "accepted", sequence: 0, dtstamp: "2021-03-12T08:30:00Z" },
    });
    expect(result.registrations[1]).toBe(registrations[1]);
  });

  it("records a series answer on the convening registration", () => {
    const c = parseConvening(committee());
    const result = applyReplies(
      c.registrations,
      [reply({ uid: "committee-calls@we-alliance-committee-2011", attendee: "rosa@example.org" })],
      { convening: c, from: "rosa@example.org" },
    );
    expect(result.registrations[0]!.reply?.partStatus).toBe("accepted");
    expect(result.registrations).toHaveLength(2);
  });

  it("surfaces a COUNTER to the organiser and never applies it", () => {
    const counter = reply({
      method: "COUNTER",
      partStatus: "tentative",
      counter: { start: "2021-03-23T16:00:00Z", end: "2021-03-23T16:45:00Z" },
    });
    const result = applyReplies(registrations, [counter], amina);
    expect(result.registrations).toEqual(registrations);
    expect(result.counters).toEqual([
      { reply: counter, memberId: "amina", target: "power-of-a-story" },
    ]);
  });

  it("returns an answer about one occurrence without recording it", () => {
    const one = reply({ recurrenceId: "2021-03-23T15:20:00Z" });
    const result = applyReplies(registrations, [one], amina);
    expect(result.registrations).toEqual(registrations);
    expect(result.occurrenceReplies).toEqual([one]);
  });
});

describe("applyReplies refuses, and applies nothing", () => {
  const refusal = (
    replies: Reply[],
    from: string,
    code: string,
    path: (string | number)[],
    list: readonly Registration[] = registrations,
  ) => {
    try {
      applyReplies(list, replies, { convening, from });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReplyRefusedError);
      expect(isReplyRefusedError(error) && error.code).toBe(code);
      expect((error as ReplyRefusedError).path).toEqual(path);
    }
  };

  it("an answer for someone else than the sender, even among good ones", () => {
    refusal(
      [reply(), reply({ attendee: "rahul.mehta@example.org" })],
      "amina@example.org",
      "reply_sender_mismatch",
      ["replies", 1, "attendee"],
    );
  });

  it("an answer sent by someone on the attendee's behalf (SENT-BY)", () => {
    refusal(
      [reply({ sentBy: "assistant@example.org" })],
      "amina@example.org",
      "reply_sender_mismatch",
      ["replies", 0, "sentBy"],
    );
  });

  it("an answer from someone not registered (waitlisted) or unknown", () => {
    refusal(
      [reply({ attendee: "tevita@example.org" })],
      "tevita@example.org",
      "reply_not_registered",
      ["replies", 0, "attendee"],
    );
    refusal(
      [reply({ attendee: "stranger@example.org" })],
      "stranger@example.org",
      "reply_not_registered",
      ["replies", 0, "attendee"],
    );
  });

  it("an answer to an event that is not ours", () => {
    refusal(
      [reply({ uid: "calsrv.example.com-873970198738777@example.com" })],
      "amina@example.org",
      "reply_not_registered",
      ["replies", 0, "uid"],
    );
    refusal(
      [reply({ uid: "power-of-a-story@elsewhere.example" })],
      "amina@example.org",
      "reply_not_registered",
      ["replies", 0, "uid"],
    );
  });

  it("options and replies that are not what is documented", () => {
    expect(() => applyReplies(registrations, [reply()], { convening, from: "x" })).toThrow(
      InviteOptionsError,
    );
    expect(() =>
      applyReplies(registrations, [reply({ partStatus: "maybe" as never })], amina),
    ).toThrow(/partStatus/);
    expect(() => applyReplies(registrations, [reply({ dtstamp: "yesterday" })], amina)).toThrow(
      InviteOptionsError,
    );
    expect(() =>
      applyReplies(registrations, [reply()], { convening: workshops() as never, from: "a@b.org" }),
    ).toThrow(NotParsedError);
  });
});
