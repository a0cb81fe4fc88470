/**
 * A post's body, from the raw HTML its source published to clean, safe HTML. The raw string is
 * prepared (code escaped, comments and styles cut), parsed once with linkedom, read once (each node
 * written as pieces of cleaned HTML and text; the DOM is never changed), then passed through the
 * allow-list.
 */

import { withoutForbiddenChars } from "../feed/xml.ts";
import type { ImageRef } from "../model.ts";
import { BLOCK_TAGS, isPlainText, layOutParagraphs, reshapeDiv, splitLines } from "./block-layout.ts";
import { isBoilerplate, isBoilerplateText, isStockQuoteName } from "./boilerplate.ts";
import { type ImageSink, writeImage } from "./clean-image.ts";
import { writeEmbed, writeLink } from "./clean-link.ts";
import { writeCodeBlock } from "./code-block.ts";
import { type DomElement, isElement, isText, parseHtmlBody } from "./html-document.ts";
import {
  BLOCK,
  BREAK_PIECE,
  escapeAttribute,
  finishText,
  flagsOf,
  hasContent,
  joinPieces,
  MEDIA,
  type Piece,
  TEXT,
  textPiece,
  textStart,
  wrapBlock,
  wrapInline,
} from "./html-piece.ts";
import type { ImageUrlOptions } from "./image-url.ts";
import type { FieldProblem } from "./problems.ts";
import { prepareRawHtml } from "./raw-html.ts";
import { PUBLISHED_ATTRIBUTES, PUBLISHED_TAGS, sanitizeHtml } from "./sanitize-html.ts";

/** A cleaned body. */
export interface CleanedHtml {
  /**
   * Cleaned and sanitized; images as `src="/img/<key>"`; never contains `]]>` or a character XML 1.0
   * forbids.
   */
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

/** Elements written only when cleaning left them some text or an image. */
const DROPPED_WHEN_EMPTY = new Set([
  ...["p", "div", "span", "font", "a", "strong", "b", "em", "i", "u", "s", "small", "mark", "sub"],
  ...["sup", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "ul", "ol", "dl", "dt", "dd"],
  ...["figure", "figcaption", "section", "article", "center", "code"],
]);

const COLLAPSIBLE = /[\t\n\f\r\u3000]| {2}/;
const WHITESPACE_RUN = /[\t\n\f\r \u3000]+/g;

/** What the writer carries through one body. */
interface Writer extends ImageSink {
  /** Keep the line breaks of the root's text (a plain-text body). */
  plainText: boolean;
}

/**
 * Cleans one post body. Content problems (images or links that cannot be published) come back as
 * `FieldProblem`s; nothing throws.
 *
 * @example
 * cleanHtml('<div><p>　　正文<img src="//n.sinaimg.cn/w550h485/a.jpg"></p></div>', { allowLoopbackImages: false }).html
 * // '<p>正文<img src="/img/<key>.jpg" alt="" width="550" height="485" /></p>'
 */
export function cleanHtml(rawBody: string, options: ImageUrlOptions): CleanedHtml {
  const body = parseHtmlBody(prepareRawHtml(rawBody)).body;
  // Posts wrap their body in one <div>: its children are the article's.
  const outer = onlyElementChild(body);
  const root = outer?.localName === "div" ? outer : body;
  const writer: Writer = { options, problems: [], images: new Map(), plainText: isPlainText(root) };
  const pieces: Piece[] = [];
  writeChildren(root, "body", writer, pieces, true);
  const article = joinPieces(layOutParagraphs(pieces));
  return {
    // Feeds are XML: the one place that strips what XML forbids, so renderers need not scan it.
    html: withoutForbiddenChars(sanitizeHtml(article.html)),
    text: finishText(article.text),
    images: [...writer.images].map(([url, ref]) => ({ url, ref })),
    problems: writer.problems,
  };
}

function writeChildren(parent: DomElement, tag: string, writer: Writer, out: Piece[], atRoot = false): void {
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node)) writeElement(node, tag, writer, out);
    else if (isText(node)) {
      const data = node.data;
      if (atRoot && writer.plainText && data.trim().includes("\n")) out.push(...splitLines(data));
      // Collapse as a browser would, and treat U+3000 (the indent of Chinese paragraphs) the same.
      // U+00A0 stays, as it is meant not to collapse.
      else out.push(textPiece(COLLAPSIBLE.test(data) ? data.replace(WHITESPACE_RUN, " ") : data));
    }
  }
}

function writeElement(element: DomElement, parentTag: string, writer: Writer, out: Piece[]): void {
  const tag = element.localName;
  if (DROPPED_TAGS.has(tag) || isBoilerplate(element)) return;
  let single: Piece | null = null;
  if (tag === "img") single = writeImage(element, writer);
  else if (tag === "iframe") single = writeEmbed(element, writer.problems);
  else if (tag === "br") single = BREAK_PIECE;
  else if (tag === "hr") single = { html: "<hr>", text: "\n", flags: BLOCK | MEDIA };
  else if (isStockQuoteName(element)) single = textPiece(element.textContent ?? "");
  else if (tag === "pre") single = writeCodeBlock(element);
  else {
    const content: Piece[] = [];
    writeChildren(element, tag, writer, content);
    if (DROPPED_WHEN_EMPTY.has(tag) && !hasContent(content)) return;
    if ((tag === "a" || tag === "p") && isTextBoilerplate(tag, content)) return;
    out.push(...reshape(element, tag, parentTag, content, writer));
    return;
  }
  if (single !== null) out.push(single);
}

/** A link or paragraph that is boilerplate by its words (and holds no image that would be lost). */
function isTextBoilerplate(tag: string, content: readonly Piece[]): boolean {
  // Boilerplate lines are short, or known by their first words: no need to read further.
  return (flagsOf(content) & MEDIA) === 0 && isBoilerplateText(tag, textStart(content, 32));
}

/** What a cleaned element becomes: wrapped in its own tag, another tag, or none. */
function reshape(
  element: DomElement,
  tag: string,
  parentTag: string,
  content: Piece[],
  writer: Writer,
): Piece[] {
  if (tag === "a") return writeLink(element, content, writer.problems);
  if (tag === "div") return reshapeDiv(element, parentTag, content);
  // Sina marks bold text as `<font cms-style="font-L strong-Bold">`, often twice over.
  if (tag === "font" && (element.getAttribute("cms-style") ?? "").split(/\s+/).includes("strong-Bold")) {
    return isStrong(content) ? content : [wrapInline("strong", "", content)];
  }
  if (!PUBLISHED_TAGS.has(tag)) return content; // span, font, center, unknown tags: their content
  const attributes = attributesOf(element, tag);
  return [BLOCK_TAGS.has(tag) ? wrapBlock(tag, attributes, content) : wrapInline(tag, attributes, content)];
}

/** True when the only content is one `<strong>` element. */
function isStrong(content: readonly Piece[]): boolean {
  const filled = content.filter((piece) => piece.flags & (TEXT | MEDIA));
  const only = filled[0];
  return (
    filled.length === 1 &&
    only !== undefined &&
    only.html.startsWith("<strong>") &&
    only.html.endsWith("</strong>")
  );
}

function attributesOf(element: DomElement, tag: string): string {
  let attributes = "";
  for (const name of PUBLISHED_ATTRIBUTES[tag] ?? []) {
    const value = element.getAttribute(name);
    if (value !== null) attributes += ` ${name}="${escapeAttribute(value)}"`;
  }
  return attributes;
}

function onlyElementChild(parent: DomElement): DomElement | null {
  let found: DomElement | null = null;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node)) {
      if (found !== null) return null;
      found = node;
    } else if (isText(node) && node.data.trim() !== "") return null;
  }
  return found;
}
