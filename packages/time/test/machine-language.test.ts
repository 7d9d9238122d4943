// Lines never take the machine's language. A well-formed locale the runtime has no data for is
// left by Intl to the process's default locale, which Node reads from LANG/LC_ALL (a browser from
// its UI language): `formatRange(…, { locale: "xx" })` gave German lines on a German server and
// Japanese on a Japanese one. Such a locale now reads as en-US everywhere. Each environment runs
// the package (built from source) in a process of its own, since the default locale is fixed
// when a process starts.

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAllDay, formatInZones, formatRange, zoneLabel } from "../src/index.js";
import { buildSourceBundle, type SourceBundle } from "./helpers/source-bundle.js";

const START = "2021-03-23T15:20:00Z";
const END = "2021-03-23T16:05:00Z";
const ZONES = ["America/New_York", "Europe/London", "Africa/Nairobi", "Asia/Tokyo"];

// The same calls in the child, with the locale passed in.
const SCRIPT = `
const [bundle, locale] = process.argv.slice(1);
const t = await import(bundle);
const at = ${JSON.stringify(START)};
console.log(JSON.stringify({
  machine: new Intl.DateTimeFormat().resolvedOptions().locale,
  range: t.formatRange(at, ${JSON.stringify(END)}, "Europe/Berlin", { locale }),
  zones: t.formatInZones(at, ${JSON.stringify(END)}, ${JSON.stringify(ZONES)}, { locale, style: "locale" }),
  label: t.zoneLabel("America/New_York", at, locale),
  allDay: t.formatAllDay({ startDate: "2024-03-10", endDate: "2024-03-11" }, ["UTC"], { locale }),
}));
`;

const LANGUAGES = ["de_DE.UTF-8", "ja_JP.UTF-8", "ar_EG.UTF-8", "C"];

let bundle: SourceBundle | undefined;
const seen = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  bundle = await buildSourceBundle("machine-language-test");
  const run = promisify(execFile);
  await Promise.all(
    LANGUAGES.map(async (lang) => {
      const { stdout } = await run(
        process.execPath,
        ["--input-type=module", "-e", SCRIPT, bundle!.path, "xx"],
        { env: { ...process.env, LANG: lang, LC_ALL: lang, LC_MESSAGES: lang } },
      );
      seen.set(lang, JSON.parse(stdout));
    }),
  );
}, 600_000);

afterAll(() => bundle?.remove());

describe("a locale the runtime has no data for", () => {
  it("gives the en-US lines on machines set to German, Japanese, Arabic and C", () => {
    const english = {
      range: formatRange(START, END, "Europe/Berlin", { locale: "en-US" }),
      zones: formatInZones(START, END, ZONES, { locale: "en-US", style: "locale" }),
      label: zoneLabel("America/New_York", START, "en-US"),
      allDay: formatAllDay({ startDate: "2024-03-10", endDate: "2024-03-11" }, ["UTC"]),
    };
    expect(english.range).toBe("4:20p — 5:05p CET");
    for (const lang of LANGUAGES) {
      const { machine, ...lines } = seen.get(lang)!;
      expect(lines, `LANG=${lang} (Intl default ${String(machine)})`).toEqual(english);
    }
    // The environments did reach Intl: otherwise this test could not fail.
    expect(seen.get("de_DE.UTF-8")!.machine).toBe("de-DE");
    expect(seen.get("ja_JP.UTF-8")!.machine).toBe("ja-JP");
  });
});
