import { describeValue } from "@convening/core";
import type { ConveningIssue, ConveningIssueCode } from "./errors.js";
import type { Path } from "./raw.js";

/** Collects issues, each message naming the offending value. */
export class IssueCollector {
  readonly issues: ConveningIssue[] = [];

  add(path: Path, code: ConveningIssueCode, message: string): void {
    this.issues.push({ path, code, message });
  }

  /** `"value" <sentence>`, the common form. */
  value(path: Path, code: ConveningIssueCode, value: unknown, sentence: string): void {
    this.add(path, code, `${describeValue(value)} ${sentence}`);
  }
}
