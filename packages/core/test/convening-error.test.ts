import { describe, expect, it } from "vitest";
import {
  ConveningError,
  InvalidArgumentError,
  isConveningError,
  NotParsedError,
} from "../src/index.js";

class QuotaError extends ConveningError {
  static override readonly errorName: string = "QuotaError";
  constructor(value: number) {
    super(`limit: ${value} is over the quota`, { code: "over_quota", path: ["limit"], value });
  }
}

class HardQuotaError extends QuotaError {
  static override readonly errorName: string = "HardQuotaError";
}

/** What another copy of the package (the CJS build, a second install) would throw. */
function foreignCopy(kinds: string[], code: string): Error {
  const error = new Error("from another copy");
  Object.defineProperty(error, Symbol.for("@convening/core.error-kinds"), { value: kinds });
  Object.assign(error, { code, path: [], value: undefined });
  return error;
}

describe("ConveningError", () => {
  it("carries code, path as an array, value, cause and the class's name", () => {
    const cause = new RangeError("deep");
    const error = new ConveningError("boom", { code: "boom", path: ["a", 1], value: 3, cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ConveningError");
    expect(error.code).toBe("boom");
    expect(error.path).toEqual(["a", 1]);
    expect(error.value).toBe(3);
    expect(error.cause).toBe(cause);
    expect(new ConveningError("x", { code: "x" }).path).toEqual([]);
    expect("cause" in new ConveningError("x", { code: "x" })).toBe(false);
  });

  it("names each subclass and answers instanceof along the chain only", () => {
    const hard = new HardQuotaError(9);
    expect(hard.name).toBe("HardQuotaError");
    expect(hard).toBeInstanceOf(HardQuotaError);
    expect(hard).toBeInstanceOf(QuotaError);
    expect(hard).toBeInstanceOf(ConveningError);
    const soft = new QuotaError(3);
    expect(soft).not.toBeInstanceOf(HardQuotaError);
    expect(soft).not.toBeInstanceOf(NotParsedError);
    expect(new ConveningError("x", { code: "x" })).not.toBeInstanceOf(QuotaError);
  });

  it("recognises an error from another copy of the package by its registry brand", () => {
    const foreign = foreignCopy(["QuotaError", "ConveningError"], "over_quota");
    expect(foreign instanceof ConveningError).toBe(true);
    expect(foreign instanceof QuotaError).toBe(true);
    expect(foreign instanceof HardQuotaError).toBe(false);
    expect(isConveningError(foreign)).toBe(true);
  });

  it("is not claimed by lookalikes, primitives or hostile proxies", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
      },
    );
    for (const value of [
      new Error("x"),
      { name: "ConveningError", code: "x", path: [] },
      null,
      undefined,
      "ConveningError",
      proxy,
      throwing,
    ]) {
      expect(isConveningError(value)).toBe(false);
      expect(value instanceof ConveningError).toBe(false);
    }
  });

  it("serialises to plain data without the value when that is not plain", () => {
    expect(JSON.parse(JSON.stringify(new QuotaError(9)))).toEqual({
      name: "QuotaError",
      code: "over_quota",
      path: ["limit"],
      message: "limit: 9 is over the quota",
      value: 9,
    });
    const withObject = new ConveningError("x", { code: "x", value: { secret: "e-mail" } });
    expect(withObject.toJSON()).not.toHaveProperty("value");
  });

  it("freezes its path, so a caller cannot rewrite where the problem was", () => {
    const path = ["sessions", 0];
    const error = new ConveningError("x", { code: "x", path });
    path.push("start");
    expect(error.path).toEqual(["sessions", 0]);
    expect(Object.isFrozen(error.path)).toBe(true);
  });
});

describe("InvalidArgumentError", () => {
  it("names the path and shows the value in its message", () => {
    const error = new InvalidArgumentError(["options", "alarms", 2], Number.NaN, "must be finite");
    expect(error.code).toBe("invalid_argument");
    expect(error.message).toBe("options.alarms[2] = number NaN: must be finite");
    expect(error).toBeInstanceOf(ConveningError);
  });
});
