import { describe, expect, it } from "vitest";
import { BoundedCache, InvalidArgumentError } from "../src/index.js";

describe("BoundedCache", () => {
  it("never holds more than its maximum, however many keys pass through", () => {
    const cache = new BoundedCache<number, string>(10);
    for (let i = 0; i < 1_000; i++) {
      cache.set(i, String(i));
      expect(cache.size).toBeLessThanOrEqual(10);
    }
    expect(cache.get(999)).toBe("999");
    expect(cache.get(0)).toBeUndefined();
  });

  it("keeps an entry that is read often while others come and go", () => {
    const cache = new BoundedCache<string, number>(8);
    cache.set("hot", 1);
    for (let i = 0; i < 200; i++) {
      cache.set(`cold${i}`, i);
      expect(cache.get("hot")).toBe(1);
    }
  });

  it("evicts what has not been used for a generation, keeps what has", () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3); // a and b are the old generation now
    expect(cache.get("a")).toBe(1); // back to the young one
    cache.set("d", 4); // the young generation (c, a) is full: it turns old, b is dropped
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c"), cache.get("d")]).toEqual([1, 3, 4]);
  });

  it("replaces a value set twice without holding the key twice", () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.set("a", 10)).toBe(10);
    expect(cache.set("a", 11)).toBe(11);
    expect(cache.get("a")).toBe(11);
    expect(cache.size).toBe(3);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it("refuses a maximum it cannot keep", () => {
    for (const max of [0, 1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => new BoundedCache(max)).toThrow(InvalidArgumentError);
  });
});
