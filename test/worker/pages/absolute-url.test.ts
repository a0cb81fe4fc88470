import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../../src/worker/pages/absolute-url.ts";

describe("absoluteUrl", () => {
  it.each([
    ["https://news.example.com", "/rss.xml", "https://news.example.com/rss.xml"],
    ["https://news.example.com/", "/", "https://news.example.com/"],
    ["https://example.com/news", "/articles/a1", "https://example.com/news/articles/a1"],
  ])("%s + %s", (origin, path, expected) => {
    expect(absoluteUrl(origin, path)).toBe(expected);
  });
});
