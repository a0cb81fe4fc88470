import { describe, expect, it } from "vitest";
import { hashBase32 } from "../../src/build/base32-hash.ts";

describe("hashBase32", () => {
  it.each([
    // The SHA-256 test vectors (FIPS 180-2), in RFC 4648 base32 as Python's base64.b32encode writes them.
    ["", "4oymiquy7qobjgx36tejs35zeqt24qpemsnzgtfeswmrw6csxbkq"],
    ["abc", "xj4bnp4pahh6uqkbidpf3lrceoyagyndsylxvhfucd7wd4qacwwq"],
  ])("hashes %j", (text, hash) => {
    expect(hashBase32(text)).toBe(hash);
  });

  it("hashes the UTF-8 bytes of any text into 52 URL-safe characters", () => {
    for (const text of ["sina/post-1.md", "二次元/番剧.md", "🎉"]) {
      expect(hashBase32(text)).toMatch(/^[a-z2-7]{52}$/);
    }
    expect(hashBase32("e\u0301")).not.toBe(hashBase32("é"));
  });
});
