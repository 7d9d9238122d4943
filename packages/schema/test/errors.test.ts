import { formatPath as coreFormatPath } from "@convening/core";
import { describe, expect, it } from "vitest";
import {
  ConveningValidationError,
  formatPath,
  isConveningValidationError,
  safeParseConvening,
} from "../src/index.js";

/**
 * A second, separately evaluated copy of errors.ts (a query makes it another module to Vite):
 * what a CJS and an ESM copy of the package are to each other. built-package.test.ts does the
 * same with the real ESM and CJS builds.
 */
async function secondCopy(): Promise<typeof import("../src/errors")> {
  const copy: typeof import("../src/errors") = await import("../src/errors?second-copy" as string);
  expect(copy.ConveningValidationError).not.toBe(ConveningValidationError);
  return copy;
}

const issue = {
  path: ["sessions", 0, "start"],
  code: "offset_mismatch",
  message: '"x" is wrong',
} as const;

describe("ConveningValidationError", () => {
  it("carries a stable code, the issues, a name and a message listing them", () => {
    const error = new ConveningValidationError([issue], { subject: 'convening "c"' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ConveningValidationError");
    expect(error.code).toBe("invalid_document");
    expect(error.issues).toEqual([issue]);
    expect(error.message).toBe(
      'Invalid convening "c" (1 issue):\n  - sessions[0].start: "x" is wrong [offset_mismatch]',
    );
  });

  it("builds from issues that are not issues, without throwing", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    // biome-ignore lint/suspicious/noSparseArray: a hole among the issues is the point.
    for (const issues of [proxy, [proxy, null, 5], [, { path: [Symbol("x")], code: 1 }], "x"]) {
      const error = new ConveningValidationError(issues as never, proxy as never);
      expect(typeof error.message).toBe("string");
      expect(() => JSON.stringify(error)).not.toThrow();
      for (const i of error.issues) expect(typeof i.message).toBe("string");
    }
  });

  it("keeps its cause", () => {
    const cause = new Error("underlying");
    expect(new ConveningValidationError([issue], { cause }).cause).toBe(cause);
  });

  it("counts issues in the first line", () => {
    expect(new ConveningValidationError([issue, issue]).message.split("\n")[0]).toBe(
      "Invalid document (2 issues):",
    );
  });

  it("is recognised by instanceof and isConveningValidationError across two copies of the package", async () => {
    const copy = await secondCopy();
    const fromCopy = new copy.ConveningValidationError([issue]);
    expect(fromCopy instanceof ConveningValidationError).toBe(true);
    expect(isConveningValidationError(fromCopy)).toBe(true);
    const fromHere = new ConveningValidationError([issue]);
    expect(fromHere instanceof copy.ConveningValidationError).toBe(true);
    expect(copy.isConveningValidationError(fromHere)).toBe(true);
  });

  it("is not claimed by lookalikes", () => {
    for (const value of [
      new Error("x"),
      { name: "ConveningValidationError", code: "CONVENING_VALIDATION", issues: [] },
      null,
      undefined,
      "ConveningValidationError",
    ]) {
      expect(isConveningValidationError(value)).toBe(false);
      expect(value instanceof ConveningValidationError).toBe(false);
    }
  });

  it("is what safeParseConvening returns", () => {
    const result = safeParseConvening({});
    expect(result.error).toBeInstanceOf(ConveningValidationError);
    expect(result.error!.message.split("\n")[0]).toBe("Invalid convening (5 issues):");
  });
});

describe("formatPath", () => {
  // Its behaviour is tested where it lives, in @convening/core; schema re-exports it.
  it("is core's formatPath, re-exported", () => {
    expect(formatPath).toBe(coreFormatPath);
  });
});
