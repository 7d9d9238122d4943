import { describeValue } from "@convening/core";
import type * as z from "zod";
import type { ConveningIssue, ConveningIssueCode } from "./errors.js";
import { valueAt } from "./raw.js";

type ZodIssue = z.core.$ZodIssue;

const ZOD_CODES: Record<string, ConveningIssueCode> = {
  invalid_type: "invalid_type",
  invalid_value: "invalid_value",
  invalid_format: "invalid_format",
  too_small: "too_small",
  too_big: "too_big",
  unrecognized_keys: "unrecognized_keys",
  invalid_union: "invalid_union",
};

function codeOf(issue: ZodIssue): ConveningIssueCode {
  if (issue.code === "custom") {
    const custom = (issue.params as { code?: ConveningIssueCode } | undefined)?.code;
    return custom ?? "invalid_value";
  }
  return ZOD_CODES[issue.code] ?? "invalid_value";
}

// zod says "record" for what a JSON document calls an object.
function typeName(expected: string): string {
  return expected === "record" ? "object" : expected === "int" ? "integer" : expected;
}

function plural(n: number | bigint, one: string): string {
  return `${n} ${one}${n === 1 ? "" : "s"}`;
}

function boundOf(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === "too_small";
  const limit = small ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  if (issue.origin === "string")
    return `must have ${small ? "at least" : "at most"} ${plural(limit, "character")}`;
  if (issue.origin === "array" || issue.origin === "set")
    return `must have ${small ? "at least" : "at most"} ${plural(limit, "item")}`;
  const relation = small
    ? inclusive
      ? "at least"
      : "greater than"
    : inclusive
      ? "at most"
      : "less than";
  return `must be ${relation} ${String(limit)}`;
}

function allowed(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? describeValue(v) : String(v))).join(", ");
}

function messageOf(issue: ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? `is required (expected ${typeName(issue.expected)})`
        : `${describeValue(value)} is not ${/^[aeiou]/.test(typeName(issue.expected)) ? "an" : "a"} ${typeName(issue.expected)}`;
    case "invalid_value":
      return value === undefined
        ? `is required: one of ${allowed(issue.values)}`
        : `${describeValue(value)} is not one of ${allowed(issue.values)}`;
    case "too_small":
    case "too_big":
      return `${describeValue(value)} ${boundOf(issue)}`;
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "an unknown key" : "unknown keys"} ${allowed(issue.keys)}`;
    case "invalid_union": {
      // A discriminated union whose discriminator matched no branch carries the options.
      const options = (issue as { options?: unknown[] }).options;
      if (options && options.length > 0) {
        return value === undefined
          ? `is required: one of ${allowed(options)}`
          : `${describeValue(value)} is not one of ${allowed(options)}`;
      }
      return `${describeValue(value)} does not match any allowed form`;
    }
    default:
      return `${describeValue(value)} ${issue.message}`;
  }
}

/**
 * A union that failed in every branch reports the branch that matched the value's type (or, of
 * object branches, the one whose literal fields matched), so `title: { en: "\u0007" }` says
 * "control character at title.en", not "invalid union"; when the value matched no branch's
 * type, one invalid_type lists them all.
 */
function resolveUnion(issue: z.core.$ZodIssueInvalidUnion): ZodIssue[] | undefined {
  if (issue.errors.length === 0) return undefined;
  const typeMisses: string[] = [];
  const typed: ZodIssue[][] = [];
  for (const branch of issue.errors) {
    const only = branch[0];
    if (branch.length === 1 && only!.code === "invalid_type" && only!.path.length === 0) {
      typeMisses.push(typeName(only!.expected));
    } else {
      typed.push(branch);
    }
  }
  if (typed.length === 0) {
    const expected = [...new Set(typeMisses)].join(" or ");
    return [
      {
        code: "invalid_type",
        expected,
        path: [],
        message: expected,
        input: undefined,
      } as unknown as ZodIssue,
    ];
  }
  // Branches that agree (two kinds of id checked alike) are one problem, not an ambiguity.
  const first = JSON.stringify(typed[0]!.map((i) => [i.code, i.path, i.message]));
  if (
    typed.every(
      (branch) => JSON.stringify(branch.map((i) => [i.code, i.path, i.message])) === first,
    )
  ) {
    return typed[0];
  }
  // A branch refused at its root for its type or its literal (`"free"` against an object) never
  // matched; when one branch alone got past that, the value was meant as that branch, and its
  // leaf issues say what to fix: `registration.fee.note` has a control character, not "the fee
  // does not match any allowed form".
  const matched = typed.filter((branch) => !branch.some(refusedAtRoot));
  return matched.length === 1 ? matched[0] : undefined;
}

/** An issue saying the value is not of the branch's type or literal at all. */
function refusedAtRoot(issue: ZodIssue): boolean {
  return (
    issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_value")
  );
}

/**
 * Turns zod's issues into ours, each with a value-naming message. Values are looked up in
 * `input`; `prefix` is only prepended to the reported paths (`$directory`).
 */
export function issuesFromZod(
  zodIssues: readonly ZodIssue[],
  input: unknown,
  prefix: readonly (string | number)[] = [],
): ConveningIssue[] {
  const out: ConveningIssue[] = [];
  const walk = (issues: readonly ZodIssue[], base: readonly PropertyKey[]): void => {
    for (const issue of issues) {
      const at = [...base, ...issue.path];
      if (issue.code === "invalid_union") {
        const branch = resolveUnion(issue);
        if (branch) {
          walk(branch, at);
          continue;
        }
      }
      if (issue.code === "invalid_key" && issue.issues.length > 0) {
        // A record key that failed its own schema (a title keyed "en_US"): report the key's
        // problem with the key as the value.
        const key = at[at.length - 1];
        for (const inner of issue.issues) {
          out.push({
            path: toPath([...prefix, ...at]),
            code: codeOf(inner),
            message: messageOf(inner, key),
          });
        }
        continue;
      }
      out.push({
        path: toPath([...prefix, ...at]),
        code: codeOf(issue),
        message: messageOf(issue, valueAt(input, at)),
      });
    }
  };
  walk(zodIssues, []);
  return out;
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "symbol" ? String(p) : p));
}
