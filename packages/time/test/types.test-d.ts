import type { Member, Session } from "@convening/schema";
import { describe, expectTypeOf, it } from "vitest";
import type { ConflictSession, InstantInput, MeetingParticipant } from "../src/index.js";

describe("types", () => {
  it("accepts a Member as a meeting participant and a Session as a conflict session", () => {
    expectTypeOf<Member>().toExtend<MeetingParticipant>();
    expectTypeOf<Session>().toExtend<ConflictSession>();
  });

  it("takes ISO strings, Dates and luxon DateTimes as instants", () => {
    expectTypeOf<string>().toExtend<InstantInput>();
    expectTypeOf<Date>().toExtend<InstantInput>();
    expectTypeOf<number>().not.toExtend<InstantInput>();
  });
});
