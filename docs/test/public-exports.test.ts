import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { docProblems, publicExports } from "./public-exports.js";

// The API reference (`npm run docs`) is generated from TSDoc, so an export without it is a blank
// page. Every name `src/index.ts` exports needs a summary; functions, classes and constants need
// an `@example` as well.

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const packages = ["core", "schema", "time", "ical", "formats", "invite"] as const;
const exports = publicExports(root, packages);

describe("the public API", () => {
  for (const name of packages) {
    const list = exports.get(name) ?? [];
    describe(`@convening/${name}`, () => {
      it("exports something", () => {
        expect(list.length).toBeGreaterThan(0);
      });

      for (const entry of list) {
        it(`documents ${entry.name}`, () => {
          expect(docProblems(entry)).toEqual([]);
        });
      }
    });
  }
});

describe("docProblems", () => {
  const at = "src/x.ts:1";
  const doc = { at, summary: "Does it.", examples: ["```ts\nx();\n```"], hidden: [] };

  it("accepts a function with a summary and an example, and a type with a summary", () => {
    expect(docProblems({ name: "x", declarations: [{ ...doc, kind: "function" }] })).toEqual([]);
    expect(
      docProblems({ name: "X", declarations: [{ ...doc, kind: "type", examples: [] }] }),
    ).toEqual([]);
  });

  it("asks a constant for an example, and every declaration for a summary", () => {
    expect(
      docProblems({
        name: "X",
        declarations: [
          { ...doc, kind: "const", examples: [] },
          { ...doc, kind: "type", summary: "", examples: [] },
        ],
      }),
    ).toEqual(["type at src/x.ts:1 has no TSDoc summary", "const at src/x.ts:1 has no @example"]);
  });

  it("refuses empty examples, unclosed fences and hidden exports", () => {
    expect(
      docProblems({
        name: "x",
        declarations: [
          { ...doc, kind: "class", examples: ["", "```ts\nx();"], hidden: ["internal"] },
        ],
      }),
    ).toEqual([
      "class at src/x.ts:1 is exported but tagged @internal",
      "class at src/x.ts:1 has an empty @example",
      "class at src/x.ts:1 has an @example with an unclosed code fence",
    ]);
  });
});

describe("publicExports", () => {
  it("reads the TSDoc of a re-exported function and of a constant", () => {
    const time = exports.get("time") ?? [];
    const formatRange = time.find((e) => e.name === "formatRange");
    expect(formatRange?.declarations[0]).toMatchObject({
      kind: "function",
      at: expect.stringMatching(/^src\/format-range\.ts:\d+$/),
      summary: expect.stringContaining("11:20a — 12:05p EDT"),
    });
    expect(formatRange?.declarations[0]?.examples[0]).toContain("formatRange(");
    const schema = exports.get("schema") ?? [];
    expect(schema.find((e) => e.name === "ConveningSchema")?.declarations[0]?.kind).toBe("const");
  });
});
