import { describe, expect, it } from "vitest";
import { isEmail, isLanguageTag, isWebUrl } from "../src/index.js";

describe("isWebUrl", () => {
  it("accepts absolute http(s) URLs, query and all", () => {
    expect(isWebUrl("https://meet.example.org/j/123?pwd=a;b,c")).toBe(true);
    expect(isWebUrl("http://localhost:8080/feed.ics")).toBe(true);
  });

  it("refuses other schemes, relative URLs and anything that could break a line", () => {
    for (const value of [
      "javascript:alert(1)",
      "mailto:a@example.org",
      "/relative",
      "https://example.org/a\r\nX-INJECTED:1",
      "https://example.org/a b",
      `https://example.org/${"a".repeat(2100)}`,
      42,
    ]) {
      expect(isWebUrl(value)).toBe(false);
    }
  });
});

describe("isEmail", () => {
  it("accepts the addresses the schema's e-mail fields accept", () => {
    for (const value of ["amina@example.org", "o'neil+events@mail.example.co.ke", "a.b_c@x.io"]) {
      expect(isEmail(value)).toBe(true);
    }
  });

  it("refuses addresses without a domain, with doubled or edge dots, or too long", () => {
    for (const value of [
      "amina@example",
      "a..b@example.org",
      ".a@example.org",
      "a.@example.org",
      "a@-example.org",
      `${"a".repeat(250)}@example.org`,
      "Amina <amina@example.org>",
      null,
    ]) {
      expect(isEmail(value)).toBe(false);
    }
  });
});

describe("isLanguageTag", () => {
  it("accepts BCP 47 tags and refuses look-alikes", () => {
    for (const tag of ["en", "fr-CA", "pt-BR", "sw", "ase", "zh-Hant-TW"]) {
      expect(isLanguageTag(tag)).toBe(true);
    }
    for (const tag of ["en_US", "", "x", "english!", 7]) expect(isLanguageTag(tag)).toBe(false);
  });
});
