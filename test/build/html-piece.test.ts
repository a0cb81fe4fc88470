import { describe, expect, it } from "vitest";
import {
  BLOCK,
  BREAK_PIECE,
  escapeAttribute,
  finishText,
  joinPieces,
  type Piece,
  TEXT,
  textPiece,
  trimEdges,
  wrapBlock,
  wrapInline,
} from "../../src/build/html-piece.ts";

const t = textPiece;
const block = (text: string) => wrapBlock("p", "", [t(text)]);

describe("textPiece", () => {
  it.each([
    ["text", "a < b & c", "a &lt; b &amp; c", TEXT],
    ["a blank", "  ", "  ", 0],
  ])("%s", (_name, text, html, flags) => {
    const piece = textPiece(text);
    expect(piece.html).toBe(html);
    expect(piece.text).toBe(text);
    expect(piece.flags & TEXT).toBe(flags);
  });
});

describe("joinPieces", () => {
  it.each([
    ["text runs", [t("a"), t("b")], "ab"],
    ["blank text before a block goes", [t(" "), block("a")], "<p>a</p>"],
    ["blank text after a block goes", [block("a"), t(" \n "), block("b")], "<p>a</p><p>b</p>"],
    ["indentation after a break goes", [t("a"), BREAK_PIECE, t("   b")], "a<br>b"],
    ["doubled blanks collapse", [t("a "), t(" b")], "a b"],
    ["spaces between words stay", [t("a "), wrapInline("b", "", [t("b")]), t(" c")], "a <b>b</b> c"],
  ])("%s", (_name, pieces: Piece[], expected) => {
    expect(joinPieces(pieces).html).toBe(expected);
  });
});

describe("wrapBlock", () => {
  it("wraps, marks the block and puts its text on lines of its own", () => {
    const piece = wrapBlock("li", "", [t(" a ")]);
    expect(piece).toEqual({ html: "<li>a</li>", text: "\n a \n", flags: BLOCK | TEXT });
  });
});

describe("trimEdges", () => {
  it.each([
    ["blanks", " \u3000a\u00a0 ", "a"],
    ["breaks", "<br> a <br>", "a"],
    [
      "inside opening and closing inline tags",
      '<strong><a href="x"> a </a> </strong>',
      '<strong><a href="x">a</a></strong>',
    ],
    ["not past an image", '<img src="/img/x"> a', '<img src="/img/x"> a'],
    ["inner blanks stay", "a <b>b</b> c", "a <b>b</b> c"],
    ["nothing but blanks", " <br> ", ""],
    ["an empty string", "", ""],
  ])("%s", (_name, html, expected) => {
    expect(trimEdges(html)).toBe(expected);
  });
});

describe("finishText", () => {
  it.each([
    ["lines collapse and trim", "\n a  b \n\n c\n", "a b\nc"],
    ["empty", "\n \n", ""],
  ])("%s", (_name, text, expected) => {
    expect(finishText(text)).toBe(expected);
  });
});

describe("escapeAttribute", () => {
  it("escapes quotes and markup", () => {
    expect(escapeAttribute('a"b<c>&')).toBe("a&quot;b&lt;c&gt;&amp;");
  });
});
