import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import ts from "typescript";
import { checkedClaims } from "./claim-runtime.js";
import { toModule } from "./claims.js";
import { type CodeBlock, TYPED } from "./code-blocks.js";

/** Where the runner works: the repository root and a scratch folder it owns. */
export interface RunPlace {
  /** The repository root: guides are named relative to it, samples copied from it. */
  readonly root: string;
  /** A scratch folder (`docs/.run`), emptied by the caller before a run. */
  readonly work: string;
}

/** A stable file-system name for a block: `getting-started-42`. */
export function blockName(block: CodeBlock): string {
  // The folder too: the root README and each package's README are all README.md, and two blocks
  // that start on the same line would otherwise share one file (and one type-check result).
  return `${basename(dirname(block.file))}-${basename(block.file, ".md")}-${block.line}`;
}

/** Names line `n` (1-based) of a block as the guide's line: `docs/getting-started.md:42`. */
export function whereIn(block: CodeBlock, root: string): (line: number) => string {
  return (line) => `${relative(root, block.file)}:${block.line + line - 1}`;
}

// What a block may import: our packages, Node's built-ins, and the peer dependencies the
// getting-started guide installs. Anything else (a relative path above all) would make the
// block depend on a file the reader does not have.
const ALLOWED = [
  /^@convening\/(core|schema|time|ical)$/,
  // The holiday data is its own subpath (opt-in by import).
  /^@convening\/time\/holidays$/,
  // formats has one entry per format.
  /^@convening\/formats(\/(frab|pretalx|sessionize|jsonld))?$/,
  /^node:/,
  /^zod(\/.*)?$/,
  /^luxon$/,
];

/** The modules a block imports that a reader would not have. */
export function foreignImports(code: string): string[] {
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      specifier = node.moduleSpecifier;
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    ) {
      specifier = node.arguments[0];
    }
    if (specifier !== undefined) {
      const name = ts.isStringLiteralLike(specifier) ? specifier.text : specifier.getText(source);
      if (!ALLOWED.some((pattern) => pattern.test(name))) found.push(name);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const CONSOLE = ["log", "info", "warn", "error", "debug"] as const;
// Modules are cached by URL: a block run twice (or two blocks that share a name) needs a file of
// its own each time, or the second import would return the first run's module without running.
let runs = 0;

/**
 * Runs one block as an ES module against the packages' built `dist/` and returns what it
 * printed. It fails when the block throws, when a claim is wrong, and when a claim never ran.
 * Each block gets a fresh working directory holding a copy of `examples/data`, so paths read as
 * they would from a clone's root, files a block writes go nowhere, and no block can depend on a
 * file an earlier block wrote.
 */
export async function runBlock(block: CodeBlock, place: RunPlace): Promise<string> {
  const name = blockName(block);
  const { module, claims } = toModule(block.code, whereIn(block, place.root));
  runs++;
  const file = join(place.work, `${name}.${runs}${TYPED.has(block.lang) ? ".ts" : ".mjs"}`);
  writeFileSync(file, module);

  const cwd = join(place.work, "cwd", name);
  rmSync(cwd, { recursive: true, force: true });
  mkdirSync(cwd, { recursive: true });
  cpSync(join(place.root, "examples", "data"), join(cwd, "examples", "data"), { recursive: true });

  const printed: string[] = [];
  const saved = CONSOLE.map((method) => console[method]);
  for (const method of CONSOLE) {
    console[method] = (...args: unknown[]) => {
      printed.push(format(...args));
    };
  }
  const home = process.cwd();
  process.chdir(cwd);
  checkedClaims();
  try {
    await import(pathToFileURL(file).href);
    // A claim in a branch or callback that never runs would pass without being checked.
    const ran = checkedClaims();
    const skipped = claims.filter((where) => !ran.has(where));
    if (skipped.length > 0) {
      throw new Error(
        `claims never checked (the code around them did not run): ${skipped.join(", ")}`,
      );
    }
  } finally {
    process.chdir(home);
    CONSOLE.forEach((method, i) => {
      console[method] = saved[i]!;
    });
  }
  return printed.join("\n");
}

/** Text compared line by line, ignoring trailing spaces and trailing blank lines. */
export function normaliseOutput(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n+$/, "");
}
