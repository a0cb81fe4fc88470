import { describe, expect, it } from "vitest";
import { isBoilerplate, isBoilerplateText, isStockQuoteName } from "../../src/build/boilerplate.ts";
import { type DomElement, parseHtmlBody } from "../../src/build/html-document.ts";

const elementOf = (html: string) => parseHtmlBody(html).body.firstChild as DomElement;

describe("isBoilerplate", () => {
  it.each([
    ['<div class="clearfix appendQr_wrap"><img src="x"></div>', true],
    ['<div class="app-kaihu-qr"><span>福利</span></div>', true],
    ['<p class="article-editor">责任编辑：王五</p>', true],
    ['<div class="view-more"><a href="x">查看知乎讨论</a></div>', true],
    ['<span class="copy-code-btn">复制代码</span>', true],
    ['<a href="x" hidden>查看知乎原文</a>', true],
    ['<img class="avatar" src="x">', true],
    ['<span id="quote_sh600000"></span>', true],
    ['<div class="avatar">作者</div>', false],
    ['<p class="editor-note">注</p>', false],
    ['<span id="stock_sh600000"><a href="x">示例</a></span>', false],
    ['<p class="article">正文</p>', false],
  ])("%s -> %s", (html, expected) => {
    expect(isBoilerplate(elementOf(html))).toBe(expected);
  });
});

describe("isBoilerplateText", () => {
  it.each([
    ["p", "\u3000\u3000责任编辑：王五", true],
    ["p", " 炒股就看示例研报，权威，专业！", true],
    ["a", " 阅读原文 ", true],
    ["a", "查看知乎讨论", true],
    ["a", "カートに追加", true],
    ["p", "正文提到责任编辑：这不在开头。", false],
    ["a", "阅读原文的方法", false],
    ["li", "责任编辑：王五", false],
    ["p", "阅读原文", false],
  ])("<%s> %j -> %s", (tag, text, expected) => {
    expect(isBoilerplateText(tag, text)).toBe(expected);
  });
});

describe("isStockQuoteName", () => {
  it.each([
    ['<span id="stock_sh603000"><a href="x">人民网</a></span>', true],
    ['<span id="stock_sz000001"><a href="x">示例</a></span>', true],
    ['<span id="quote_sh603000"></span>', false],
    ['<div id="stock_sh603000">x</div>', false],
    ["<span>stock_sh603000</span>", false],
  ])("%s -> %s", (html, expected) => {
    expect(isStockQuoteName(elementOf(html))).toBe(expected);
  });
});
