import * as crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { memberFeedKey, memberFeedKeyMatches } from "../src/member-key.mjs";
import { dataDir, startServer } from "./helpers.mjs";

// The key check is counted, not timed (no timing assertions in unit tests; bench/key-timing.mjs
// measures it): node:crypto is wrapped so every HMAC and every constant-time comparison the
// server makes is seen, with the lengths it compared.
vi.mock("node:crypto", async (importOriginal) => {
  const real = await importOriginal();
  return {
    ...real,
    createHmac: vi.fn((...args) => real.createHmac(...args)),
    timingSafeEqual: vi.fn((...args) => real.timingSafeEqual(...args)),
  };
});

const secret = "a test secret that is long enough";
const key = memberFeedKey(secret, "kofi-a");

describe("memberFeedKeyMatches", () => {
  it("accepts the member's key only", () => {
    expect(memberFeedKeyMatches(secret, "kofi-a", key)).toBe(true);
    expect(memberFeedKeyMatches(secret, "asha-m", key)).toBe(false);
    expect(memberFeedKeyMatches(`${secret}!`, "kofi-a", key)).toBe(false);
  });

  it("refuses a key that is the right one cut short, lengthened, or of other characters", () => {
    for (const given of [
      null,
      "",
      key.slice(0, -1),
      `${key}A`,
      `${key}${key}`,
      `${key.slice(0, -1)}é`,
      "A".repeat(43),
    ]) {
      expect(memberFeedKeyMatches(secret, "kofi-a", given), String(given)).toBe(false);
    }
  });
});

describe("a member feed address with a wrong key", () => {
  let server;
  beforeAll(async () => {
    server = await startServer({ dataDir, memberSecret: secret });
  });
  afterAll(() => server.close());

  /** The HMACs and comparisons one request cost the server. */
  async function work(path) {
    vi.mocked(crypto.createHmac).mockClear();
    vi.mocked(crypto.timingSafeEqual).mockClear();
    const response = await server.fetch(path);
    expect(response.status, path).toBe(404);
    await response.text();
    return {
      hmacs: vi.mocked(crypto.createHmac).mock.calls.length,
      comparisons: vi
        .mocked(crypto.timingSafeEqual)
        .mock.calls.map(([a, b]) => [a.length, b.length]),
    };
  }

  it("costs one HMAC and one equal-length comparison, for a real member and an unknown id alike", async () => {
    const expected = { hmacs: 1, comparisons: [[43, 43]] };
    for (const query of ["?key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "?key=short", ""]) {
      expect(await work(`/members/kofi-a.ics${query}`), `member, ${query}`).toEqual(expected);
      expect(await work(`/members/kofi-z.ics${query}`), `unknown, ${query}`).toEqual(expected);
    }
  });
});
