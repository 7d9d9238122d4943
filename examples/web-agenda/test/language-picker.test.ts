import { parseConvening } from "@convening/schema";
import { buildAgenda } from "@convening/time";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import workshopsJson from "../../data/collaborative-workshops-2021.json";
import {
  chromiumPath,
  hasChromium,
  launchChromium,
  newContext,
  type ServedPage,
  screenshots,
  servePage,
} from "./support/browser.js";

// The language picker (issue 14) in Chromium: lines and headings follow the picked language,
// right-to-left ones lay out right to left with the zone label at the logical end.
const suite = hasChromium
  ? `the language picker in Chromium (${chromiumPath})`
  : `the language picker in Chromium: SKIPPED, no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
if (!hasChromium) console.warn(`web-agenda language e2e: ${suite}`);

const workshops = parseConvening(workshopsJson);
const first = [...workshops.sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0]!;
const lines = `[data-session="${first.id}"] .zone-lines li`;

/** On screen, where a line's zone label, start time and end time land (their first glyphs). */
function glyphBoxes(locator: Locator) {
  return locator.evaluate((element) => {
    const node = element.firstChild as Text;
    const box = (from: number, length: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + length);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    };
    const value = node.data;
    const startTime = value.search(/[0-9\u0660-\u0669]/);
    // The end time: the last "h:mm" before the label.
    const label = value.indexOf("غرينتش");
    const endTime = value.lastIndexOf(":", label) - 2;
    return { label: box(label, 6), start: box(startTime, 4), end: box(endTime, 4) };
  });
}

describe.skipIf(!hasChromium)(suite, () => {
  let served: ServedPage;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    served = await servePage();
    browser = await launchChromium();
    const context = await newContext(browser, {
      timezoneId: "Pacific/Chatham",
      locale: "en-US",
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await page.goto(new URL("?zone=America/New_York", served.url).href);
    await page.locator("[data-session]").first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("offers the eight languages, each named in itself, English picked", async () => {
    await expect(page.locator("#language option").allTextContents()).resolves.toEqual([
      "English",
      "français",
      "español",
      "português (Brasil)",
      "العربية",
      "Kiswahili",
      "हिन्दी",
      "Tiếng Việt",
    ]);
    await expect(page.locator("#language").inputValue()).resolves.toBe("en");
    await expect(page.locator(lines).allTextContents()).resolves.toEqual([
      "11:20a — 12:05p EDT",
      "3:20p — 4:05p GMT",
      "6:20p — 7:05p EAT",
    ]);
  });

  it("writes the lines and headings in French, as @convening/time does", async () => {
    await page.locator("#language").selectOption("fr");
    await expect(
      page.evaluate(() => new URL(location.href).searchParams.get("lang")),
    ).resolves.toBe("fr");
    // The library's own lines, computed here in Node. Chromium carries its own ICU data, which
    // may space the range dash differently (a thin space in Node's CLDR 48, a space here), so
    // spaces are compared as spaces; every other character must match.
    const spaces = (list: readonly string[]) =>
      list.map((s) => s.replace(/[\u2009\u202f\u00a0]/g, " "));
    const expected = buildAgenda(workshops, { zone: "America/New_York", locale: "fr" });
    await expect(page.locator(lines).allTextContents().then(spaces)).resolves.toEqual(
      spaces(expected[0]!.sessions[0]!.lines),
    );
    await expect(page.locator(lines).first().textContent()).resolves.toContain("UTC\u22124");
    await expect(page.locator(".day h2").allTextContents()).resolves.toEqual(
      expected.map((d) => d.heading),
    );
    await expect(page.locator(".day h2").first().getAttribute("lang")).resolves.toBe("fr");
    await expect(page.locator(".day h2").first().textContent()).resolves.toBe("mardi 23 mars 2021");
  });

  it("lays Arabic lines out right to left, the zone label at the logical end", async () => {
    await page.locator("#language").selectOption("ar");
    const line = page.locator(lines).first();
    await expect(line.getAttribute("dir")).resolves.toBe("rtl");
    await expect(line.getAttribute("lang")).resolves.toBe("ar");
    const text = (await line.textContent())!;
    expect(text.startsWith("\u2068\u200f")).toBe(true);
    expect(text).toContain("غرينتش");
    await expect(page.locator(".day h2").first().textContent()).resolves.toContain("مارس");
    // Where the glyphs land: the start time is right of the end time, and the label (logically
    // last) is left of both, as a right-to-left reader expects.
    const boxes = await glyphBoxes(line);
    expect(boxes.label.right).toBeLessThanOrEqual(boxes.end.left);
    expect(boxes.end.right).toBeLessThanOrEqual(boxes.start.left);
    await page.screenshot({ path: `${screenshots}/agenda-arabic.png`, fullPage: false });
  });

  it("keeps the viewer's time line in the picked language too", async () => {
    const time = page.locator(`[data-session="${first.id}"] [data-testid=viewer-time]`);
    await expect(time.getAttribute("dir")).resolves.toBe("rtl");
    await expect(time.textContent()).resolves.toContain("غرينتش");
    const boxes = await glyphBoxes(time);
    expect(boxes.label.right).toBeLessThanOrEqual(boxes.end.left);
    expect(boxes.end.right).toBeLessThanOrEqual(boxes.start.left);
  });

  it("returns to the seeds' English lines", async () => {
    await page.locator("#language").selectOption("en");
    await expect(page.locator(lines).allTextContents()).resolves.toEqual([
      "11:20a — 12:05p EDT",
      "3:20p — 4:05p GMT",
      "6:20p — 7:05p EAT",
    ]);
    await expect(page.locator(lines).first().getAttribute("dir")).resolves.toBe("ltr");
    expect(problems).toEqual([]);
  });
});
