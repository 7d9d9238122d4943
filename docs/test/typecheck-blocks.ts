import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { type CodeBlock, TYPED } from "./code-blocks.js";
import { blockName, type RunPlace, whereIn } from "./run-block.js";

// The settings of a reader's strict project: the guides must compile there, against the types
// the packages publish (`dist/index.d.ts`, since no `@convening/source` condition is set).
// `moduleDetection: force` makes every block a module of its own, so two blocks may both
// declare `convening`; `noUncheckedIndexedAccess` stays off, as in most readers' projects.
function compilerOptions(root: string): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    isolatedModules: true,
    types: ["node"],
    typeRoots: [join(root, "node_modules", "@types")],
  };
}

/**
 * Type-checks every TypeScript block as its own module and returns, per block, the compiler's
 * complaints with the guide's line (`docs/time-zones.md:88: TS2304 Cannot find name 'doc'.`).
 */
export function typecheckBlocks(
  blocks: readonly CodeBlock[],
  place: RunPlace,
): Map<CodeBlock, string[]> {
  const dir = join(place.work, "types");
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, CodeBlock>();
  for (const block of blocks) {
    if (!TYPED.has(block.lang)) continue;
    const file = join(dir, `${blockName(block)}.ts`);
    writeFileSync(file, block.code);
    files.set(file, block);
  }
  const program = ts.createProgram([...files.keys()], compilerOptions(place.root));
  // A broken setup (a missing @types/node, say) would otherwise let every block pass unchecked.
  const setup = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  if (setup.length > 0) {
    throw new Error(
      `cannot type-check the guides: ${setup.map((d) => ts.flattenDiagnosticMessageText(d.messageText, " ")).join("; ")}`,
    );
  }
  const result = new Map<CodeBlock, string[]>();
  for (const [file, block] of files) {
    const source = program.getSourceFile(file)!;
    const where = whereIn(block, place.root);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    result.set(
      block,
      diagnostics.map((d) => {
        const line =
          d.start === undefined ? 1 : source.getLineAndCharacterOfPosition(d.start).line + 1;
        return `${where(line)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
  }
  return result;
}
