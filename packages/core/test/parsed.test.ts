import { describe, expect, it } from "vitest";
import {
  InvalidArgumentError,
  isParsed,
  markParsed,
  NotParsedError,
  requireParsed,
} from "../src/index.js";

describe("the parsed mark", () => {
  it("is recognised for its own kind only", () => {
    const value = markParsed({ id: "c" }, "convening");
    expect(isParsed(value, "convening")).toBe(true);
    expect(isParsed(value, "series")).toBe(false);
    expect(requireParsed(value, "convening", "toICS", ["convening"])).toBe(value);
  });

  it("does not survive JSON, structuredClone or an object spread", () => {
    const value = markParsed({ id: "c", nested: { a: 1 } }, "convening");
    expect(JSON.stringify(value)).toBe('{"id":"c","nested":{"a":1}}');
    expect(Object.keys(value)).toEqual(["id", "nested"]);
    for (const copy of [JSON.parse(JSON.stringify(value)), structuredClone(value), { ...value }]) {
      expect(isParsed(copy, "convening")).toBe(false);
    }
  });

  it("cannot be removed or changed once set", () => {
    const value = markParsed({}, "series");
    expect(() => markParsed(value, "convening")).toThrow(InvalidArgumentError);
    expect(isParsed(value, "series")).toBe(true);
  });

  it("is read from the shared symbol registry, so another copy of the package sees it", () => {
    const fromOtherCopy = {};
    Object.defineProperty(fromOtherCopy, Symbol.for("@convening/core.parsed"), {
      value: "directory",
    });
    expect(isParsed(fromOtherCopy, "directory")).toBe(true);
  });

  it("refuses primitives, plain objects and hostile proxies without throwing", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [null, undefined, "convening", 1, {}, [], proxy]) {
      expect(isParsed(value, "convening")).toBe(false);
    }
  });
});

describe("requireParsed", () => {
  it("throws NotParsedError naming the function, the argument and the parser to call", () => {
    const run = () => requireParsed({ id: "c" }, "convening", "toICS", ["convening"]);
    expect(run).toThrow(NotParsedError);
    try {
      run();
    } catch (error) {
      const e = error as NotParsedError;
      expect(e.code).toBe("not_parsed");
      expect(e.path).toEqual(["convening"]);
      expect(e.expected).toBe("convening");
      expect(e.message).toMatch(
        /^toICS: convening \(an object\) is not a parsed convening; call parseConvening\(\) first/,
      );
    }
  });

  it("points series and directories at their own parsers", () => {
    expect(() => requireParsed({}, "series", "expandSeries", ["series"])).toThrow(
      /parseSeries\(\)/,
    );
    expect(() => requireParsed({}, "directory", "toICS", ["options", "directory"])).toThrow(
      /options\.directory .* parseDirectory\(\)/,
    );
  });
});
