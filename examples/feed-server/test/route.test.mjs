import { describe, expect, it } from "vitest";
import { webcalUrl } from "../src/base-url.mjs";
import { feedPath, route } from "../src/route.mjs";

describe("route", () => {
  it("knows the index and the three kinds of feed", () => {
    expect(route("/")).toEqual({ type: "index" });
    expect(route("/convenings/collaborative-workshops-2021.ics")).toEqual({
      type: "feed",
      kind: "convening",
      id: "collaborative-workshops-2021",
    });
    expect(route("/series/peer-learning-circle-calls.ics")).toEqual({
      type: "feed",
      kind: "series",
      id: "peer-learning-circle-calls",
    });
    expect(route("/members/ana-l.ics")).toEqual({ type: "feed", kind: "member", id: "ana-l" });
  });

  it("decodes percent-encoding before applying the id rule", () => {
    expect(route("/members/ana%2Dl.ics")).toEqual({ type: "feed", kind: "member", id: "ana-l" });
    expect(route("/members/ana%2Fl.ics")).toEqual({ type: "invalid-id", kind: "member" });
    expect(route("/members/%ZZ.ics")).toEqual({ type: "invalid-id", kind: "member" });
  });

  it("keeps a dot inside an id and strips only the final .ics", () => {
    expect(route("/series/v1.2.ics.ics")).toEqual({ type: "feed", kind: "series", id: "v1.2.ics" });
  });

  it("has no route for anything else", () => {
    for (const path of [
      "",
      "/x",
      "/convenings",
      "/convenings/a",
      "/convenings/a.ics/",
      "/a/b/c.ics",
      "/toString/a.ics",
    ]) {
      expect(route(path), path).toEqual({ type: "none" });
    }
  });

  it("builds the path it routes", () => {
    for (const kind of ["convening", "series", "member"]) {
      expect(route(`/${feedPath(kind, "a.b_c-1")}`)).toEqual({ type: "feed", kind, id: "a.b_c-1" });
    }
  });
});

describe("webcalUrl", () => {
  it("swaps the scheme of an http or https address and keeps the rest, query included", () => {
    expect(webcalUrl(new URL("https://feeds.example.org/x/members/a.ics?key=k"))).toBe(
      "webcal://feeds.example.org/x/members/a.ics?key=k",
    );
    expect(webcalUrl(new URL("http://127.0.0.1:8787/series/s.ics"))).toBe(
      "webcal://127.0.0.1:8787/series/s.ics",
    );
  });
});
