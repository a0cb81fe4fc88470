/**
 * What sources wrap around their articles, recognised element by element. Each rule names the source
 * it was seen in (see /work/shared/corpus/README.md, "Oddities"); comments, `<style>` and hidden
 * inputs are dropped by the cleaner itself, empty placeholders by its empty-element rule.
 */

import { classesOf, type DomElement } from "./html-document.ts";

/** Classes of whole blocks that a source appends to every article. */
const BOILERPLATE_CLASSES = new Set([
  "appendQr_wrap", // Sina: the "海量资讯、精准解读，尽在新浪财经APP" QR-code banner
  "app-kaihu-qr", // Sina: the brokerage-account ad ("股民福利来了！…点击查看>>") and its QR code
  "article-editor", // Sina: "责任编辑：…"
  "view-more", // Zhihu Daily: "查看知乎讨论"
  "copy-code-btn", // Juejin: a "复制代码" button inside every code block
]);

/** Link texts that only lead away from the article: "read on" trailers and shop buttons. */
const TRAILER_LINK_TEXTS = new Set([
  "查看知乎讨论", // Zhihu Daily
  "查看知乎原文", // Zhihu Daily (also hidden)
  "阅读全文",
  "阅读原文",
  "展开全文",
  "查看原文",
  "カートに追加", // DLsite: add to cart
  "お気に入りに追加", // DLsite: add to wishlist
  "無料サンプル", // DLsite: free sample
]);

/** How paragraphs that are not article text start. */
const BOILERPLATE_LINE_STARTS = [
  "责任编辑：", // Sina's editor line, when it lacks its class
  "炒股就看", // Sina: "炒股就看金麒麟分析师研报，权威，专业，及时，全面…" ad
];

/**
 * True when the element is a source's boilerplate by its markup, and goes with its content.
 *
 * @example
 * // <p class="article-editor">责任编辑：何中夫</p>   -> true
 * // <a href="…" hidden>查看知乎原文</a>             -> true
 */
export function isBoilerplate(element: DomElement): boolean {
  if (element.hasAttribute("hidden")) return true;
  const tag = element.localName;
  const classes = classesOf(element);
  if (classes.some((token) => BOILERPLATE_CLASSES.has(token))) return true;
  // Zhihu Daily: the answerer's avatar, not part of the answer.
  if (tag === "img" && classes.includes("avatar")) return true;
  // Sina: the empty live-quote placeholder after a stock's name.
  return tag === "span" && (element.getAttribute("id")?.startsWith("quote_") ?? false);
}

/**
 * True when an element is boilerplate by its text, once cleaned: a link that only leads away
 * ("阅读原文"), or a paragraph that names the editor or advertises.
 *
 * @example
 * isBoilerplateText("a", " 查看知乎讨论 ")      // true
 * isBoilerplateText("p", "责任编辑：何中夫")     // true
 * isBoilerplateText("p", "正文提到责任编辑：…")  // false
 */
export function isBoilerplateText(tag: string, text: string): boolean {
  if (tag === "a") return TRAILER_LINK_TEXTS.has(text.trim());
  if (tag !== "p") return false;
  const start = text.trimStart();
  return BOILERPLATE_LINE_STARTS.some((line) => start.startsWith(line));
}

/**
 * True for Sina's stock-quote wrapper (`<span id="stock_sh603000"><a …>人民网</a></span>`): the name
 * stays as plain text, since the link is an automatic ticker lookup, not the author's.
 */
export function isStockQuoteName(element: DomElement): boolean {
  return element.localName === "span" && (element.getAttribute("id")?.startsWith("stock_") ?? false);
}
