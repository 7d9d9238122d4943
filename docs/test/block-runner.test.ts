import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asJson, claim, installClaimRuntime } from "./claim-runtime.js";
import { ClaimSyntaxError, toModule } from "./claims.js";
import { type CodeBlock, codeBlocks, fences } from "./code-blocks.js";
import { foreignImports, normaliseOutput, runBlock } from "./run-block.js";
import { typecheckBlocks } from "./typecheck-blocks.js";

// The guides test is only as good as this machinery: each case shows that a wrong guide fails.

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const work = join(root, "docs", ".run", "self-test");
const where = (line: number) => `guide.md:${line}`;

function block(code: string, lang = "ts"): CodeBlock {
  return { file: join(root, "docs", "self-test.md"), line: 10, lang, meta: [], code, endLine: 12 };
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  installClaimRuntime();
});

describe("fences", () => {
  it("finds a block's language, words and first line", () => {
    const found = fences("g.md", "intro\n\n```ts\nconst a = 1;\n```\n\n```text output\n1\n```\n");
    expect(found.map((f) => [f.lang, f.meta, f.line, f.code])).toEqual([
      ["ts", [], 4, "const a = 1;"],
      ["text", ["output"], 8, "1"],
    ]);
  });

  it("does not run a ts fence shown inside a longer fence", () => {
    const found = fences("g.md", "````md\n```ts\nthrow 1;\n```\n````\n");
    expect(found.map((f) => f.lang)).toEqual(["md"]);
  });

  it("strips the indentation of a fence inside a list item", () => {
    const found = fences("g.md", "- step\n\n  ```ts\n  const a = 1;\n    const b = 2;\n  ```\n");
    expect(found[0]?.code).toBe("const a = 1;\n  const b = 2;");
  });
});

describe("codeBlocks", () => {
  const dir = mkdtempSync(join(tmpdir(), "guides-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("pairs a block with the output fence right after it, and reports output that follows nothing", () => {
    const file = join(dir, "g.md");
    writeFileSync(
      file,
      "```ts\nconsole.log(1);\n```\n\n```text output\n1\n```\n\nprose\n\n```text output\n2\n```\n```sh\nls\n```\n",
    );
    const { blocks, strayOutputs } = codeBlocks([file]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.output?.code).toBe("1");
    expect(strayOutputs).toEqual([{ file, line: 11 }]);
  });
});

describe("claims", () => {
  it("turn into assertions that fail on a wrong value, naming the guide's line", async () => {
    await expect(runBlock(block("const n = 1 + 1; // ⇒ 3"), { root, work })).rejects.toThrow(
      "docs/self-test.md:10: the guide says n is 3, but it is 2",
    );
  });

  it("pass on the right value, for a bare expression and for a const", async () => {
    const code = 'const n = 1 + 1; // ⇒ 2\n["a", { b: n }]; // ⇒ ["a", {"b": 2}]';
    await expect(runBlock(block(code), { root, work })).resolves.toBe("");
  });

  it("evaluate a claimed expression once", async () => {
    const code = "let count = 0;\nconst next = () => ++count;\nnext(); // ⇒ 1\ncount; // ⇒ 1";
    await expect(runBlock(block(code), { root, work })).resolves.toBe("");
  });

  it("read a value continued on the comment lines below", async () => {
    const code = '["one", "two"]; // ⇒ [\n//   "one",\n//   "two"\n// ]';
    await expect(runBlock(block(code), { root, work })).resolves.toBe("");
  });

  it("check a claim on a statement spread over several lines", async () => {
    const code =
      'const parts = [\n  "a",\n  "b",\n].join(""); // ⇒ "ab"\n[\n  1,\n].length; // ⇒ 2';
    await expect(runBlock(block(code), { root, work })).rejects.toThrow(
      "docs/self-test.md:16: the guide says [\n  1,\n].length is 2, but it is 1",
    );
  });

  it("fail when the code around them never runs", async () => {
    const code =
      "const ok = true;\nif (!ok) {\n  ok; // ⇒ false\n}\n[1].forEach((n) => {\n  n; // ⇒ 1\n});";
    await expect(runBlock(block(code), { root, work })).rejects.toThrow(
      "claims never checked (the code around them did not run): docs/self-test.md:12",
    );
  });

  it("may have the line below the statement to themselves", async () => {
    const ok = '[1, 2].map((n) => n * 2);\n// ⇒ [2, 4]\nconst s = "a";\n  // ⇒ "a"';
    await expect(runBlock(block(ok), { root, work })).resolves.toBe("");
    const wrong = "[1, 2].map((n) => n * 2);\n// ⇒ [2, 5]";
    await expect(runBlock(block(wrong), { root, work })).rejects.toThrow(
      "docs/self-test.md:11: the guide says [1, 2].map((n) => n * 2) is [2, 5], but it is [2,4]",
    );
  });

  it("are refused when the value is not JSON", () => {
    expect(() => toModule("1; // ⇒ 'one'", where)).toThrow(ClaimSyntaxError);
    expect(() => toModule("1; // ⇒ 'one'", where)).toThrow("guide.md:1");
  });

  it("are refused when they follow no statement", () => {
    expect(() => toModule("if (true) {} // ⇒ 1", where)).toThrow(/must end the line/);
    expect(() => toModule("f();\n\n// ⇒ 1", where)).toThrow(/must end the line/);
    expect(() => toModule("const [a] = [1]; // ⇒ 1", where)).toThrow(/one plain name/);
  });

  it("keep every line where it was, so errors point at the guide's line", () => {
    const code = 'import { x } from "y";\nconst a = 1; // ⇒ 1\nfoo(\n  a,\n); // ⇒ null\nbar();';
    const { module, claims } = toModule(code, where);
    expect(claims).toEqual(["guide.md:2", "guide.md:5"]);
    expect(
      module
        .split("\n")
        .slice(0, 6)
        .map((l) => l.split(" ")[0]),
    ).toEqual(["import", "const", "__docsClaim((foo(", "", ")),", "bar();"]);
  });

  it("ignore ⇒ inside strings and ordinary comments", () => {
    const code = 'const s = "a; // ⇒ 1";\n// a ⇒ b\n/* x; // ⇒ 2 */';
    expect(toModule(code, where).claims).toEqual([]);
  });
});

describe("asJson", () => {
  it("refuses values that JSON would silently change", () => {
    expect(() => asJson(new Map([[1, 2]]))).toThrow(/Map, which JSON would write as \{\}/);
    expect(() => asJson(Promise.resolve(1))).toThrow(/or await it/);
    expect(() => asJson({ n: Number.NaN })).toThrow(/the value.n is NaN/);
    expect(() => asJson([undefined])).toThrow(/undefined/);
  });

  it("writes dates and plain data as the reader sees them", () => {
    expect(asJson({ at: new Date(Date.UTC(2021, 2, 23, 15, 20)), skip: undefined })).toEqual({
      at: "2021-03-23T15:20:00.000Z",
    });
    expect(asJson(undefined)).toBeUndefined();
  });

  it("compares undefined only with undefined", () => {
    expect(() => claim(null, "undefined", "g.md:1", "x")).toThrow(/the guide says x is undefined/);
    expect(() => claim(undefined, "undefined", "g.md:1", "x")).not.toThrow();
  });
});

describe("runBlock", () => {
  it("returns what the block printed", async () => {
    const code = 'console.log("11:20a — 12:05p EDT");\nconsole.error("warned", 2);';
    await expect(runBlock(block(code), { root, work })).resolves.toBe(
      "11:20a — 12:05p EDT\nwarned 2",
    );
  });

  it("runs in a fresh folder that holds the samples, so written files go nowhere", async () => {
    const code = [
      'import { existsSync, readFileSync, writeFileSync } from "node:fs";',
      'const doc = JSON.parse(readFileSync("examples/data/collaborative-workshops-2021.json", "utf8"));',
      'doc.id; // ⇒ "collaborative-workshops-2021"',
      'existsSync("written.txt"); // ⇒ false',
      'writeFileSync("written.txt", "x");',
    ].join("\n");
    await expect(runBlock(block(code), { root, work })).resolves.toBe("");
    await expect(runBlock(block(code), { root, work })).resolves.toBe("");
  });

  it("imports the packages' built dist, with top-level await", async () => {
    const dist = pathToFileURL(join(root, "packages", "schema", "dist", "index.js")).href;
    const code = [
      'const schema = await import("@convening/schema");',
      `const built = await import(${JSON.stringify(dist)});`,
      "schema.parseConvening === built.parseConvening; // ⇒ true",
    ].join("\n");
    await expect(runBlock(block(code), { root, work })).resolves.toBe("");
  });

  it("fails when the block throws", async () => {
    await expect(runBlock(block('throw new Error("boom");'), { root, work })).rejects.toThrow(
      "boom",
    );
  });

  it("runs JavaScript blocks too", async () => {
    await expect(runBlock(block("const n = 2; // ⇒ 2", "js"), { root, work })).resolves.toBe("");
  });
});

describe("normaliseOutput", () => {
  it("ignores trailing spaces and blank lines, and nothing else", () => {
    expect(normaliseOutput("a  \r\nb\n\n")).toBe("a\nb");
    expect(normaliseOutput(" a")).toBe(" a");
  });
});

describe("foreignImports", () => {
  it("names relative files and packages a reader was not told to install", () => {
    const code = [
      'import { a } from "./helpers";',
      'import { b } from "@convening/time";',
      'import { readFileSync } from "node:fs";',
      'import { DateTime } from "luxon";',
      'import { z } from "zod";',
      'const c = await import("../data.json");',
      'export { d } from "lodash";',
    ].join("\n");
    expect(foreignImports(code)).toEqual(["./helpers", "../data.json", "lodash"]);
  });
});

describe("typecheckBlocks", () => {
  it("names the guide's line of each type error, and accepts blocks that both declare a name", () => {
    const good = block('import { formatRange } from "@convening/time";\nconst convening = 1;');
    const twin = { ...block("const convening = 2;"), line: 20 };
    const bad = { ...block('const n: number = "x";\nparseConvening(text);'), line: 30 };
    const result = typecheckBlocks([good, twin, bad], { root, work });
    expect(result.get(good)).toEqual([]);
    expect(result.get(twin)).toEqual([]);
    expect(result.get(bad)).toEqual([
      "docs/self-test.md:30: TS2322 Type 'string' is not assignable to type 'number'.",
      "docs/self-test.md:31: TS2304 Cannot find name 'parseConvening'.",
      "docs/self-test.md:31: TS2304 Cannot find name 'text'.",
    ]);
  });
});
