import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { palette } from "../src/colour.mjs";
import { runDemo } from "../src/main.mjs";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "../../data");
const outDir = mkdtempSync(join(tmpdir(), "agenda-demo-"));
const lines = [];
const plain = palette({ isTTY: false }, {});
const { calendars } = runDemo({
  dataDir,
  outDir,
  write: (line) => lines.push(line),
  colour: plain,
});
const output = lines.join("\n");

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("the agenda demo", () => {
  it("prints the first workshop day exactly as the seed page does", () => {
    const day = output.slice(output.indexOf("Tuesday, March 23, 2021"));
    expect(day).toMatch(/11:20a — 12:05p EDT\n\s+3:20p — 4:05p GMT\n\s+6:20p — 7:05p EAT/);
    expect(output).toMatch(/11:00a — 11:45a EDT\n\s+3:00p — 3:45p GMT\n\s+6:00p — 6:45p EAT/);
  });

  it("prints the info session in CET with its moderator", () => {
    expect(output).toContain("11:00a — 12:30p CET");
    expect(output).toContain("Peter Koblowsky (moderator)");
  });

  it("prints the convergences at 3pm to 5pm UTC with their themes", () => {
    expect(output).toMatch(/2023-10-17 {2}3:00p — 5:00p UTC Philosophy, Practice and Purposes/);
  });

  it("tells what is wrong with the broken sample, one issue a line", () => {
    expect(output).toContain("invalid, as intended");
    for (const code of [
      "offset_mismatch",
      "unknown_reference",
      "end_before_start",
      "control_character",
      "invalid_zone",
    ]) {
      expect(output).toContain(`[${code}]`);
    }
  });

  it("proposes a rotation for the 19-member committee with everyone's total", () => {
    expect(output).toContain("4 calls for 19 people");
    expect(output).toMatch(/worst person's total \d+\.\d, everyone's total \d+\.\d/);
  });

  it("writes one calendar per convening and per series, each readable by ical.js", () => {
    expect(calendars.length).toBe(6);
    for (const file of calendars) {
      const vcalendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
      expect(vcalendar.getAllSubcomponents("vevent").length, file).toBeGreaterThan(0);
    }
  });

  it("writes public calendars: no member's e-mail address leaves", () => {
    const samples = readdirSync(dataDir).filter((name) => name.endsWith(".json"));
    const emails = samples.flatMap((name) =>
      [...readFileSync(join(dataDir, name), "utf8").matchAll(/"email": "([^"@]+@[^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    expect(emails.length).toBeGreaterThan(3);
    for (const file of calendars) {
      const ics = readFileSync(file, "utf8").replace(/\r\n[ \t]/g, "");
      for (const email of emails) expect(ics, `${email} in ${file}`).not.toContain(email);
    }
  });
});

describe("colour", () => {
  it("is off when the output is not a terminal", () => {
    expect(palette({ isTTY: false }, {}).red("x")).toBe("x");
  });

  it("is off on a terminal when NO_COLOR is set", () => {
    expect(palette({ isTTY: true }, { NO_COLOR: "1" }).red("x")).toBe("x");
  });

  it("is on for a terminal without NO_COLOR", () => {
    expect(palette({ isTTY: true }, {}).red("x")).toBe("\u001b[31mx\u001b[39m");
  });
});
