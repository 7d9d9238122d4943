import type { z } from "zod";
import { describeValue } from "./describe-value";
import type { ConveningIssue, ConveningIssueCode } from "./errors";
import { valueAt } from "./raw";

type ZodIssue = z.core.$ZodIssue;

const ZOD_CODES: Record<string, ConveningIssueCode> = {
  invalid_type: "invalid_type",
  invalid_value: "invalid_value",
  invalid_format: "invalid_format",
  too_small: "too_small",
  too_big: "too_big",
  unrecognized_keys: "unrecognized_keys",
  invalid_union: "invalid_union",
  invalid_key: "invalid_value",
  invalid_element: "invalid_value",
  not_multiple_of: "invalid_value",
};

function codeOf(issue: ZodIssue): ConveningIssueCode {
  if (issue.code === "custom") {
    const custom = (issue.params as { code?: ConveningIssueCode } | undefined)?.code;
    return custom ?? "invalid_value";
  }
  return ZOD_CODES[issue.code] ?? "invalid_value";
}

function messageOf(issue: ZodIssue, value: unknown, code: ConveningIssueCode): string {
  if (issue.code === "invalid_type" && value === undefined) {
    return `is required (expected ${issue.expected})`;
  }
  if (issue.code === "invalid_type") return `expected ${issue.expected}, got ${describeValue(value)}`;
  if (issue.code === "invalid_value") {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
    return `${describeValue(value)} is not one of ${allowed}`;
  }
  if (issue.code === "invalid_union" && issue.errors.length === 0) {
    // A discriminated union whose discriminator matched nothing.
    const note = "note" in issue && typeof issue.note === "string" ? ` (${issue.note})` : "";
    return `${describeValue(value)} does not match any allowed form${note}`;
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    return `${describeValue(value)}: ${issue.message.replace(/^Too (small|big): expected \w+ to /, "must ")}`;
  }
  if (code === "invalid_format" || issue.code === "custom") {
    return `${describeValue(value)} ${issue.message}`;
  }
  return `${issue.message} (got ${describeValue(value)})`;
}

/**
 * A union that failed in every branch reports the branch that matched the value's type, so
 * `title: { en: "\u0007" }` says "control character at title.en", not "invalid union".
 */
function pickUnionBranch(issue: z.core.$ZodIssueInvalidUnion): ZodIssue[] | undefined {
  const typed = issue.errors.filter(
    (branch) => !(branch.length === 1 && branch[0]!.code === "invalid_type" && branch[0]!.path.length === 0),
  );
  return typed.length === 1 ? typed[0] : undefined;
}

export function issuesFromZod(zodIssues: readonly ZodIssue[], input: unknown, prefix: PropertyKey[] = []): ConveningIssue[] {
  const out: ConveningIssue[] = [];
  for (const issue of zodIssues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union") {
      const branch = pickUnionBranch(issue);
      if (branch) {
        out.push(...issuesFromZod(branch, input, path));
        continue;
      }
    }
    const value = valueAt(input, path);
    const code = codeOf(issue);
    out.push({
      path: path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      code,
      message: messageOf(issue, value, code),
    });
  }
  return out;
}
