import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/build/decode-text.ts";

const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const bytes = (...parts: (number | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? utf8(part) : [part])));

describe("decodeText", () => {
  it.each([
    ["plain UTF-8", bytes("\n---\ntitle: '标题'\n---\n"), "\n---\ntitle: '标题'\n---\n"],
    ["a BOM is stripped", bytes(0xef, 0xbb, 0xbf, "---\n"), "---\n"],
    ["CRLF becomes LF", bytes("a\r\nb\r\n"), "a\nb\n"],
    ["a lone CR becomes LF", bytes("a\rb\r\rc"), "a\nb\n\nc"],
    ["an emoji outside the BMP stays", bytes("ok 🎉 ✔️"), "ok 🎉 ✔️"],
    ["a U+FFFD written in the file stays", bytes("a\uFFFDb"), "a\uFFFDb"],
  ])("decodes %s", (_, input, text) => {
    expect(decodeText(input)).toEqual({ ok: true, text, problems: [] });
  });

  it.each([
    ["a stray Latin-1 byte", bytes("caf", 0xe9, " au lait"), "café au lait".replace("é", ""), "byte 3"],
    ["a truncated sequence at the end", bytes("标题", 0xe6, 0xa0), "标题", "byte 6"],
    // Unicode §3.9: E1 80 is one maximal subpart; the A after it is kept.
    ["an interrupted sequence", bytes(0xe1, 0x80, "A"), "A", "byte 0"],
    ["an overlong encoding", bytes("a", 0xc0, 0xaf, "b"), "ab", "bytes 1, 2"],
    ["an encoded surrogate", bytes("a", 0xed, 0xa0, 0x80, "b"), "ab", "bytes 1, 2, 3"],
    ["a code point above U+10FFFF", bytes("a", 0xf4, 0x90, 0x80, "b"), "ab", "bytes 1, 2, 3"],
  ])("drops %s and reports its offset", (_, input, text, offsets) => {
    const decoded = decodeText(input);
    expect(decoded).toMatchObject({ ok: true, text });
    expect(decoded.ok && decoded.problems).toEqual([
      {
        field: "file",
        value: "",
        message: expect.stringContaining(`not UTF-8, at ${offsets}; they were dropped`),
      },
    ]);
  });

  it("keeps the text of a long UTF-8 file with a few more damaged sequences", () => {
    const damaged = bytes("新闻".repeat(60), 0xff, "内容".repeat(60), 0xfe, 0xff, 0xc3, "a");
    const decoded = decodeText(damaged);
    expect(decoded).toMatchObject({ ok: true, text: `${"新闻".repeat(60)}${"内容".repeat(60)}a` });
    expect(decoded.ok && decoded.problems[0]?.message).toMatch(
      /^has 4 byte sequences .* at bytes 360, 721, 722, 723;/,
    );
  });

  it.each([
    ["empty", bytes(), "is empty"],
    ["only whitespace", bytes("\n \t\r\n\u3000"), "is empty"],
    ["only a BOM", bytes(0xef, 0xbb, 0xbf), "is empty"],
    ["binary", bytes(0x89, "PNG\r\n", 0x1a, "\n", 0x00, 0x00), "is not text"],
    ["UTF-16", bytes(0xff, 0xfe, "t", 0, "i", 0), "is not text"],
    // 新闻 in GBK: every pair is invalid UTF-8, so dropping them would leave nothing of the text.
    ["GBK", bytes("title: ", 0xd0, 0xc2, 0xce, 0xc5, 0xd0, 0xc2, 0xce, 0xc5), "is not UTF-8"],
    ["Latin-1", bytes("title: ", 0xc9, "t", 0xe9, " ", 0xe0, " Paris, ", 0xe7, "a"), "is not UTF-8"],
  ])("skips a file that is %s", (_, input, reason) => {
    const decoded = decodeText(input);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.problem).toEqual({
      field: "file",
      value: "",
      message: expect.stringMatching(new RegExp(`^${reason}\\b.*; the file is skipped$`)),
    });
  });

  it("lists the first five offsets of a file that is not UTF-8", () => {
    const decoded = decodeText(bytes("ab", 0xff, 0xff, 0xff, 0xff, 0xff, 0xff));
    expect(!decoded.ok && decoded.problem.message).toBe(
      "is not UTF-8 (6 invalid byte sequences, at bytes 2, 3, 4, 5, 6, …); the file is skipped",
    );
  });
});
