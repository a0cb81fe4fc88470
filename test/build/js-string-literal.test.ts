import { describe, expect, it } from "vitest";
import { escapeForSingleQuotes } from "../../src/build/js-string-literal.ts";

describe("escapeForSingleQuotes", () => {
  it.each([
    ["plain", "plain"],
    ["it's", "it\\'s"],
    ['{"a":"\\"x\\""}', '{"a":"\\\\"x\\\\""}'],
    ["a\u2028b\u2029c", "a\\u2028b\\u2029c"],
    ["\\u2028", "\\\\u2028"],
  ])("%j", (json, literal) => {
    expect(escapeForSingleQuotes(json)).toBe(literal);
    // What a JavaScript parser reads back is the JSON itself.
    expect(new Function(`return '${literal}';`)()).toBe(json);
  });

  it("escapes pieces one by one as it escapes the whole", () => {
    const parts = ["it'", "s \\", "\u2028 ok"];
    expect(parts.map(escapeForSingleQuotes).join("")).toBe(escapeForSingleQuotes(parts.join("")));
  });
});
