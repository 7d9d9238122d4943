import ts from "typescript";

// `expr; // ⇒ value` in a guide states what the expression gives; the runner turns it into an
// assertion, so a guide whose stated output drifts from the code fails its test. A claim on
// `const name = expr;` checks `name`; a claim on a bare expression statement replaces it (the
// expression is evaluated once). The claim ends the statement's last line, or has the line right
// below it to itself. The value is JSON (or `undefined`); when it does not fit on the line it may
// go on in `//` comment lines right below. The rewrite keeps every statement on its
// own lines, so a stack trace's line in the generated module is the line in the block.

/** The global the generated modules call; installed by `installClaimRuntime`. */
export const RUNTIME = "__docsClaim";

/** A claim or block that cannot be turned into a check: the guide itself is wrong. */
export class ClaimSyntaxError extends Error {
  override name = "ClaimSyntaxError";
}

const MARK = /^\/\/\s*⇒\s?(.*)$/;

interface Claim {
  /** Offset of the `//` of the claim comment. */
  readonly pos: number;
  /** The JSON text of the expected value. */
  readonly expected: string;
  /** 1-based line in the block. */
  readonly line: number;
}

/** Every comment of the source, once each, with its offsets. */
function comments(source: ts.SourceFile): ts.CommentRange[] {
  const text = source.text;
  const seen = new Map<number, ts.CommentRange>();
  const visit = (node: ts.Node): void => {
    // Trivia before a token belongs to that token, so the trivia of every token (and of the
    // end-of-file token) holds each comment once. TypeScript splits a token's trivia at the first
    // line break: comments before it are "trailing" ones of the previous token, after it
    // "leading" ones; both are asked for.
    if (node.getChildCount(source) === 0 || node.kind === ts.SyntaxKind.EndOfFileToken) {
      const ranges = [
        ...(ts.getTrailingCommentRanges(text, node.pos) ?? []),
        ...(ts.getLeadingCommentRanges(text, node.pos) ?? []),
      ];
      for (const range of ranges) seen.set(range.pos, range);
    }
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

function lineOf(source: ts.SourceFile, pos: number): number {
  return source.getLineAndCharacterOfPosition(pos).line + 1;
}

/** The claims of a block, each with its JSON value read and checked. */
function claims(source: ts.SourceFile, where: (line: number) => string): Claim[] {
  const lines = source.text.split("\n");
  const found: Claim[] = [];
  for (const range of comments(source)) {
    if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
    const mark = MARK.exec(source.text.slice(range.pos, range.end));
    if (!mark) continue;
    const line = lineOf(source, range.pos);
    // The value may go on in comment lines below, until it parses.
    let expected = mark[1]!.trim();
    let next = line; // 0-based index of the line after the claim
    while (!parses(expected)) {
      const more = /^\s*\/\/(?!\s*⇒)(.*)$/.exec(lines[next] ?? "");
      if (!more) {
        throw new ClaimSyntaxError(
          `${where(line)}: the claim ${JSON.stringify(expected)} is not JSON (or undefined)`,
        );
      }
      expected += `\n${more[1]!}`;
      next++;
    }
    found.push({ pos: range.pos, expected: expected.trim(), line });
  }
  return found;
}

function parses(text: string): boolean {
  if (text === "undefined") return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The statements a claim can follow, by the offset of their end. */
function claimable(source: ts.SourceFile): Map<number, ts.Statement> {
  const byEnd = new Map<number, ts.Statement>();
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) byEnd.set(node.end, node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return byEnd;
}

/**
 * The statement a claim is about: the one its comment ends the line of, or, for a claim on a line
 * of its own, the one that ends on the line right above it.
 */
function statementBefore(
  source: ts.SourceFile,
  byEnd: Map<number, ts.Statement>,
  pos: number,
): ts.Statement | undefined {
  const text = source.text;
  let end = pos;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  const sameLine = byEnd.get(end);
  if (sameLine || end === 0 || text[end - 1] !== "\n") return sameLine;
  end--;
  if (text[end - 1] === "\r") end--;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return byEnd.get(end);
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The block as a module in which every claim is a check, and where each claim is (named by
 * `where(line)`, a line of the guide such as `getting-started.md:42`, as the checks name it).
 *
 * @throws {ClaimSyntaxError} for a claim that is not JSON or follows no statement.
 */
export function toModule(
  code: string,
  where: (line: number) => string,
): { module: string; claims: string[] } {
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.Latest, true);
  const byEnd = claimable(source);
  const edits: Edit[] = [];
  const list = claims(source, where);
  for (const claim of list) {
    const statement = statementBefore(source, byEnd, claim.pos);
    const at = where(claim.line);
    const args = `${JSON.stringify(claim.expected)}, ${JSON.stringify(at)}`;
    if (statement && ts.isExpressionStatement(statement)) {
      const expression = statement.expression.getText(source);
      edits.push({
        start: statement.getStart(source),
        end: statement.end,
        text: `${RUNTIME}((${expression}), ${args}, ${JSON.stringify(expression)});`,
      });
    } else if (statement && ts.isVariableStatement(statement)) {
      const declarations = statement.declarationList.declarations;
      const name = declarations.length === 1 ? declarations[0]!.name : undefined;
      if (!name || !ts.isIdentifier(name)) {
        throw new ClaimSyntaxError(
          `${at}: a claim on a declaration needs exactly one plain name (const x = …; // ⇒ …)`,
        );
      }
      edits.push({
        start: statement.end,
        end: statement.end,
        text: ` ${RUNTIME}(${name.text}, ${args}, ${JSON.stringify(name.text)});`,
      });
    } else {
      throw new ClaimSyntaxError(
        `${at}: a claim (// ⇒) must end the line of an expression statement or a const declaration, or have the line right below it to itself`,
      );
    }
  }
  let module = code;
  edits.sort((a, b) => b.start - a.start);
  edits.forEach((edit, i) => {
    const later = edits[i - 1];
    if (later && later.start < edit.end) {
      throw new ClaimSyntaxError(
        `${where(lineOf(source, later.start))}: a claim inside another claimed statement`,
      );
    }
  });
  for (const edit of edits) {
    module = module.slice(0, edit.start) + edit.text + module.slice(edit.end);
  }
  // `export {}` makes a block without imports a module too, so blocks never share a scope.
  return { module: `${module}\nexport {};\n`, claims: list.map((c) => where(c.line)) };
}
