import { join } from "node:path";
import { parseConvening } from "@convening/schema";
import { findMeetingTimes } from "@convening/time";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import workshopsJson from "../../data/collaborative-workshops-2021.json";
import committeeJson from "../../data/we-alliance-exploratory-committee-2011.json";
import {
  chromiumPath,
  hasChromium,
  launchChromium,
  newContext,
  type ServedPage,
  screenshots,
  servePage,
} from "./support/browser.js";
import { contrastFailures } from "./support/contrast.js";
import {
  compactTime,
  daysBetween,
  localDate,
  shortWeekday,
  utcStamp,
} from "./support/expected-times.js";

// Say it plainly when the browser test cannot run: a skipped e2e test must never pass for a run one.
const suite = hasChromium
  ? `the page in Chromium (${chromiumPath})`
  : `the page in Chromium: SKIPPED, no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
if (!hasChromium) console.warn(`web-agenda e2e: ${suite}`);

const workshops = parseConvening(workshopsJson);
const committee = parseConvening(committeeJson);
const sessions = [...workshops.sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
const first = sessions[0]!;

describe.skipIf(!hasChromium)(suite, () => {
  let served: ServedPage;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  const open = async (ctx: BrowserContext, path: string): Promise<Page> => {
    const p = await ctx.newPage();
    p.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    p.on("response", (response) => {
      if (response.status() >= 400)
        problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    p.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    await p.goto(new URL(path, served.url).href);
    await p.locator("[data-session]").first().waitFor();
    return p;
  };
  const shot = (p: Page, name: string, fullPage = true) =>
    p.screenshot({ path: join(screenshots, `${name}.png`), fullPage });

  beforeAll(async () => {
    served = await servePage();
    browser = await launchChromium();
    // The machine's own zone must not leak into what the page shows: the browser runs in a zone
    // that none of the checks below uses, and `?zone=` picks the one under test.
    context = await newContext(browser, {
      timezoneId: "Pacific/Chatham",
      locale: "en-US",
      viewport: { width: 1280, height: 900 },
    });
    page = await open(context, "?zone=America/New_York");
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  describe("agenda", () => {
    it("opens in the zone ?zone= names and shows the first session at 11:20a EDT", async () => {
      await expect(page.locator("#zone").inputValue()).resolves.toBe("America/New_York");
      // The browser's own zone is offered first, the one in the URL is the one picked.
      await expect(page.locator("#zone option").first().textContent()).resolves.toBe(
        "Your zone: Chatham (UTC+13:45)",
      );
      await expect(page.locator("#zone option:checked").textContent()).resolves.toBe(
        "New York (EDT)",
      );
      const card = page.locator(`[data-session="${first.id}"]`);
      await expect(card.locator("[data-testid=viewer-time]").textContent()).resolves.toBe(
        "11:20a — 12:05p EDT",
      );
      await expect(card.locator(".zone-lines li").allTextContents()).resolves.toEqual([
        "11:20a — 12:05p EDT",
        "3:20p — 4:05p GMT",
        "6:20p — 7:05p EAT",
      ]);
      await expect(page.locator(".day h2").allTextContents()).resolves.toEqual([
        "Tuesday, March 23, 2021",
        "Wednesday, March 24, 2021",
      ]);
      await shot(page, "agenda-new-york");
    });

    it("lists each session's speakers with their roles", async () => {
      const people = page.locator(`[data-session="community-engagement-urban-slums"] .people li`);
      await expect(people.allTextContents()).resolves.toEqual([
        "Priya S., The Bridgespan Group (speaker)",
        "Farhan K. (panelist)",
        "Meera D. (panelist)",
      ]);
    });

    it("moves every session to Tokyo time when the zone picker says Asia/Tokyo", async () => {
      await page.locator("#zone").selectOption("Asia/Tokyo");
      await expect(
        page.evaluate(() => new URL(location.href).searchParams.get("zone")),
      ).resolves.toBe("Asia/Tokyo");
      for (const session of sessions) {
        // Computed here from Intl alone, not by @convening/time.
        const shift = daysBetween(
          localDate(session.start, workshops.timeZone),
          localDate(session.start, "Asia/Tokyo"),
        );
        const weekday = shift === 0 ? "" : `${shortWeekday(session.start, "Asia/Tokyo")} `;
        const marker =
          shift === 0
            ? ""
            : ` (${shift > 0 ? "+" : "-"}${Math.abs(shift)} day${Math.abs(shift) === 1 ? "" : "s"})`;
        const expected = `${weekday}${compactTime(session.start, "Asia/Tokyo")} — ${compactTime(session.end, "Asia/Tokyo")} JST${marker}`;
        const time = page.locator(`[data-session="${session.id}"] [data-testid=viewer-time]`);
        await expect(time.textContent()).resolves.toBe(expected);
      }
      // The first session is past midnight in Tokyo, a day after New York's date.
      await expect(
        page.locator(`[data-session="${first.id}"] [data-testid=viewer-time]`).textContent(),
      ).resolves.toBe("Wed 12:20a — 1:05a JST (+1 day)");
      // The display-zone lines do not depend on the reader's zone.
      await expect(
        page.locator(`[data-session="${first.id}"] .zone-lines li`).first().textContent(),
      ).resolves.toBe("11:20a — 12:05p EDT");
      await expect(page.locator("#zone-summary").textContent()).resolves.toContain(
        "Asia/Tokyo (JST)",
      );
      await shot(page, "agenda-tokyo");
    });

    it("offers Google, Outlook, Office 365 and Yahoo links with the session's UTC times", async () => {
      const href = (key: string) =>
        page.locator(`[data-session="${first.id}"] a[data-calendar="${key}"]`).getAttribute("href");
      const start = utcStamp(first.start);
      const end = utcStamp(first.end);
      expect(start).toBe("20210323T152000Z");

      const google = new URL((await href("google"))!);
      expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
      expect(google.searchParams.get("action")).toBe("TEMPLATE");
      expect(google.searchParams.get("dates")).toBe("20210323T152000Z/20210323T160500Z");
      expect(google.searchParams.get("text")).toBe("Communities Organizing for Their Development");

      for (const [key, host] of [
        ["outlook", "outlook.live.com"],
        ["office365", "outlook.office.com"],
      ] as const) {
        const url = new URL((await href(key))!);
        expect(url.host).toBe(host);
        expect(url.searchParams.get("startdt")).toBe(
          new Date(first.start).toISOString().replace(".000", ""),
        );
        expect(url.searchParams.get("enddt")).toBe(
          new Date(first.end).toISOString().replace(".000", ""),
        );
        expect(url.searchParams.get("subject")).toBe(
          "Communities Organizing for Their Development",
        );
      }

      // A public page never hands out the private join link, not even inside a link's details.
      const all = await page
        .locator("a[data-calendar]")
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href).join(" "));
      expect(decodeURIComponent(all)).not.toContain("meet.example.org");

      const yahoo = new URL((await href("yahoo"))!);
      expect(yahoo.host).toBe("calendar.yahoo.com");
      expect([yahoo.searchParams.get("st"), yahoo.searchParams.get("et")]).toEqual([start, end]);
    });

    it("offers the session as an .ics file with only that session, in its own zone", async () => {
      const link = page.locator(`[data-session="${first.id}"] a[data-calendar="ics"]`);
      await expect(link.getAttribute("download")).resolves.toBe(`${first.id}.ics`);
      const href = (await link.getAttribute("href"))!;
      expect(href.startsWith("blob:")).toBe(true);
      const ics = await page.evaluate(async (url) => (await fetch(url)).text(), href);
      expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
      expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
      expect(ics).toMatch(/^DTSTART;TZID=America\/New_York:20210323T112000\r$/m);
      expect(ics).toMatch(/^DTEND;TZID=America\/New_York:20210323T120500\r$/m);
      expect(ics).toMatch(/^BEGIN:VTIMEZONE\r$/m);
      expect(ics).toMatch(new RegExp(`^UID:${first.id}@`, "m"));
      // A public page never hands out the private join link.
      expect(ics).not.toContain("meet.example.org");

      const download = page.waitForEvent("download");
      await link.click();
      await expect((await download).suggestedFilename()).toBe(`${first.id}.ics`);
    });

    it("offers the whole convening as one .ics file", async () => {
      const href = (await page.locator('a[data-calendar="convening-ics"]').getAttribute("href"))!;
      const ics = await page.evaluate(async (url) => (await fetch(url)).text(), href);
      expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(workshops.sessions.length);
    });

    it("opens in the browser's own zone when the URL names none", async () => {
      const nairobi = await newContext(browser, { timezoneId: "Africa/Nairobi", locale: "en-GB" });
      const p = await open(nairobi, "");
      await expect(p.locator("#zone").inputValue()).resolves.toBe("Africa/Nairobi");
      await expect(p.locator("#zone option:checked").textContent()).resolves.toBe(
        "Your zone: Nairobi (EAT)",
      );
      await expect(
        p.locator(`[data-session="${first.id}"] [data-testid=viewer-time]`).textContent(),
      ).resolves.toBe("6:20p — 7:05p EAT");
      await nairobi.close();
    });

    it("says so and falls back to the browser's zone when ?zone= names no zone", async () => {
      const p = await open(context, "?zone=Mars/Olympus_Mons");
      await expect(p.locator(".notice").textContent()).resolves.toContain(
        "“Mars/Olympus_Mons” is not a time zone",
      );
      await expect(p.locator("#zone").inputValue()).resolves.toBe("Pacific/Chatham");
      await p.close();
    });

    it("reads well on a 375px phone, with nothing wider than the screen", async () => {
      const phone = await newContext(browser, {
        timezoneId: "Asia/Kolkata",
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
      });
      const p = await open(phone, "?zone=Asia/Kolkata");
      await expect(
        p.evaluate(() => document.documentElement.scrollWidth),
      ).resolves.toBeLessThanOrEqual(375);
      await shot(p, "agenda-phone", false);
      await p.locator(`[data-session="${first.id}"]`).scrollIntoViewIfNeeded();
      await shot(p, "agenda-phone-session", false);
      await p.goto(new URL("?zone=Asia/Kolkata#find-a-time", served.url).href);
      await p.locator(".band").first().waitFor();
      // Wide charts scroll inside their own region; the page itself does not.
      await expect(
        p.evaluate(() => document.documentElement.scrollWidth),
      ).resolves.toBeLessThanOrEqual(375);
      await shot(p, "find-a-time-phone", false);
      await p.locator(".bands").scrollIntoViewIfNeeded();
      await shot(p, "find-a-time-phone-bands", false);
      await phone.close();
    });
  });

  describe("loading", () => {
    it("downloads only the agenda's code until Find a time opens, then that view's chunk", async () => {
      const fresh = await newContext(browser, { timezoneId: "Europe/Paris", locale: "en-GB" });
      const p = await fresh.newPage();
      const scripts: Response[] = [];
      p.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.push(response);
      });
      await p.goto(new URL("?zone=Europe/Paris", served.url).href);
      await p.locator("[data-session]").first().waitFor();
      const bytes = async (responses: readonly Response[]) =>
        (await Promise.all(responses.map(async (r) => (await r.body()).length))).reduce(
          (a, b) => a + b,
          0,
        );
      // One chunk, under Vite's 500 kB warning (as one chunk with date-holidays' data the page
      // was 1.78 MB).
      expect(scripts).toHaveLength(1);
      expect(await bytes(scripts)).toBeLessThan(500_000);
      await expect(p.locator("#find-a-time").innerHTML()).resolves.toBe("");

      await p.locator('a[data-view="find-a-time"]').click();
      await p.locator("#find-a-time .band").first().waitFor();
      expect(scripts.length).toBeGreaterThan(1);
      expect(await bytes(scripts.slice(1))).toBeGreaterThan(500_000);
      await expect(p.evaluate(() => document.title)).resolves.toMatch(/^Find a time: /);
      await expect(p.evaluate(() => document.activeElement?.id)).resolves.toBe("find-a-time-title");
      await expect(p.locator("#find-a-time").getAttribute("aria-busy")).resolves.toBeNull();
      await fresh.close();
    });
  });

  describe("accessibility", () => {
    it("labels every form control and names every link", async () => {
      const unlabeled = await page.evaluate(() =>
        [...document.querySelectorAll("select, input, textarea")]
          .filter((el) => (el as HTMLSelectElement).labels?.length === 0)
          .map((el) => el.id),
      );
      expect(unlabeled).toEqual([]);
      const nameless = await page.evaluate(
        () =>
          [...document.querySelectorAll("a")].filter(
            (a) => (a.textContent ?? "").trim() === "" && !a.getAttribute("aria-label"),
          ).length,
      );
      expect(nameless).toBe(0);
    });

    it("switches to Find a time and back with the keyboard, moving focus to the view's heading", async () => {
      await page.locator("#zone").focus();
      // Shift+Tab walks back from the picker to the view switch in the header.
      let focused = "";
      for (let i = 0; i < 10 && focused !== "find-a-time"; i++) {
        await page.keyboard.press("Shift+Tab");
        focused = await page.evaluate(
          () => (document.activeElement as HTMLElement | null)?.dataset.view ?? "",
        );
      }
      expect(focused).toBe("find-a-time");
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement!).outlineStyle,
      );
      expect(outline).toBe("solid");
      await page.keyboard.press("Enter");
      await page.locator("#find-a-time .band").first().waitFor();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
        "find-a-time-title",
      );
      await expect(page.locator("#agenda").isHidden()).resolves.toBe(true);
      await expect(
        page.locator('a[data-view="find-a-time"]').getAttribute("aria-current"),
      ).resolves.toBe("page");
    });

    it("keeps text contrast at WCAG AA (4.5:1) on both views", async () => {
      for (const view of ["agenda", "find-a-time"]) {
        await page.goto(new URL(`?zone=America/New_York#${view}`, served.url).href);
        await page.locator(`#${view} h1`).waitFor();
        const failures = await page.evaluate(contrastFailures);
        expect(failures, view).toEqual([]);
      }
    });
  });

  describe("find a time", () => {
    const members = committee.groups[0]!.memberIds;

    it("draws one 24-hour band per committee member", async () => {
      await page.goto(new URL("?zone=America/New_York#find-a-time", served.url).href);
      await page.locator(".band").first().waitFor();
      expect(members).toHaveLength(19);
      await expect(
        page
          .locator(".band")
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.member)),
      ).resolves.toEqual(members);
      // Every band covers the whole UTC day with no gap.
      const coverage = await page
        .locator(".band__track")
        .evaluateAll((tracks) =>
          tracks.map((t) =>
            [...t.querySelectorAll<HTMLElement>(".segment")].reduce(
              (sum, s) => sum + Number.parseFloat(s.style.width),
              0,
            ),
          ),
        );
      for (const total of coverage) expect(total).toBeCloseTo(100, 3);
    });

    it("marks the five slots findMeetingTimes ranks best, in rank order", async () => {
      const byId = new Map(committee.people.map((p) => [p.id, p]));
      const expected = findMeetingTimes({
        participants: members.map((id) => byId.get(id)!),
        duration: "PT1H",
        from: "2011-07-27T00:00:00Z",
        to: "2011-07-28T00:00:00Z",
        step: 60,
        limit: 5,
      }).map((s) => s.start);
      const marks = page.locator(".slot-mark");
      await expect(marks.count()).resolves.toBe(5);
      await expect(
        marks.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.start)),
      ).resolves.toEqual(expected);
      await expect(
        page
          .locator(".best-slots > li")
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.start)),
      ).resolves.toEqual(expected);
      await shot(page, "find-a-time");
      await page.locator(".bands").screenshot({ path: join(screenshots, "find-a-time-bands.png") });
    });

    it("gives each ranked slot its band and reasons, and ranks a poll on them", async () => {
      const byId = new Map(committee.people.map((p) => [p.id, p]));
      const expected = findMeetingTimes({
        participants: members.map((id) => byId.get(id)!),
        duration: "PT1H",
        from: "2011-07-27T00:00:00Z",
        to: "2011-07-28T00:00:00Z",
        step: 60,
        limit: 5,
      });
      await expect(
        page
          .locator(".best-slots > li")
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.band)),
      ).resolves.toEqual(expected.map((s) => s.band));
      await expect(
        page.locator(".best-slots > li").first().locator(".reasons li").count(),
      ).resolves.toBe(expected[0]!.reasons.length);
      await expect(page.locator(".poll > li").count()).resolves.toBe(6);
      await expect(
        page.locator('.poll > li[data-option="whole-day"]').textContent(),
      ).resolves.toContain("All day 2011-07-27");
    });

    it("redraws the bands and slots for another call day", async () => {
      await page.locator("#call-day").selectOption("2011-11-02");
      await expect(page.locator("#best-title").textContent()).resolves.toContain("2 November 2011");
      await expect(page.locator(".band").count()).resolves.toBe(19);
      await expect(page.locator(".slot-mark").count()).resolves.toBe(5);
      const starts = await page
        .locator(".slot-mark")
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.start ?? ""));
      for (const start of starts) expect(start.startsWith("2011-11-02T")).toBe(true);
    });

    it("shows the rotation as members × calls with each member's total", async () => {
      const calls = await page.locator(".rotation thead th[data-start]").count();
      expect(calls).toBe(9);
      await expect(page.locator(".rotation tbody tr").count()).resolves.toBe(19);
      const rows = await page.locator(".rotation tbody tr").evaluateAll((trs) =>
        trs.map((tr) => ({
          costs: [...tr.querySelectorAll<HTMLElement>("td.cost")].map((td) =>
            Number(td.dataset.cost),
          ),
          total: Number((tr.querySelector("td.total") as HTMLElement).dataset.total),
          text: tr.querySelector("td.total")?.textContent ?? "",
        })),
      );
      for (const row of rows) {
        expect(row.costs).toHaveLength(9);
        expect(row.total).toBeCloseTo(
          row.costs.reduce((a, b) => a + b, 0),
          3,
        );
        // The number is in the text, not only in the colour.
        expect(row.text).toContain(String(Math.round(row.total * 100) / 100));
      }
      await page
        .locator('section[aria-labelledby="rotation-title"]')
        .screenshot({ path: join(screenshots, "find-a-time-rotation.png") });
    });
  });

  it("logs no errors or warnings in the browser console", () => {
    expect(problems).toEqual([]);
  });
});
