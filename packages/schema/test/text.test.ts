import { describe, expect, it } from "vitest";
import { isMultiLineText, isSingleLineText, LanguageTagSchema, localize } from "../src/index.js";
import { expectIssue, expectValid, workshops } from "./support/documents.js";

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i));

describe("control characters", () => {
  describe("in single-line text (titles, names, labels)", () => {
    it("rejects every C0 and C1 control, DEL and the Unicode line and paragraph separators", () => {
      for (const c of [...C0, ...C1, "\u2028", "\u2029"]) {
        expect(isSingleLineText(`Power${c}of a Story`), `U+${c.charCodeAt(0).toString(16)}`).toBe(
          false,
        );
      }
    });

    it("accepts ordinary text in any script", () => {
      for (const t of [
        "The Power of a Story",
        "Women’s Empowerment: The Spirit, Power, & Politics",
        "Ateliers collaboratifs",
        "ምክክር",
        "协作研讨会",
        "🌍 Convergence",
      ]) {
        expect(isSingleLineText(t), t).toBe(true);
      }
    });

    it("reports a control character in a title, a translated title and a name at its path", () => {
      const doc = workshops();
      doc.sessions![0]!.title = { en: "The Power\tof a Story", fr: "Le pouvoir d'un récit" };
      doc.sessions![1]!.title = "Urban\u2029Slums";
      doc.people![0]!.name = "Amina\u0085Mohammed";
      expectIssue(
        doc,
        "control_character",
        ["sessions", 0, "title", "en"],
        '"The Power\\tof a Story"',
      );
      expectIssue(doc, "control_character", ["sessions", 1, "title"], '"Urban\\u2029Slums"');
      expectIssue(doc, "control_character", ["people", 0, "name"], '"Amina\\u0085Mohammed"');
    });

    it("rejects a line break in a display-zone label and a tag", () => {
      const doc = {
        ...workshops(),
        displayZones: [{ zone: "Africa/Nairobi", label: "EAT\n" }],
        tags: ["#CapacityCon\r"],
      };
      expectIssue(doc, "control_character", ["displayZones", 0, "label"], '"EAT\\n"');
      expectIssue(doc, "control_character", ["tags", 0], '"#CapacityCon\\r"');
    });
  });

  describe("in any text", () => {
    it("rejects a lone surrogate, which has no UTF-8 encoding, and keeps a paired one (emoji)", () => {
      expect(isSingleLineText("Women's Empowerment 🌍")).toBe(true);
      expect(isSingleLineText("broken \ud83c pair")).toBe(false);
      expect(isMultiLineText("tail \udf0d")).toBe(false);
      expectIssue(
        { ...workshops(), title: "broken \ud83c" },
        "control_character",
        ["title"],
        "broken",
      );
    });

    it("rejects a blank title, which calendar readers would drop", () => {
      expectIssue({ ...workshops(), title: "   " }, "too_small", ["title"], "must not be blank");
    });
  });

  describe("in multi-line text (descriptions, bios)", () => {
    it("accepts tab, LF and CRLF, which a browser's textarea sends", () => {
      expect(isMultiLineText("Day 1:\tworkshops\nDay 2:\r\nplenary\r\n")).toBe(true);
      const doc = workshops();
      doc.description =
        "Collaborative workshops.\r\n\r\nFacilitated by experts.\n\tBring questions.";
      doc.people![0]!.bio = { en: "Line one\r\nLine two" };
      expectValid(doc);
    });

    it("rejects a lone CR, which readers disagree on", () => {
      expect(isMultiLineText("one\rtwo")).toBe(false);
      expect(isMultiLineText("ends with\r")).toBe(false);
      expectIssue(
        { ...workshops(), description: "one\rtwo" },
        "control_character",
        ["description"],
        '"one\\rtwo"',
      );
    });

    it("rejects every other control character", () => {
      for (const c of [...C0, ...C1, "\u2028", "\u2029"]) {
        if (c === "\t" || c === "\n" || c === "\r") continue;
        expect(isMultiLineText(`a${c}b`), `U+${c.charCodeAt(0).toString(16)}`).toBe(false);
      }
    });

    it("reports one in a fee's note at the note, not as a fee of no allowed form", () => {
      const fee = { amount: 25, currency: "EUR", note: "Waived\u0007 on request" };
      const doc = { ...workshops(), registration: { fee } };
      const issue = expectIssue(
        doc,
        "control_character",
        ["registration", "fee", "note"],
        '"Waived\\u0007 on request"',
      );
      expect(issue.message).not.toContain("allowed form");
      const translated = {
        ...workshops(),
        registration: { fee: { ...fee, note: { fr: "a\u0000" } } },
      };
      expectIssue(
        translated,
        "control_character",
        ["registration", "fee", "note", "fr"],
        '"a\\u0000"',
      );
    });
  });

  it("is only ever a string: anything else is not text", () => {
    for (const value of [5, null, undefined, ["a"], { toString: () => "a" }]) {
      expect(isSingleLineText(value as string)).toBe(false);
      expect(isMultiLineText(value as string)).toBe(false);
    }
  });
});

describe("BCP 47 language tags", () => {
  it("accepts languages, regions, scripts and sign languages", () => {
    for (const tag of ["en", "fr-CA", "sw", "pt-BR", "zh-Hant-TW", "ase", "bfi", "es-419"]) {
      expect(LanguageTagSchema.safeParse(tag).success, tag).toBe(true);
    }
  });

  it("rejects what is not a tag", () => {
    for (const tag of [
      "",
      "e",
      "en_US",
      "english language",
      "en-",
      "-en",
      "123",
      "x-private",
      "en-US\n",
    ]) {
      expect(LanguageTagSchema.safeParse(tag).success, JSON.stringify(tag)).toBe(false);
    }
  });

  it("reports a bad tag wherever one is used: languages, qaLanguage, interpretation and text maps", () => {
    const doc = workshops();
    doc.sessions![0]!.qaLanguage = "fr_FR";
    doc.sessions![0]!.interpretation = [{ language: "ase" }, { language: "sw KE" }];
    doc.sessions![1]!.title = { en: "Urban Slums", "hi IN": "शहरी झुग्गियाँ" };
    expectIssue(
      { ...doc, languages: ["en", "fr FR"] },
      "invalid_language",
      ["languages", 1],
      '"fr FR"',
    );
    expectIssue(doc, "invalid_language", ["sessions", 0, "qaLanguage"], '"fr_FR"');
    expectIssue(
      doc,
      "invalid_language",
      ["sessions", 0, "interpretation", 1, "language"],
      '"sw KE"',
    );
    expectIssue(doc, "invalid_language", ["sessions", 1, "title", "hi IN"], '"hi IN"');
  });

  it("rejects an empty text map", () => {
    expectIssue({ ...workshops(), title: {} }, "too_small", ["title"], "at least one language");
  });
});

describe("countries", () => {
  it("accepts assigned ISO 3166-1 alpha-2 codes", () => {
    const doc = workshops();
    doc.organizations![0]!.country = "KE";
    doc.people![0]!.location = { locality: "Nairobi", country: "KE" };
    doc.venues = [
      { id: "infopoint", kind: "physical", name: "InfoPoint", locality: "Brussels", country: "BE" },
    ];
    doc.sessions![0]!.venueId = "infopoint";
    expectValid(doc);
  });

  it("rejects lower case, alpha-3, and codes that are not assigned (UK, EU)", () => {
    for (const country of ["ke", "KEN", "UK", "EU", "XX", ""]) {
      const doc = workshops();
      doc.organizations![0]!.country = country;
      expectIssue(doc, "invalid_country", ["organizations", 0, "country"], JSON.stringify(country));
    }
  });
});

describe("URLs", () => {
  const withUrl = (url: string) => ({ ...workshops(), url });

  it("accepts absolute http and https URLs", () => {
    expectValid(withUrl("https://example.org/workshops?day=1#agenda"));
    expectValid(withUrl("http://localhost:8080/"));
  });

  it("rejects a URL with CR, LF, tab or a space inside, though the WHATWG parser would strip them", () => {
    for (const url of [
      "https://example.org/a\r\nb",
      "https://exa\nmple.org/",
      "https://example.org/\tx",
      "https://example.org/a b",
    ]) {
      // The WHATWG URL parser removes tabs and newlines and would accept these.
      expect(() => new URL(url.replace(" ", ""))).not.toThrow();
      expectIssue(withUrl(url), "invalid_url", ["url"], JSON.stringify(url).slice(0, 20));
    }
  });

  it("rejects other schemes, relative URLs and junk", () => {
    for (const url of [
      "javascript:alert(1)",
      "ftp://example.org/x",
      "mailto:a@example.org",
      "/workshops",
      "example.org",
      "https://",
    ]) {
      expectIssue(withUrl(url), "invalid_url", ["url"], JSON.stringify(url));
    }
  });

  it("checks join links, materials and member links too", () => {
    const doc = workshops();
    doc.venues = [{ id: "main-room", kind: "online", url: "https://meet.example.org/main\u2028" }];
    doc.sessions![0]!.materials = [{ title: "Pre-reading", url: "file:///etc/passwd" }];
    doc.people![0]!.links = [{ label: "Site", url: "https://amina.example.org/ " }];
    expectIssue(doc, "invalid_url", ["venues", 0, "url"], "\\u2028");
    expectIssue(doc, "invalid_url", ["sessions", 0, "materials", 0, "url"], '"file:///etc/passwd"');
    expectIssue(
      doc,
      "invalid_url",
      ["people", 0, "links", 0, "url"],
      '"https://amina.example.org/ "',
    );
  });
});

describe("localize", () => {
  const title = {
    en: "The Power of a Story",
    fr: "Le pouvoir d'un récit",
    "pt-BR": "O poder de uma história",
  };

  it("returns a plain string as it is", () => {
    expect(localize("Collaborative Workshops", "sw")).toBe("Collaborative Workshops");
  });

  it("returns undefined for no text", () => {
    expect(localize(undefined, "en")).toBeUndefined();
  });

  it("prefers an exact tag", () => {
    expect(localize(title, "pt-BR")).toBe("O poder de uma história");
  });

  it("tries each preferred language in order, by tag and then by language, before the next", () => {
    expect(localize(title, ["fr-CA", "en"])).toBe("Le pouvoir d'un récit");
    expect(localize(title, ["pt", "fr"])).toBe("O poder de uma história");
  });

  it("compares tags case-insensitively", () => {
    expect(localize(title, "PT-br")).toBe("O poder de uma história");
  });

  it("falls back to English, then to the first entry", () => {
    expect(localize(title, ["sw", "am"])).toBe("The Power of a Story");
    expect(localize({ fr: "Bonjour", es: "Hola" }, "sw")).toBe("Bonjour");
    expect(localize({ fr: "Bonjour", "en-GB": "Hello" })).toBe("Hello");
  });

  it("reads an empty map as empty text", () => {
    expect(localize({}, "en")).toBe("");
  });
});
