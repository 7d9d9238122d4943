import {
  type ConveningValidationError,
  isConveningValidationError,
  parseConvening,
} from "@convening/schema";
import { describe, expect, it } from "vitest";
import {
  type CalendarOptions,
  CalendarOptionsError,
  ConveningError,
  calendarLinks,
  DuplicateUidError,
  InvitationError,
  isCalendarOptionsError,
  isConveningError,
  isInvitationError,
  isSessionNotFoundError,
  NotParsedError,
  SessionNotFoundError,
  toCalendar,
  toICS,
  toICSStream,
} from "../src/index.js";
import { workshops } from "./fixtures/convenings.js";

describe("unparsed input", () => {
  const parsed = () => parseConvening(workshops());
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const unparsed: [string, unknown][] = [
    ["the raw document", workshops()],
    ["a parsed convening copied through JSON", JSON.parse(JSON.stringify(parsed()))],
    ["a parsed convening copied with an object spread", { ...parsed() }],
    ["null", null],
    ["a number", 42],
    ["a revoked Proxy", revoked.proxy],
  ];

  it.each(unparsed)(
    "refuses %s with NotParsedError (not_parsed) telling to call parseConvening",
    (_label, input) => {
      for (const call of [
        () => toICS(input as never),
        () => toICSStream(input as never),
        () => toCalendar(input as never),
        () => calendarLinks("power-of-a-story", input as never),
      ]) {
        try {
          call();
          expect.unreachable();
        } catch (error) {
          expect(error).toBeInstanceOf(NotParsedError);
          expect(isConveningError(error)).toBe(true);
          const e = error as NotParsedError;
          expect([e.code, e.path]).toEqual(["not_parsed", ["convening"]]);
          expect(e.message).toContain("parseConvening");
        }
      }
    },
  );

  it("names the unparsed convening of a feed by its place in the array", () => {
    try {
      toICS([parsed(), workshops() as never]);
      expect.unreachable();
    } catch (error) {
      expect((error as NotParsedError).path).toEqual(["convening", 1]);
      expect((error as Error).message).toMatch(/^toICS: convening\[1\]/);
    }
  });

  it("still refuses text that could end a content line, in parseConvening", () => {
    const breakInTitle = workshops();
    breakInTitle.sessions![0]!.title = "Title\r\nBEGIN:VEVENT";
    try {
      parseConvening(breakInTitle);
      expect.unreachable();
    } catch (error) {
      expect(isConveningValidationError(error)).toBe(true);
      expect((error as ConveningValidationError).issues.map((i) => i.code)).toContain(
        "control_character",
      );
    }
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
        toICS(parseConvening(workshops()), options as CalendarOptions);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CalendarOptionsError);
        const e = error as CalendarOptionsError;
        expect(e.code).toBe("invalid_calendar_option");
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

describe("one error model", () => {
  it("makes every error of this package a ConveningError with a snake_case code and a path array", () => {
    const errors = [
      new CalendarOptionsError(["domain"], "x y", "must be a host name"),
      new SessionNotFoundError("nope", "workshops"),
      new InvitationError(["organizer"], undefined, "needs an organizer"),
      new DuplicateUidError(["convening", 1, "sessions", 0], "a@b.org", ["one", "two"]),
    ];
    expect(errors.map((e) => [e.name, e.code, e.path])).toEqual([
      ["CalendarOptionsError", "invalid_calendar_option", ["domain"]],
      ["SessionNotFoundError", "session_not_found", ["session"]],
      ["InvitationError", "invalid_invitation", ["organizer"]],
      ["DuplicateUidError", "duplicate_uid", ["convening", 1, "sessions", 0]],
    ]);
    for (const e of errors) {
      expect(e).toBeInstanceOf(ConveningError);
      expect(isConveningError(e)).toBe(true);
      expect(e.toJSON().code).toBe(e.code);
    }
  });

  it("recognises an error from another copy of the package (ESM next to CJS) through core's registry", () => {
    const foreign = (kinds: string[]) =>
      Object.defineProperty(new Error("x"), Symbol.for("@convening/core.error-kinds"), {
        value: kinds,
      });
    const options = foreign(["CalendarOptionsError", "ConveningError"]);
    const session = foreign(["SessionNotFoundError", "ConveningError"]);
    const invitation = foreign(["InvitationError", "ConveningError"]);
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
    expect(isCalendarOptionsError(session)).toBe(false);
    expect(new Error("plain") instanceof InvitationError).toBe(false);
  });

  it("builds its message from a hostile value or path without throwing", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const error = new CalendarOptionsError(["organizer"], revoked.proxy, "must be { name, email }");
    expect(error.message).toContain("organizer");
    const hostilePath = new InvitationError(revoked.proxy as never, undefined, "broken");
    expect(hostilePath.code).toBe("invalid_invitation");
    expect(new SessionNotFoundError(revoked.proxy, "workshops").code).toBe("session_not_found");
  });
});
