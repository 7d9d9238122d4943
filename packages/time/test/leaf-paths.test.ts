import { describe, expect, it } from "vitest";
import {
  findConflicts,
  findMeetingTimes,
  formatInZones,
  formatRange,
  InvalidTimeArgumentError,
  MAX_RANGE_DAYS,
  planRotation,
  zoneTransitions,
} from "../src/index.js";

// The calls issue 9 found throwing bare TypeErrors, and their kin: each is refused with
// InvalidTimeArgumentError at the field that is wrong, with the value as given.

const START = "2021-03-23T11:20:00-04:00";
const END = "2021-03-23T12:05:00-04:00";

function refusal(run: () => unknown): InvalidTimeArgumentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTimeArgumentError);
    return error as InvalidTimeArgumentError;
  }
  throw new Error("expected the call to throw");
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe("plain bad data is refused at its leaf path", () => {
  it("formatInZones names a hole in the zone list by its index", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
    expect(() => formatInZones(START, END, [, "UTC"] as string[])).toThrow(
      expect.objectContaining({ code: "invalid_zone", path: ["zones", 0] }),
    );
  });

  it("findConflicts names participants that are not a list, and a participant that is null", () => {
    const session = { id: "a", start: START, end: END };
    const asText = refusal(() =>
      findConflicts([
        { ...session, participants: "ana" as never },
        { ...session, id: "b" },
      ]),
    );
    expect(asText.path).toEqual(["sessions", 0, "participants"]);
    expect(asText.value).toBe("ana");
    const nobody = refusal(() => findConflicts([{ ...session, participants: [null as never] }]));
    expect(nobody.path).toEqual(["sessions", 0, "participants", 0]);
  });

  it("findMeetingTimes names a hole in someone's availability", () => {
    const error = refusal(() =>
      findMeetingTimes({
        // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
        participants: [{ id: "ana", timeZone: "UTC", availability: [,] as never }],
        duration: 30,
        from: "2021-03-23T00:00:00Z",
        to: "2021-03-24T00:00:00Z",
      }),
    );
    expect(error.path).toEqual(["participants", 0, "availability", 0]);
  });

  it("planRotation names a country that is not a code, and a location that cannot be read", () => {
    const options = {
      count: 1,
      duration: 60,
      from: "2021-03-22T00:00:00Z",
      to: "2021-03-23T00:00:00Z",
    };
    const country = refusal(() =>
      planRotation({
        ...options,
        participants: [{ id: "a", timeZone: "UTC", country: 7 as never }],
      }),
    );
    expect(country.path).toEqual(["participants", 0, "country"]);
    const location = refusal(() =>
      planRotation({
        ...options,
        participants: [{ id: "a", timeZone: "UTC", location: revoked() as never }],
      }),
    );
    expect(location.path).toEqual(["participants", 0, "location"]);
  });

  it("an option whose getter throws is named, with what it threw as the cause", () => {
    const range = Object.defineProperty({ from: START }, "to", {
      get() {
        throw new Error("no end");
      },
      enumerable: true,
    });
    const error = refusal(() => zoneTransitions("UTC", range as never));
    expect(error.path).toEqual(["range", "to"]);
    expect((error.cause as Error).message).toBe("no end");
  });

  it("a luxon look-alike with no time is refused, not read as NaN", () => {
    const fake = { isLuxonDateTime: true, isValid: true, toMillis: () => Number.NaN };
    expect(refusal(() => formatRange(fake as never, END, "UTC")).path).toEqual(["start"]);
  });
});

describe("formatRange and formatInZones write ranges shorter than a week", () => {
  it("refuses a range of seven days or more, whose end weekday would read as the same week", () => {
    expect(MAX_RANGE_DAYS).toBe(7);
    expect(formatRange(START, "2021-03-30T11:19:00-04:00", "America/New_York")).toBe(
      "11:20a — Tue 11:19a EDT",
    );
    const error = refusal(() =>
      formatRange(START, "2021-03-30T11:20:00-04:00", "America/New_York"),
    );
    expect(error.path).toEqual(["end"]);
    expect(() => formatInZones(START, "2021-04-30T11:20:00-04:00", ["UTC"])).toThrow(/7 days/);
  });
});
