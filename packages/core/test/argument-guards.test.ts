import { describe, expect, it } from "vitest";
import {
  argumentGuards,
  ConveningError,
  describePath,
  describeValue,
  InvalidArgumentError,
  NotParsedError,
  peekField,
  toErrorPath,
} from "../src/index.js";

function revoked(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

const throwing = () => {
  throw new Error("getter");
};

/** The error a call throws, so its path and cause can be checked. */
function thrown(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error("expected the call to throw");
}

describe("argumentGuards", () => {
  const guard = argumentGuards();

  it("names the hole of an array by its index, where map would have skipped it", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
    const list = guard.array([, "UTC"], ["zones"]);
    expect(list).toEqual([undefined, "UTC"]);
    expect(0 in list).toBe(true);
    expect(thrown(() => guard.string(list[0], ["zones", 0])).path).toEqual(["zones", 0]);
  });

  it("reports a getter that throws at its own field, with what it threw as the cause", () => {
    const options = Object.defineProperty({}, "zone", { get: throwing, enumerable: true });
    const error = thrown(() => guard.fields(options, ["options"], ["zone", "locale"]));
    expect(error.path).toEqual(["options", "zone"]);
    expect((error.cause as Error).message).toBe("getter");
    const list = Object.defineProperty(["a", "b"], 1, { get: throwing });
    expect(thrown(() => guard.array(list, ["only"])).path).toEqual(["only", 1]);
  });

  it("refuses a revoked Proxy at its path instead of letting Array.isArray throw", () => {
    expect(thrown(() => guard.record(revoked(), ["options"])).path).toEqual(["options"]);
    expect(thrown(() => guard.array(revoked([]), ["zones"])).path).toEqual(["zones"]);
    expect(thrown(() => guard.keys(revoked(), ["options"])).path).toEqual(["options"]);
  });

  it("refuses an array longer than its maximum before reading any element", () => {
    const reads: number[] = [];
    const long = new Proxy(new Array(17).fill(1), {
      get: (target, key) => {
        if (key !== "length") reads.push(Number(key));
        return Reflect.get(target, key);
      },
    });
    expect(thrown(() => guard.array(long, ["alarms"], "must be an array", 16)).message).toContain(
      "has more than 16 items",
    );
    expect(reads).toEqual([]);
  });

  it("throws the error class it was made with", () => {
    class OptionError extends ConveningError {
      static override readonly errorName: string = "OptionError";
      constructor(path: readonly (string | number)[], value: unknown, problem: string) {
        super(problem, { code: "bad_option", path, value });
      }
    }
    const options = argumentGuards(OptionError);
    expect(() => options.record(null, ["options"])).toThrow(OptionError);
    expect(() => options.integer(1.5, ["count"], 1, 10)).toThrow(/whole number from 1 to 10/);
  });
});

describe("error classes and their message builders never throw on hostile values", () => {
  const hostile: unknown[] = [
    revoked(),
    revoked([]),
    Symbol("s"),
    10n,
    Object.defineProperty({}, "cause", { get: throwing }),
    { toString: throwing, [Symbol.toPrimitive]: throwing },
    (() => {
      const cyclic: unknown[] = [];
      cyclic.push(cyclic);
      return cyclic;
    })(),
  ];

  it("describeValue, describePath, toErrorPath and peekField answer for anything", () => {
    for (const value of hostile) {
      expect(typeof describeValue(value)).toBe("string");
      expect(typeof describePath(value)).toBe("string");
      expect(Array.isArray(toErrorPath(value))).toBe(true);
      expect(peekField(value, "cause")).toBeUndefined();
    }
    expect(describePath(["sessions", Symbol("x"), 10n])).toBe('sessions["Symbol(x)"]["10"]');
  });

  it("ConveningError, InvalidArgumentError and NotParsedError build from them", () => {
    for (const value of hostile) {
      const errors = [
        new ConveningError(value as string, value as never),
        new InvalidArgumentError(value as never, value, value as string, value as never),
        new NotParsedError(value as never, value as string, value as never, value),
      ];
      for (const error of errors) {
        expect(typeof error.message).toBe("string");
        expect(() => JSON.stringify(error)).not.toThrow();
        expect(error.path.every((p) => typeof p === "string" || Number.isInteger(p))).toBe(true);
      }
    }
  });
});
