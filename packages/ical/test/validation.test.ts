import { readFileSync } from "node:fs";
import { ConveningValidationError, isConveningValidationError } from "@convening/schema";
import { describe, expect, it } from "vitest";
import {
  type CalendarOptions,
  CalendarOptionsError,
  InvitationError,
  isCalendarOptionsError,
  isInvitationError,
  isSessionNotFoundError,
  SessionNotFoundError,
  toCalendar,
  toICS,
} from "../src/index.js";
import { workshops } from "./fixtures/convenings.js";

describe("invalid input", () => {
  it("refuses an invalid convening with ConveningValidationError before any output", () => {
    const broken = new URL(
      "../../../examples/data/broken/collaborative-workshops-broken.json",
      import.meta.url,
    );
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(broken, "utf8"));
    } catch {
      doc = { ...workshops(), timeZone: "EDT" };
    }
    expect(() => toICS(doc)).toThrow(ConveningValidationError);
    expect(() => toCalendar(doc)).toThrow(ConveningValidationError);
  });

  it("refuses text that could end a content line: a lone CR in a description, a line break in a title", () => {
    const loneCr = workshops();
    loneCr.sessions![0]!.description = "First line\rATTENDEE:mailto:evil@example.org";
    const breakInTitle = workshops();
    breakInTitle.sessions![0]!.title = "Title\r\nBEGIN:VEVENT";
    for (const doc of [loneCr, breakInTitle]) {
      try {
        toICS(doc);
        expect.unreachable();
      } catch (error) {
        expect(isConveningValidationError(error)).toBe(true);
        expect((error as ConveningValidationError).issues.map((i) => i.code)).toContain(
          "control_character",
        );
      }
    }
  });

  it("refuses documents that are not objects with ConveningValidationError, never a TypeError", () => {
    for (const input of [null, undefined, 42, "convening", []])
      expect(() => toICS(input)).toThrow(ConveningValidationError);
  });
});

describe("invalid options", () => {
  const cases: [string, CalendarOptions | Record<string, unknown>, (string | number)[]][] = [
    ["a domain that is not a host name", { domain: "events.example.org\r\nX-EVIL:1" }, ["domain"]],
    ["an unknown method", { method: "PUBLISH\r\nX" as never }, ["method"]],
    ["an unknown audience", { audience: "everyone" as never }, ["audience"]],
    [
      "an organizer e-mail that is not one",
      { organizer: { name: "Team", email: "team@example.org\r\nX:1" } },
      ["organizer", "email"],
    ],
    [
      "an organizer name with a line break",
      { organizer: { name: "Team\nX", email: "team@example.org" } },
      ["organizer", "name"],
    ],
    ["a URL that is not http(s)", { url: "javascript:alert(1)" }, ["url"]],
    ["a calendar name with a control character", { name: "Feed\u0007" }, ["name"]],
    ["a zero refresh interval", { refreshInterval: "PT0S" }, ["refreshInterval"]],
    [
      "a refresh interval that rounds to zero seconds",
      { refreshInterval: 0.001 },
      ["refreshInterval"],
    ],
    ["a refresh interval that is no duration", { refreshInterval: "soon" }, ["refreshInterval"]],
    ["an alarm that is no duration", { alarms: [15, "later"] }, ["alarms", 1]],
    ["a language that is no BCP 47 tag", { language: ["fr", "not a tag"] }, ["language", 1]],
    ["an id that is not a session or series", { only: ["power-of-a-story", "nope"] }, ["only", 1]],
    ["an option that does not exist", { timezone: "UTC" }, ["timezone"]],
  ];

  it.each(cases)(
    "refuses %s with CalendarOptionsError naming the option and value",
    (_label, options, path) => {
      try {
        toICS(workshops(), options as CalendarOptions);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CalendarOptionsError);
        const e = error as CalendarOptionsError;
        expect(e.code).toBe("INVALID_CALENDAR_OPTIONS");
        expect(e.path).toEqual(path);
        expect(e.message).toContain(
          path
            .map(String)
            .join(".")
            .replace(/\.(\d+)/g, "[$1]"),
        );
      }
    },
  );
});

describe("error identity across the ESM and CJS builds", () => {
  it("recognises errors by their Symbol.for brand, as a copy from the other build would carry", () => {
    const foreign = (brand: string) => Object.assign(new Error("x"), { [Symbol.for(brand)]: true });
    const options = foreign("@convening/ical.CalendarOptionsError");
    const session = foreign("@convening/ical.SessionNotFoundError");
    const invitation = foreign("@convening/ical.InvitationError");
    expect([options instanceof CalendarOptionsError, isCalendarOptionsError(options)]).toEqual([
      true,
      true,
    ]);
    expect([session instanceof SessionNotFoundError, isSessionNotFoundError(session)]).toEqual([
      true,
      true,
    ]);
    expect([invitation instanceof InvitationError, isInvitationError(invitation)]).toEqual([
      true,
      true,
    ]);
    expect(isCalendarOptionsError(new Error("plain"))).toBe(false);
    expect(new Error("plain") instanceof InvitationError).toBe(false);
  });
});
