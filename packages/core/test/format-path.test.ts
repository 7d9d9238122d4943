import { describe, expect, it } from "vitest";
import { describeValue, formatPath, InvalidArgumentError } from "../src/index.js";

describe("formatPath", () => {
  it("reads like a property access", () => {
    expect(formatPath(["sessions", 3, "participants", 0, "memberId"])).toBe(
      "sessions[3].participants[0].memberId",
    );
    expect(formatPath(["$directory", "members", 0])).toBe("$directory.members[0]");
    expect(formatPath([])).toBe("(root)");
  });

  it("quotes keys that could break a line or read ambiguously", () => {
    expect(formatPath(["title", "hi IN"])).toBe('title["hi IN"]');
    expect(formatPath(["title", "a\nb"])).toBe('title["a\\nb"]');
    expect(formatPath(["title", "x\u2028"])).toBe('title["x\\u2028"]');
  });

  it("throws InvalidArgumentError for a path that is not an array of keys and indexes", () => {
    expect(() => formatPath("sessions.3" as never)).toThrow(InvalidArgumentError);
    expect(() => formatPath(["a", Number.NaN])).toThrow(/path\[1\] = number NaN/);
    expect(() => formatPath(["a", { k: 1 } as never])).toThrow(InvalidArgumentError);
  });
});

describe("describeValue", () => {
  it("shows strings quoted with control characters visible, numbers with their type", () => {
    expect(describeValue("Mars/Base\n")).toBe('"Mars/Base\\n"');
    expect(describeValue("x\u0085")).toBe('"x\\u0085"');
    expect(describeValue(Number.NaN)).toBe("number NaN");
    expect(describeValue(undefined)).toBe("nothing");
    expect(describeValue([1, 2])).toBe("an array of 2");
  });
});
