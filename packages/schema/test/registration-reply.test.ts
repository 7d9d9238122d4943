import { describe, expect, it } from "vitest";
import { RegistrationReplySchema, RegistrationSchema } from "../src/index.js";

// A registration keeps the registrant's latest answer to the invitation (@convening/invite's
// applyReplies writes it); the answer is checked like every other field.

const answer = { partStatus: "accepted", sequence: 2, dtstamp: "2022-11-02T09:15:00Z" } as const;

describe("a registration's reply", () => {
  it("is absent until the person answers", () => {
    const registration = RegistrationSchema.parse({ memberId: "amina", target: "opening" });
    expect(registration.reply).toBeUndefined();
  });

  it("keeps the answer, its revision, its time and a comment", () => {
    const registration = RegistrationSchema.parse({
      memberId: "amina",
      target: "opening",
      reply: { ...answer, comment: "I will join from Nairobi.\nSee you there." },
    });
    expect(registration.reply).toEqual({
      ...answer,
      comment: "I will join from Nairobi.\nSee you there.",
    });
  });

  it.each([
    [{ ...answer, partStatus: "ACCEPTED" }, "partStatus"],
    [{ ...answer, partStatus: "maybe" }, "partStatus"],
    [{ ...answer, sequence: -1 }, "sequence"],
    [{ ...answer, sequence: 1.5 }, "sequence"],
    [{ ...answer, dtstamp: "2022-11-02T09:15:00" }, "dtstamp"],
    [{ ...answer, comment: "bell\u0007" }, "comment"],
    [{ ...answer, comment: "x".repeat(2001) }, "comment"],
    [{ ...answer, delegatedTo: "someone@example.org" }, ""],
  ])("refuses %j at %s", (reply, field) => {
    const result = RegistrationReplySchema.safeParse(reply);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join(".")).toBe(field);
  });
});
