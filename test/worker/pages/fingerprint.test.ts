import { describe, expect, it } from "vitest";
import { fingerprint } from "../../../src/worker/pages/fingerprint.ts";

describe("fingerprint", () => {
  // FNV-1a 32-bit test vectors (http://www.isthe.com/chongo/tech/comp/fnv/).
  it.each([
    ["", "811c9dc5"],
    ["a", "e40c292c"],
    ["foobar", "bf9cf968"],
  ])("%j -> %s", (text, expected) => {
    expect(fingerprint(text)).toBe(expected);
  });

  it("changes with any change of the text", () => {
    expect(fingerprint("body { color: red; }")).not.toBe(fingerprint("body { color: red }"));
    expect(fingerprint("中文")).not.toBe(fingerprint("中午"));
  });
});
