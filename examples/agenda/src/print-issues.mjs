import { formatPath } from "@convening/schema";

/** Lists a validation error's issues, one line each: where, what, and the stable code. */
export function printIssues(error, c, write) {
  write(c.red(`  ${error.issues.length} issue${error.issues.length === 1 ? "" : "s"}:`));
  for (const issue of error.issues) {
    write(`  ${c.yellow(formatPath(issue.path))}  ${issue.message} ${c.dim(`[${issue.code}]`)}`);
  }
}
