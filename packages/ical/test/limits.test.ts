import { InvalidArgumentError, MAX_SEQUENCE } from "@convening/core";
import { parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import {
  CalendarOptionsError,
  DuplicateUidError,
  InvitationError,
  MAX_ALARMS,
  SessionNotFoundError,
  toICS,
} from "../src/index.js";
import { readWithAll } from "./readers/read-all.js";

// Limits with typed errors (issue 9): what a calendar may carry, and what its error classes
// survive.

function convening(sequence: number, sessionSequence: number) {
  return parseConvening({
    id: "workshops",
    title: "Workshops",
    timeZone: "UTC",
    startDate: "2021-03-23",
    endDate: "2021-03-23",
    sequence,
    sessions: [
      {
        id: "story",
        title: "The Power of a Story",
        start: "2021-03-23T11:20:00Z",
        end: "2021-03-23T12:05:00Z",
        sequence: sessionSequence,
      },
    ],
  });
}

describe("SEQUENCE", () => {
  it("reaches 2^31 - 1 summed, and every reader reads that back as it is", () => {
    const ics = toICS(convening(MAX_SEQUENCE - 5, 5));
    expect(ics).toContain("SEQUENCE:2147483647");
    const read = readWithAll(ics);
    for (const reader of [read.icaljs, read.icalendar, read.libical])
      expect(reader.events[0]!.sequence).toBe(MAX_SEQUENCE);
    expect(read.libical.errors).toEqual([]);
  });

  it("refuses a session whose sequence plus the convening's passes 2^31 - 1, which libical wraps", () => {
    let error: unknown;
    try {
      toICS(convening(MAX_SEQUENCE, 1));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).path).toEqual(["sessions", 0, "sequence"]);
    expect((error as Error).message).toContain("2147483648");
  });
});

describe("alarms", () => {
  const c = convening(0, 0);

  it(`takes up to ${MAX_ALARMS} reminders, and refuses more`, () => {
    const most = Array.from({ length: MAX_ALARMS }, (_, i) => i + 1);
    expect(toICS(c, { alarms: most }).match(/BEGIN:VALARM/g)).toHaveLength(MAX_ALARMS);
    const many = Array.from({ length: 200_000 }, (_, i) => i + 1);
    expect(() => toICS(c, { alarms: many })).toThrow(CalendarOptionsError);
    expect(() => toICS(c, { alarms: many })).toThrow(/alarms .*more than 16/);
  });
});

describe("the error classes", () => {
  it("build their messages from a revoked Proxy, a symbol or a throwing getter without throwing", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = Object.defineProperty({}, "cause", {
      get() {
        throw new Error("getter");
      },
    });
    for (const hostile of [proxy, Symbol("s"), throwing, 10n]) {
      const h = hostile as never;
      for (const error of [
        new CalendarOptionsError(h, h, h, h),
        new SessionNotFoundError(h, h, h),
        new InvitationError(h, h, h, h),
        new DuplicateUidError(h, h, h),
      ]) {
        expect(typeof error.message).toBe("string");
        expect(() => JSON.stringify(error)).not.toThrow();
      }
    }
  });
});
