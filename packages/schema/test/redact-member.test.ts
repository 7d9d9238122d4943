import { describe, expect, it } from "vitest";
import { canSee, fieldVisibility, type Member, MemberSchema, redactMember } from "../src/index.js";

const member = (extra: object = {}): Member =>
  MemberSchema.parse({
    id: "mwende",
    name: "Mwende Kiilu",
    pronouns: "she/her",
    email: "mwende@example.org",
    affiliations: [{ organizationId: "kenya-cso-forum", title: "Convener" }],
    timeZone: "Africa/Nairobi",
    location: { locality: "Nairobi", country: "KE" },
    practiceAreas: ["facilitation"],
    bio: "Convenes capacity builders.",
    links: [{ label: "Site", url: "https://mwende.example.org/" }],
    availability: [{ day: "tu", start: "09:00", end: "12:00" }],
    ...extra,
  });

describe("canSee", () => {
  it("ranks public below network below private", () => {
    expect(canSee("public", "public")).toBe(true);
    expect(canSee("public", "network")).toBe(false);
    expect(canSee("network", "network")).toBe(true);
    expect(canSee("network", "private")).toBe(false);
    expect(canSee("private", "private")).toBe(true);
  });
});

describe("fieldVisibility", () => {
  it("keeps e-mail private unless the member opened it", () => {
    expect(fieldVisibility(member(), "email")).toBe("private");
    expect(fieldVisibility(member({ fieldVisibility: { email: "network" } }), "email")).toBe(
      "network",
    );
  });

  it("follows the member's visibility for every other field", () => {
    expect(fieldVisibility(member({ visibility: "network" }), "bio")).toBe("network");
    expect(
      fieldVisibility(member({ visibility: "network", fieldVisibility: { bio: "public" } }), "bio"),
    ).toBe("public");
  });
});

describe("redactMember", () => {
  it("shows the public everything but the e-mail by default", () => {
    const shown = redactMember(member(), "public")!;
    expect(shown.email).toBeUndefined();
    expect(shown).toMatchObject({
      name: "Mwende Kiilu",
      bio: "Convenes capacity builders.",
      timeZone: "Africa/Nairobi",
    });
    expect(shown.links).toHaveLength(1);
  });

  it("shows organisers everything", () => {
    expect(redactMember(member(), "private")).toEqual(member());
  });

  it("hides a member from audiences below their visibility", () => {
    expect(redactMember(member({ visibility: "network" }), "public")).toBeUndefined();
    expect(redactMember(member({ visibility: "private" }), "network")).toBeUndefined();
    expect(redactMember(member({ visibility: "network" }), "network")?.name).toBe("Mwende Kiilu");
  });

  it("drops each field its own setting hides, emptying lists rather than removing them", () => {
    const hidden = {
      location: "private",
      affiliations: "network",
      bio: "private",
      links: "private",
      timeZone: "network",
      availability: "private",
      pronouns: "network",
    };
    const shown = redactMember(member({ fieldVisibility: hidden }), "public")!;
    for (const field of ["email", "location", "bio", "timeZone", "availability", "pronouns"]) {
      expect(shown, field).not.toHaveProperty(field);
    }
    expect(shown.affiliations).toEqual([]);
    expect(shown.links).toEqual([]);
    expect(shown.practiceAreas).toEqual(["facilitation"]);
  });

  it("returns a copy and leaves the member alone", () => {
    const original = member();
    const shown = redactMember(original, "public")!;
    expect(shown).not.toBe(original);
    expect(original.email).toBe("mwende@example.org");
  });
});
