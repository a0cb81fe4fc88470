/**
 * A post's body, from the raw HTML its source published to clean, safe HTML: parsed once with
 * linkedom, walked once (boilerplate out, images and links checked, structure normalized), then
 * passed through the allow-list.
 */

import type { ImageRef } from "../model.ts";
import { extractText } from "./article-text.ts";
import { BLOCK_TAGS, breakPlainTextLines, layOutParagraphs, trimBlock } from "./block-layout.ts";
import { isBoilerplate, isStockQuoteName } from "./boilerplate.ts";
import { cleanImage, type ImageSink, meaningfulAlt } from "./clean-image.ts";
import { cleanLink, replaceEmbed } from "./clean-link.ts";
import { escapeRawMarkupInCode } from "./code-markup.ts";
import {
  childrenOf,
  type DomElement,
  type DomNode,
  hasClass,
  isElement,
  isText,
  parseHtmlBody,
  unwrap,
} from "./html-document.ts";
import type { ImageUrlOptions } from "./image-url.ts";
import type { FieldProblem } from "./problems.ts";
import { sanitizeHtml } from "./sanitize-html.ts";

/** A cleaned body. */
export interface CleanedHtml {
  /** Cleaned and sanitized; images as `src="/img/<key>"`; never contains `]]>`. */
  html: string;
  /** The article's plain text, paragraphs separated by "\n". */
  text: string;
  /** Accepted content images in document order, each URL once. */
  images: Array<{ url: string; ref: ImageRef }>;
  problems: FieldProblem[];
}

/** Elements that are never content; they go with everything inside. */
const DROPPED_TAGS = new Set([
  ...["script", "style", "noscript", "template", "head", "title", "meta", "link", "base"],
  ...["input", "button", "select", "textarea", "svg", "math", "canvas", "object", "embed", "applet"],
  ...["video", "audio", "source", "track", "frame", "frameset"],
]);

/** Wrappers that carry nothing once their attributes are gone. */
const UNWRAPPED_TAGS = new Set(["span", "font", "center", "section", "article", "main", "form", "label"]);

const COLLAPSIBLE = /[\t\n\f\r\u3000]| {2}/;
const WHITESPACE_RUN = /[\t\n\f\r \u3000]+/g;

/** Elements whose content may be paragraphs. */
const FLOW_CONTAINERS = new Set([
  ...["body", "div", "section", "article", "main", "center", "form", "header", "footer", "aside"],
  ...["blockquote", "li", "dd", "td", "th", "figure"],
]);

/** Elements removed when cleaning left them without text or image. */
const DROPPED_WHEN_EMPTY = new Set([
  ...["p", "div", "span", "font", "a", "strong", "b", "em", "i", "u", "s", "small", "mark", "sub"],
  ...["sup", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "ul", "ol", "dl", "dt", "dd"],
  ...["figure", "figcaption", "section", "article", "center", "code"],
]);

/**
 * Cleans one post body. Content problems (images or links that cannot be published) come back as
 * `FieldProblem`s; nothing throws.
 *
 * @example
 * cleanHtml('<div><p>　　正文<img src="//n.sinaimg.cn/w550h485/a.jpg"></p></div>', { allowLoopbackImages: false }).html
 * // '<p>正文<img src="/img/<key>.jpg" alt="" width="550" height="485" /></p>'
 */
export function cleanHtml(rawBody: string, options: ImageUrlOptions): CleanedHtml {
  const document = parseHtmlBody(escapeRawMarkupInCode(rawBody));
  const body = document.body;
  const sink: ImageSink = { document, options, problems: [], images: new Map() };
  const outer = onlyElementChild(body);
  if (outer?.localName === "div") unwrap(outer);
  breakPlainTextLines(body, document);
  cleanChildren(body, sink, false);
  layOutParagraphs(body, document);
  return {
    html: sanitizeHtml(body.innerHTML),
    text: extractText(body),
    images: [...sink.images].map(([url, ref]) => ({ url, ref })),
    problems: sink.problems,
  };
}

function cleanChildren(parent: DomElement, sink: ImageSink, inPre: boolean): void {
  for (let node = parent.firstChild; node !== null; ) {
    const next = node.nextSibling;
    if (isElement(node)) cleanElement(node, sink, inPre);
    else if (isText(node)) {
      // Collapse as a browser would, and treat U+3000 (the indent of Chinese paragraphs) the same.
      // Code keeps its own; U+00A0 stays, as it is meant not to collapse.
      if (!inPre && COLLAPSIBLE.test(node.data)) node.data = node.data.replace(WHITESPACE_RUN, " ");
    } else node.remove(); // comments, including Sina's `<!--article_adlist[…]-->` ads
    node = next;
  }
}

function cleanElement(element: DomElement, sink: ImageSink, inPre: boolean): void {
  const tag = element.localName;
  if (DROPPED_TAGS.has(tag) || isBoilerplate(element)) element.remove();
  else if (tag === "img") cleanImage(element, sink);
  else if (tag === "iframe") replaceEmbed(element, sink.document, sink.problems);
  else if (isStockQuoteName(element)) {
    element.replaceWith(sink.document.createTextNode(element.textContent ?? ""));
  } else if (inPre || tag === "pre") {
    cleanChildren(element, sink, true); // code keeps every wrapper and every blank
  } else {
    cleanChildren(element, sink, false);
    reshape(element, tag, sink);
  }
}

/** What a cleaned element becomes: trimmed, removed when empty, unwrapped or renamed. */
function reshape(element: DomElement, tag: string, sink: ImageSink): void {
  if (BLOCK_TAGS.has(tag)) trimBlock(element);
  if (DROPPED_WHEN_EMPTY.has(tag) && isEmpty(element)) element.remove();
  else if (tag === "a") cleanLink(element, sink.problems);
  else if (tag === "div") replaceDiv(element, sink);
  else if (tag === "font" && isBoldFont(element)) rename(element, "strong", sink);
  else if (UNWRAPPED_TAGS.has(tag)) unwrap(element);
}

/**
 * A `<div>` holding blocks is unwrapped; one holding text becomes a paragraph; one holding only
 * images is unwrapped (its images join the surrounding paragraph). Jianshu's image package becomes a
 * figure, its caption a figcaption.
 */
function replaceDiv(div: DomElement, sink: ImageSink): void {
  if (hasClass(div, "image-package")) rename(div, "figure", sink);
  else if (hasClass(div, "image-caption")) {
    // Jianshu captions images it knows nothing about "image".
    if (meaningfulAlt(div.textContent) === "") div.remove();
    else rename(div, "figcaption", sink);
  } else replaceGenericDiv(div, sink);
}

function replaceGenericDiv(div: DomElement, sink: ImageSink): void {
  const hasBlock = childrenOf(div).some((node) => isElement(node) && BLOCK_TAGS.has(node.localName));
  const parent = div.parentNode?.localName ?? "";
  // A paragraph cannot sit inside a paragraph, heading or inline element (DLsite: a <div> in an <a>).
  const mayHoldParagraph = FLOW_CONTAINERS.has(parent);
  if (hasBlock || !mayHoldParagraph || (div.textContent ?? "").trim() === "") unwrap(div);
  else rename(div, "p", sink);
}

/** Sina marks bold text as `<font cms-style="font-L strong-Bold">`. */
function isBoldFont(font: DomElement): boolean {
  return (font.getAttribute("cms-style") ?? "").split(/\s+/).includes("strong-Bold");
}

function rename(element: DomElement, tag: string, sink: ImageSink): void {
  const renamed = sink.document.createElement(tag);
  renamed.append(...childrenOf(element));
  element.replaceWith(renamed);
}

/** No text and no image left (only blanks and `<br>`s). */
function isEmpty(element: DomElement): boolean {
  for (let node: DomNode | null = element.firstChild; node !== null; node = node.nextSibling) {
    if (isText(node) ? node.data.trim() !== "" : isElement(node) && node.localName !== "br") return false;
  }
  return true;
}

function onlyElementChild(parent: DomElement): DomElement | null {
  let found: DomElement | null = null;
  for (const node of childrenOf(parent)) {
    if (isElement(node)) {
      if (found !== null) return null;
      found = node;
    } else if (isText(node) && node.data.trim() !== "") return null;
  }
  return found;
}
