import { describe, expect, it } from "vitest";
import {
  canSee,
  fieldVisibility,
  InvalidArgumentError,
  localize,
  redactMember,
} from "../src/index.js";

/** The error a call throws, so its code and path can be checked. */
function thrown(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error("expected the call to throw");
}

describe("the data helpers refuse bad arguments with a typed error at the argument", () => {
  it("localize names the value or the language list", () => {
    expect(thrown(() => localize(null as never, "en")).path).toEqual(["value"]);
    expect(thrown(() => localize(["Plenary"] as never, "en")).path).toEqual(["value"]);
    expect(thrown(() => localize({ en: 3 } as never, "en")).path).toEqual(["value", "en"]);
    expect(thrown(() => localize({ en: "Plenary" }, 5 as never)).path).toEqual(["languages"]);
    expect(thrown(() => localize("Plenary", [null] as never)).code).toBe("invalid_argument");
  });

  it("canSee names the audience or the visibility, instead of answering false", () => {
    expect(thrown(() => canSee(undefined as never, "public")).path).toEqual(["audience"]);
    expect(thrown(() => canSee("public", "everyone" as never)).path).toEqual(["visibility"]);
  });

  it("fieldVisibility and redactMember name the member, the field or the audience", () => {
    expect(thrown(() => fieldVisibility(null as never, "email")).path).toEqual(["member"]);
    expect(thrown(() => fieldVisibility({}, "password" as never)).path).toEqual(["field"]);
    expect(thrown(() => redactMember(null as never, "public")).path).toEqual(["member"]);
    expect(thrown(() => redactMember({}, "everyone" as never)).path).toEqual(["audience"]);
  });

  it("still answer for good arguments as before", () => {
    expect(localize({ en: "Plenary", fr: "Plénière" }, ["fr-CA"])).toBe("Plénière");
    expect(localize(undefined, "en")).toBeUndefined();
    expect(canSee("private", "network")).toBe(true);
    expect(redactMember({ visibility: "network" }, "public")).toBeUndefined();
    expect(fieldVisibility({ visibility: "public" }, "email")).toBe("private");
  });
});
