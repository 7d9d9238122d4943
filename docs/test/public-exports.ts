import { join, relative } from "node:path";
import ts from "typescript";

/** What the reference needs of one declaration of a public export. */
export interface ExportDeclaration {
  /** `function`, `class`, `const`, `interface`, `type`, `enum`. */
  readonly kind: string;
  /** `src/format-range.ts:128`, relative to the package. */
  readonly at: string;
  /** The TSDoc summary (text before the first tag), trimmed; `""` when there is none. */
  readonly summary: string;
  /** The text of each `@example` tag, trimmed. */
  readonly examples: readonly string[];
  /** Other tags that hide it from the reference (`@internal`, `@private`, `@ignore`, `@hidden`). */
  readonly hidden: readonly string[];
}

/** One name a package's `src/index.ts` exports. */
export interface PublicExport {
  readonly name: string;
  readonly declarations: readonly ExportDeclaration[];
}

const VALUE_KINDS = new Set(["function", "class", "const", "let", "var"]);
const HIDING_TAGS = new Set(["internal", "private", "ignore", "hidden"]);

function kindOf(node: ts.Declaration): string | undefined {
  if (ts.isFunctionDeclaration(node)) return "function";
  if (ts.isClassDeclaration(node)) return "class";
  if (ts.isInterfaceDeclaration(node)) return "interface";
  if (ts.isTypeAliasDeclaration(node)) return "type";
  if (ts.isEnumDeclaration(node)) return "enum";
  if (ts.isVariableDeclaration(node)) {
    const flags = ts.getCombinedNodeFlags(node);
    return flags & ts.NodeFlags.Const ? "const" : flags & ts.NodeFlags.Let ? "let" : "var";
  }
  return undefined;
}

function describe(node: ts.Declaration, kind: string, pkgDir: string): ExportDeclaration {
  const source = node.getSourceFile();
  // The comment closest to the declaration is the one TypeScript and TypeDoc show; for a
  // `const`, it sits on the variable statement (getJSDocCommentsAndTags climbs there).
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = docs.at(-1);
  const tags = doc?.tags ?? [];
  return {
    kind,
    at: `${relative(pkgDir, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
    summary: ts.getTextOfJSDocComment(doc?.comment)?.trim() ?? "",
    examples: tags
      .filter((tag) => tag.tagName.text === "example")
      .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim() ?? ""),
    hidden: tags.map((tag) => tag.tagName.text).filter((name) => HIDING_TAGS.has(name)),
  };
}

/** Every name each package's `src/index.ts` exports, with its declarations' TSDoc. */
export function publicExports(
  root: string,
  packages: readonly string[],
): Map<string, PublicExport[]> {
  const base = ts.readConfigFile(join(root, "tsconfig.base.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(base.config, ts.sys, root);
  const entries = packages.map((name) => join(root, "packages", name, "src", "index.ts"));
  const program = ts.createProgram(entries, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const result = new Map<string, PublicExport[]>();
  packages.forEach((name, i) => {
    const pkgDir = join(root, "packages", name);
    const source = program.getSourceFile(entries[i]!);
    if (!source) throw new Error(`cannot read ${entries[i]}`);
    const module = checker.getSymbolAtLocation(source);
    const symbols = module ? checker.getExportsOfModule(module) : [];
    result.set(
      name,
      symbols.map((symbol) => {
        const target =
          symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const nodes = target.declarations ?? [];
        // An overloaded function shows its overload signatures; the implementation is hidden.
        const overloaded = nodes.filter(ts.isFunctionDeclaration).length > 1;
        const shown = overloaded
          ? nodes.filter((node) => !(ts.isFunctionDeclaration(node) && node.body))
          : nodes;
        const declarations = shown.flatMap((node) => {
          const kind = kindOf(node);
          return kind === undefined ? [] : [describe(node, kind, pkgDir)];
        });
        return { name: symbol.name, declarations };
      }),
    );
  });
  return result;
}

/**
 * What is missing from an export's reference: every declaration needs a summary; a function,
 * class or constant needs an `@example` with content too (an overloaded function needs one on
 * at least one signature); nothing public may be hidden from the reference. Types and interfaces
 * may have examples, and need not.
 */
export function docProblems(entry: PublicExport): string[] {
  if (entry.declarations.length === 0) return [`${entry.name}: no declaration found`];
  const problems: string[] = [];
  const values = entry.declarations.filter((d) => VALUE_KINDS.has(d.kind));
  for (const d of entry.declarations) {
    if (d.summary === "") problems.push(`${d.kind} at ${d.at} has no TSDoc summary`);
    if (d.hidden.length > 0) {
      problems.push(`${d.kind} at ${d.at} is exported but tagged @${d.hidden.join(", @")}`);
    }
    for (const example of d.examples) {
      if (example === "") problems.push(`${d.kind} at ${d.at} has an empty @example`);
      else if ((example.match(/^\s*```/gm) ?? []).length % 2 !== 0) {
        problems.push(`${d.kind} at ${d.at} has an @example with an unclosed code fence`);
      }
    }
  }
  if (values.length > 0 && !values.some((d) => d.examples.some((e) => e !== ""))) {
    const first = values[0]!;
    problems.push(`${first.kind} at ${first.at} has no @example`);
  }
  return problems;
}
