import { describe, expect, it } from "vitest";
import { MemoryCache } from "../../src/worker/memory-cache.ts";

describe("MemoryCache", () => {
  const sized = () => new MemoryCache<string>(10, (value) => value.length);

  it("returns what it holds", () => {
    const cache = sized();
    cache.set("a", "1234");
    expect(cache.get("a")).toBe("1234");
    expect(cache.get("b")).toBeUndefined();
  });

  it("forgets the least recently used entries beyond its limit", () => {
    const cache = sized();
    cache.set("a", "1234");
    cache.set("b", "1234");
    cache.get("a"); // now b is the oldest
    cache.set("c", "1234");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("1234");
    expect(cache.get("c")).toBe("1234");
  });

  it("never holds an entry larger than its limit", () => {
    const cache = sized();
    cache.set("a", "12345678901");
    expect(cache.get("a")).toBeUndefined();
  });

  it("counts a replaced entry once", () => {
    const cache = sized();
    for (let i = 0; i < 5; i++) cache.set("a", "12345");
    cache.set("b", "12345");
    expect(cache.get("a")).toBe("12345");
    expect(cache.get("b")).toBe("12345");
  });
});
