import { describe, expect, it } from "vitest";
import { breakPlainTextLines, layOutParagraphs, trimBlock } from "../../src/build/block-layout.ts";
import { type DomElement, isElement, parseHtmlBody } from "../../src/build/html-document.ts";

describe("layOutParagraphs", () => {
  it.each([
    ["loose text", "a", "<p>a</p>"],
    ["text and inline markup", "a <b>b</b> c", "<p>a <b>b</b> c</p>"],
    ["text between blocks", "a<p>b</p>c", "<p>a</p><p>b</p><p>c</p>"],
    ["a blank line splits", "a<br><br>b", "<p>a</p><p>b</p>"],
    ["a blank line with spaces splits", "a<br>\n <br>\nb", "<p>a</p><p>b</p>"],
    ["one <br> does not", "a<br>b", "<p>a<br>b</p>"],
    ["edge breaks and blanks go", "<br> a <br>", "<p>a</p>"],
    ["blank runs go", "<p>a</p>\n  \n<p>b</p>", "<p>a</p><p>b</p>"],
    ["images join a paragraph", '<img src="x">', '<p><img src="x"></p>'],
  ])("%s", (_name, input, expected) => {
    const document = parseHtmlBody(input);
    layOutParagraphs(document.body, document);
    expect(document.body.innerHTML).toBe(expected);
  });
});

describe("breakPlainTextLines", () => {
  it.each([
    ["plain lines", "\n  要闻：\n1、甲。\n2、乙。  \n", " 要闻：<br>1、甲。<br>2、乙。 "],
    ["a single line", "  一句话。  ", "  一句话。  "],
    ["inline markup keeps its spaces", "甲\n乙 <a>丙</a>", "甲<br>乙 <a>丙</a>"],
    ["not when there are blocks", "甲\n乙<p>丙</p>", "甲\n乙<p>丙</p>"],
    ["not when there are breaks", "甲\n乙<br>丙", "甲\n乙<br>丙"],
  ])("%s", (_name, input, expected) => {
    const document = parseHtmlBody(input);
    breakPlainTextLines(document.body, document);
    expect(document.body.innerHTML).toBe(expected);
  });
});

describe("trimBlock", () => {
  it.each([
    ["U+3000 and spaces at the edges", "<p>\u3000\u3000正文 </p>", "<p>正文</p>"],
    [
      "inside inline markup",
      "<p><strong><em> 正文 </em></strong></p>",
      "<p><strong><em>正文</em></strong></p>",
    ],
    ["edge breaks", "<p><br>正文<br></p>", "<p>正文</p>"],
    ["blanks between blocks", "<ul> <li>a</li> \n <li>b</li> </ul>", "<ul><li>a</li><li>b</li></ul>"],
    ["indentation after a break", "<p>a<br>\n   b</p>", "<p>a<br>b</p>"],
    ["inner spaces stay", "<p>a <b>b</b> c</p>", "<p>a <b>b</b> c</p>"],
  ])("%s", (_name, input, expected) => {
    const document = parseHtmlBody(input);
    const block = document.body.firstChild;
    if (block === null || !isElement(block)) throw new Error("no block");
    trimBlock(block as DomElement);
    expect(document.body.innerHTML).toBe(expected);
  });
});
