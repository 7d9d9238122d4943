import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { installClaimRuntime } from "./claim-runtime.js";
import { type CodeBlock, codeBlocks, guideFiles, TYPED } from "./code-blocks.js";
import { foreignImports, normaliseOutput, runBlock } from "./run-block.js";
import { typecheckBlocks } from "./typecheck-blocks.js";

const docs = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(docs, "..");
const place = { root, work: join(docs, ".run") };
// The READMEs are the first code people copy, so their blocks are held to the guides' standard.
const readmes = [
  "README.md",
  "packages/core/README.md",
  "packages/schema/README.md",
  "packages/time/README.md",
  "packages/ical/README.md",
  "packages/formats/README.md",
]
  .map((file) => join(root, file))
  .filter((file) => existsSync(file));
const { blocks, strayOutputs } = codeBlocks([...guideFiles(docs), ...readmes]);
const nameOf = (file: string) => relative(root, file);
const guides = [...new Set(blocks.map((b) => nameOf(b.file)))];

// The blocks import the packages' built dist/, as a reader's project would.
const missing = ["core", "schema", "time", "ical", "formats"].filter(
  (name) => !existsSync(join(root, "packages", name, "dist", "index.js")),
);

let types = new Map<CodeBlock, string[]>();

beforeAll(() => {
  if (missing.length > 0) {
    throw new Error(
      `build the packages first (npm run build): no dist/ in ${missing.map((m) => `packages/${m}`).join(", ")}`,
    );
  }
  rmSync(place.work, { recursive: true, force: true });
  mkdirSync(place.work, { recursive: true });
  installClaimRuntime();
  types = typecheckBlocks(blocks, place);
});

describe("the guides", () => {
  it("have TypeScript to run in the getting-started guide", () => {
    expect(guides).toContain("docs/getting-started.md");
    expect(
      blocks.filter((b) => nameOf(b.file) === "docs/getting-started.md").length,
    ).toBeGreaterThan(4);
  });

  it("mark output only right after a code block", () => {
    expect(strayOutputs.map((s) => `${relative(root, s.file)}:${s.line}`)).toEqual([]);
  });

  for (const guide of guides) {
    describe(guide, () => {
      for (const block of blocks.filter((b) => nameOf(b.file) === guide)) {
        const at = `${guide}:${block.line}`;
        describe(`the block at ${at}`, () => {
          it("imports only our packages, node: built-ins, zod and luxon", () => {
            expect(foreignImports(block.code)).toEqual([]);
          });

          if (TYPED.has(block.lang)) {
            it("type-checks against the published types", () => {
              expect(types.get(block)).toEqual([]);
            });
          }

          it(block.output ? "runs and prints the output shown" : "runs", async () => {
            const printed = await runBlock(block, place);
            if (block.output) {
              expect(normaliseOutput(printed)).toBe(normaliseOutput(block.output.code));
            }
          });
        });
      }
    });
  }
});
