import { InvalidArgumentError } from "@convening/core";
import { describe, expect, it } from "vitest";
import {
  AmbiguousTimeError,
  ConveningError,
  canonicalZone,
  formatRange,
  InvalidTimeArgumentError,
  InvalidZoneError,
  isAmbiguousTimeError,
  isConveningError,
  isInvalidTimeArgumentError,
  isInvalidZoneError,
  isNonexistentTimeError,
  NonexistentTimeError,
  wallTime,
} from "../src/index.js";

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return expect.unreachable();
}

describe("time's errors", () => {
  it("are ConveningErrors with snake_case codes and array paths", () => {
    const zone = thrown(() => canonicalZone("Mars/Base"));
    const gap = thrown(() => wallTime({ date: "2021-03-14", time: "02:30", zone: "US/Eastern" }));
    const twice = thrown(() =>
      wallTime(
        { date: "2021-11-07", time: "01:30", zone: "America/New_York" },
        { overlap: "reject" },
      ),
    );
    const argument = thrown(() => formatRange("2021-03-23 11:20Z", "2021-03-23T12:05Z", "UTC"));
    for (const [error, type, code, path] of [
      [zone, InvalidZoneError, "invalid_zone", ["zone"]],
      [gap, NonexistentTimeError, "nonexistent_time", ["time"]],
      [twice, AmbiguousTimeError, "ambiguous_time", ["time"]],
      [argument, InvalidTimeArgumentError, "invalid_argument", ["start"]],
    ] as const) {
      expect(error).toBeInstanceOf(type);
      expect(error).toBeInstanceOf(ConveningError);
      expect(isConveningError(error)).toBe(true);
      expect(error).toMatchObject({ code, path, name: type.name });
    }
    expect(argument).toBeInstanceOf(InvalidArgumentError);
    expect(gap).toMatchObject({
      value: { date: "2021-03-14", time: "02:30", zone: "America/New_York" },
      gapStart: "2021-03-14T01:59:59-05:00",
      gapEnd: "2021-03-14T03:00:00-04:00",
    });
    expect((twice as AmbiguousTimeError).candidates).toHaveLength(2);
  });

  it("are told apart by the is-helpers", () => {
    const zone = new InvalidZoneError("Mars/Base");
    expect(isInvalidZoneError(zone)).toBe(true);
    expect(isNonexistentTimeError(zone)).toBe(false);
    expect(isAmbiguousTimeError(zone)).toBe(false);
    expect(isInvalidTimeArgumentError(zone)).toBe(false);
    expect(isInvalidTimeArgumentError(new InvalidTimeArgumentError(["step"], 0, "is zero"))).toBe(
      true,
    );
    expect(isInvalidZoneError(new Error("Mars/Base"))).toBe(false);
  });
});
