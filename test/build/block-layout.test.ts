import { describe, expect, it } from "vitest";
import { isPlainText, layOutParagraphs, splitLines } from "../../src/build/block-layout.ts";
import { type DomElement, parseHtmlBody } from "../../src/build/html-document.ts";
import {
  BREAK_PIECE,
  joinPieces,
  type Piece,
  textPiece,
  wrapBlock,
  wrapInline,
} from "../../src/build/html-piece.ts";

const t = textPiece;
const br = BREAK_PIECE;
const p = (text: string) => wrapBlock("p", "", [t(text)]);
const img: Piece = { html: '<img src="/img/x">', text: "", flags: 2 };
const html = (pieces: Piece[]) => joinPieces(pieces).html;

describe("layOutParagraphs", () => {
  it.each([
    ["loose text", [t("a")], "<p>a</p>"],
    ["text and inline markup", [t("a "), wrapInline("b", "", [t("b")]), t(" c")], "<p>a <b>b</b> c</p>"],
    ["text between blocks", [t("a"), p("b"), t("c")], "<p>a</p><p>b</p><p>c</p>"],
    ["a blank line splits", [t("a"), br, br, t("b")], "<p>a</p><p>b</p>"],
    ["a blank line with blanks splits", [t("a"), br, t(" "), br, t(" b")], "<p>a</p><p>b</p>"],
    ["one <br> does not", [t("a"), br, t("b")], "<p>a<br>b</p>"],
    ["edge breaks and blanks go", [br, t(" a "), br], "<p>a</p>"],
    ["blank runs go", [p("a"), t(" \n "), p("b")], "<p>a</p><p>b</p>"],
    ["images make a paragraph", [img], '<p><img src="/img/x"></p>'],
  ])("%s", (_name, pieces, expected) => {
    expect(html(layOutParagraphs(pieces))).toBe(expected);
  });
});

describe("splitLines", () => {
  it.each([
    ["lines", "要闻：\n1、甲。\n2、乙。", "要闻：<br>1、甲。<br>2、乙。"],
    ["blanks around lines", " 要闻：  \n\n  1、甲。 ", " 要闻：<br>1、甲。 "],
    ["one line", "一句话。", "一句话。"],
  ])("%s", (_name, text, expected) => {
    expect(html(splitLines(text))).toBe(expected);
  });
});

describe("isPlainText", () => {
  it.each([
    ["text alone", "要闻：\n1、甲。", true],
    ["text and inline markup", '甲\n<a href="x">乙</a>', true],
    ["with a block", "甲\n<p>乙</p>", false],
    ["with a break", "甲<br>乙", false],
  ])("%s", (_name, body, expected) => {
    expect(isPlainText(parseHtmlBody(body).body as DomElement)).toBe(expected);
  });
});
