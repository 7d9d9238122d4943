import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One fenced block of a guide. */
export interface Fence {
  /** The guide it is in. */
  readonly file: string;
  /** The line (1-based) of the block's first code line in the guide. */
  readonly line: number;
  /** The fence's language, lower-cased (`ts`, `sh`, `text`); `""` when none is given. */
  readonly lang: string;
  /** The words after the language (`output` in ```` ```text output ````). */
  readonly meta: readonly string[];
  /** The code, with the fence's own indentation removed. */
  readonly code: string;
  /** The line of the closing fence (or the last line, for a fence never closed). */
  readonly endLine: number;
}

/** A block the test runs, with the output the guide says it prints, if it says so. */
export interface CodeBlock extends Fence {
  /** The ```` ```text output ```` block right after it: what `console.log` prints. */
  readonly output?: Fence;
}

/** Languages whose blocks are run; every other fence (sh, json, text, md, …) is prose. */
export const RUNNABLE = new Set(["ts", "typescript", "mts", "js", "javascript", "mjs"]);
/** Languages whose blocks are also type-checked against the packages' published types. */
export const TYPED = new Set(["ts", "typescript", "mts"]);

// CommonMark §4.5: a fence is three or more backticks or tildes, indented at most three spaces;
// it closes on a fence of the same character at least as long. Parsing fences properly matters:
// a ```md block that shows a ```ts fence must not run. Deeper indentation is allowed here for
// fences inside list items.
const OPEN = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

/** Every fenced block of one Markdown text, in order. */
export function fences(file: string, text: string): Fence[] {
  const lines = text.split(/\r?\n/);
  const found: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (!open) continue;
    const [, indent = "", marker = "", lang = "", meta = ""] = open;
    if (marker[0] === "`" && meta.includes("`")) continue; // an inline code span, not a fence
    const close = new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !close.test(lines[j]!); j++) {
      const line = lines[j]!;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    found.push({
      file,
      line: i + 2,
      lang: lang.toLowerCase(),
      meta: meta.split(/\s+/).filter(Boolean),
      code: body.join("\n"),
      endLine: Math.min(j + 1, lines.length),
    });
    i = j;
  }
  return found;
}

/** A fence that claims to be output but follows no runnable block. */
export interface StrayOutput {
  readonly file: string;
  readonly line: number;
}

/**
 * The runnable blocks of the guides, each with its ```` ```text output ```` block when one
 * follows it with nothing but blank lines between; and the output blocks that follow nothing.
 */
export function codeBlocks(files: readonly string[]): {
  blocks: CodeBlock[];
  strayOutputs: StrayOutput[];
} {
  const blocks: CodeBlock[] = [];
  const strayOutputs: StrayOutput[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const lines = text.split(/\r?\n/);
    const all = fences(file, text);
    all.forEach((fence, k) => {
      if (isOutput(fence)) {
        const before = all[k - 1];
        const adjacent =
          before !== undefined &&
          RUNNABLE.has(before.lang) &&
          lines.slice(before.endLine, fence.line - 2).every((l) => l.trim() === "");
        if (!adjacent) strayOutputs.push({ file, line: fence.line - 1 });
        return;
      }
      if (!RUNNABLE.has(fence.lang)) return;
      const next = all[k + 1];
      const output =
        next !== undefined &&
        isOutput(next) &&
        lines.slice(fence.endLine, next.line - 2).every((l) => l.trim() === "")
          ? next
          : undefined;
      blocks.push(output ? { ...fence, output } : fence);
    });
  }
  return { blocks, strayOutputs };
}

function isOutput(fence: Fence): boolean {
  return fence.meta.includes("output");
}

/** The guides: every `*.md` directly in `dir`, sorted. */
export function guideFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(dir, name));
}
