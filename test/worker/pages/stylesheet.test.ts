import { describe, expect, it } from "vitest";
import { fingerprint } from "../../../src/worker/pages/fingerprint.ts";
import { STYLESHEET, STYLESHEET_PATH } from "../../../src/worker/pages/stylesheet.ts";

describe("STYLESHEET_PATH", () => {
  it("names the stylesheet by its content", () => {
    expect(STYLESHEET_PATH).toBe(`/assets/style.${fingerprint(STYLESHEET)}.css`);
    expect(STYLESHEET_PATH).toMatch(/^\/assets\/style\.[0-9a-f]{8}\.css$/);
  });
});

describe("STYLESHEET", () => {
  it("loads nothing: no web fonts, no imports, no remote images", () => {
    expect(STYLESHEET).not.toMatch(/@import|@font-face|url\(/i);
  });

  it.each([
    [
      "a CJK system font stack",
      /font-family: -apple-system,.*"PingFang SC".*"Noto Sans CJK SC".*"Microsoft YaHei", sans-serif;/,
    ],
    ["a reading measure", /max-width: 3\de[mx];/],
    ["a CJK line height", /line-height: 1\.8;/],
    ["a dark scheme", /@media \(prefers-color-scheme: dark\)/],
    ["scaling images", /img, video \{ max-width: 100%; height: auto; \}/],
    ["code that scrolls in its box", /pre \{[^}]*overflow-x: auto;/],
    ["tables that scroll in their box", /table \{ display: block; max-width: 100%; overflow-x: auto;/],
    ["long words that wrap", /overflow-wrap: (break-word|anywhere);/],
  ])("has %s", (_, pattern) => {
    expect(STYLESHEET).toMatch(pattern);
  });
});
