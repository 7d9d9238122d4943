import fc from "fast-check";
import { foldLines } from "ical-generator";
import { describe, expect, it } from "vitest";
import { foldContentLines } from "../src/fold-lines.js";

// RFC 5545 §3.1: content lines longer than 75 octets are folded with CRLF and one space, never
// inside a multi-octet UTF-8 character. The positions must stay ical-generator's, or every feed
// published so far would change bytes.

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Characters of every UTF-8 length: 1 (ASCII), 2 (é), 3 (€, CJK), 4 (astral, a surrogate pair). */
const character = fc.oneof(
  fc.constantFrom("a", "Z", " ", ";", ":", ",", "\\", "\t"),
  fc.constantFrom("é", "ß", "Ω", "א"),
  fc.constantFrom("€", "中", "ー", "\uffff"),
  fc.constantFrom("😀", "𝄞", "\u{10ffff}", "👩‍💻"),
);
// A content line starts with a property name, never with the space that marks a continuation.
function linesOf(chars: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const line = fc.array(chars, { maxLength: 200, size: "max" }).map((cs) => `X:${cs.join("")}`);
  // Content lines joined by CRLF, sometimes with a trailing CRLF, as the calendar text is.
  return fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean())
    .map(([lines, trailing]) => lines.join("\r\n") + (trailing ? "\r\n" : ""));
}
// Mixed widths, and ASCII alone (folded by arithmetic on line lengths).
const text = fc.oneof(linesOf(character), linesOf(character.filter((c) => c < "\x80")));

function physicalLines(folded: string): string[] {
  return folded.split("\r\n");
}

describe("foldContentLines", () => {
  it("folds exactly where ical-generator's foldLines does, for text of every UTF-8 width", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(foldContentLines(t)).toBe(foldLines(t));
      }),
      { numRuns: 400, seed: 20210323 },
    );
  });

  it("keeps every physical line within 75 octets and every piece valid UTF-8, and unfolds to the input", () => {
    fc.assert(
      fc.property(text, (t) => {
        const folded = foldContentLines(t);
        // A split surrogate pair would encode as U+FFFD (EF BF BD); a split UTF-8 sequence would
        // not decode at all. One expect per case: vitest's expect is slow in a tight loop.
        const bad = physicalLines(folded).filter((physical) => {
          const bytes = utf8.encode(physical);
          return (
            bytes.length > 75 ||
            /[\ud800-\udbff]$|^ ?[\udc00-\udfff]/.test(physical) ||
            strictUtf8.decode(bytes) !== physical
          );
        });
        expect(bad).toEqual([]);
        expect(folded.replace(/\r\n /g, "")).toBe(t);
      }),
      { numRuns: 400, seed: 20210324 },
    );
  });

  it("puts 74 octets on the first line and 74 after the space on each continuation", () => {
    const folded = foldContentLines(`DESCRIPTION:${"x".repeat(200)}`);
    expect(physicalLines(folded).map((l) => utf8.encode(l).length)).toEqual([74, 75, 1 + 64]);
  });

  it("moves a whole character to the next line rather than split its octets", () => {
    // 73 ASCII octets, then a 4-octet emoji: 77 would pass 74, so the emoji starts line two.
    const folded = foldContentLines(`${"x".repeat(73)}😀y`);
    expect(folded).toBe(`${"x".repeat(73)}\r\n 😀y`);
    // 72 octets, then "€" (3 octets): 75, folded before it.
    expect(foldContentLines(`${"x".repeat(72)}€`)).toBe(`${"x".repeat(72)}\r\n €`);
    // 71 + 3 = 74 fits.
    expect(foldContentLines(`${"x".repeat(71)}€`)).toBe(`${"x".repeat(71)}€`);
  });

  it("counts a lone surrogate as the 3 octets of the U+FFFD an encoder writes for it", () => {
    const folded = foldContentLines(`${"x".repeat(72)}\ud800y`);
    expect(folded).toBe(`${"x".repeat(72)}\r\n \ud800y`);
    expect(foldContentLines(`${"x".repeat(71)}\udc00`)).toBe(`${"x".repeat(71)}\udc00`);
  });

  it("returns short lines as they are and leaves a lone CR or LF inside a line alone", () => {
    const t = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    expect(foldContentLines(t)).toBe(t);
    expect(foldContentLines("")).toBe("");
    const lone = `${"x".repeat(70)}\n${"y".repeat(10)}`;
    expect(foldContentLines(lone)).toBe(foldLines(lone));
  });
});
