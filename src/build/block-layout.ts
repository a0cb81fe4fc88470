/**
 * Block structure of a cleaned body: loose text and inline markup gathered into paragraphs, and
 * paragraph edges trimmed, so every source reads as a sequence of blocks.
 */

import {
  childrenOf,
  type DomDocument,
  type DomElement,
  type DomNode,
  type DomText,
  isElement,
  isText,
} from "./html-document.ts";

/** Elements that start a block of their own. */
export const BLOCK_TAGS = new Set([
  ...["p", "div", "section", "article", "main", "center", "header", "footer", "aside", "nav"],
  ...["h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "address"],
  ...["ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption"],
  ...["table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"],
]);

export function isBlock(node: DomNode): boolean {
  return isElement(node) && BLOCK_TAGS.has(node.localName);
}

/**
 * Keeps the line breaks of a body written as plain text (no block, no `<br>`: cls.cn telegraphs, a
 * numbered list one item a line) as `<br>`s. Runs before cleaning, which collapses whitespace.
 *
 * @example
 * // "要闻：\n1、甲。\n2、乙。" -> "要闻：<br>1、甲。<br>2、乙。"
 */
export function breakPlainTextLines(container: DomElement, document: DomDocument): void {
  const children = childrenOf(container);
  if (children.some((node) => isBlock(node) || isBreak(node))) return;
  for (const node of children) {
    if (isText(node) && node.data.trim().includes("\n")) splitLines(node, document);
  }
}

/**
 * Wraps each run of loose inline content of `container` in a `<p>`, splitting runs at blank lines
 * (two `<br>`s).
 *
 * @example
 * // "a<br><br>b<p>c</p>" -> "<p>a</p><p>b</p><p>c</p>"
 */
export function layOutParagraphs(container: DomElement, document: DomDocument): void {
  let run: DomNode[] = [];
  for (const node of childrenOf(container)) {
    if (isBlock(node)) {
      wrapRun(run, document);
      run = [];
    } else {
      run.push(node);
    }
  }
  wrapRun(run, document);
}

/**
 * Removes whitespace, `<br>`s and U+3000 indentation at the start and end of a block, blank text
 * between its blocks, and the indentation of lines after a `<br>`.
 */
export function trimBlock(block: DomElement): void {
  trimEdge(block, "start");
  trimEdge(block, "end");
  for (let node = block.firstChild; node !== null; ) {
    const next = node.nextSibling;
    if (isText(node)) {
      const previous = node.previousSibling;
      const afterBreak = previous !== null && (isBlock(previous) || isBreak(previous));
      if (node.data.trim() === "" && (afterBreak || (next !== null && isBlock(next)))) node.remove();
      else if (afterBreak) node.data = node.data.trimStart();
    }
    node = next;
  }
}

function isBreak(node: DomNode): boolean {
  return isElement(node) && node.localName === "br";
}

function trimEdge(block: DomElement, side: "start" | "end"): void {
  let parent: DomElement = block;
  for (;;) {
    const node = side === "start" ? parent.firstChild : parent.lastChild;
    if (node === null) return;
    if (isText(node)) {
      const trimmed = side === "start" ? node.data.trimStart() : node.data.trimEnd();
      if (trimmed !== "") {
        node.data = trimmed;
        return;
      }
      node.remove();
    } else if (isBreak(node)) {
      node.remove();
    } else if (isElement(node) && !BLOCK_TAGS.has(node.localName) && node.firstChild !== null) {
      parent = node; // descend into inline markup: `<p><strong>　　text</strong></p>`
    } else {
      return;
    }
  }
}

/** Replaces a text node by its lines with `<br>` between them. */
function splitLines(text: DomText, document: DomDocument): void {
  const nodes: DomNode[] = [];
  const lines = text.data.trim().split(/\s*\n\s*/);
  // Keep a space where the text met neighbouring inline markup.
  const lead = /^\s/.test(text.data) ? " " : "";
  const trail = /\s$/.test(text.data) ? " " : "";
  lines.forEach((line, i) => {
    if (i > 0) nodes.push(document.createElement("br"));
    nodes.push(
      document.createTextNode(`${i === 0 ? lead : ""}${line}${i === lines.length - 1 ? trail : ""}`),
    );
  });
  text.replaceWith(...nodes);
}

function wrapRun(run: DomNode[], document: DomDocument): void {
  let chunk: DomNode[] = [];
  let breaks: DomNode[] = [];
  for (const node of run) {
    if (isBreak(node)) {
      breaks.push(node);
    } else if (breaks.length > 0 && isText(node) && node.data.trim() === "") {
      breaks.push(node);
    } else {
      if (breaks.filter((n) => isElement(n)).length >= 2) {
        wrapChunk(chunk, document);
        for (const n of breaks) n.remove();
        chunk = [];
      } else {
        chunk.push(...breaks);
      }
      breaks = [];
      chunk.push(node);
    }
  }
  wrapChunk(chunk, document);
  for (const n of breaks) n.remove();
}

function wrapChunk(chunk: DomNode[], document: DomDocument): void {
  const first = chunk[0];
  const hasContent = chunk.some((node) => (isText(node) ? node.data.trim() !== "" : isElement(node)));
  if (first === undefined || !hasContent) {
    for (const node of chunk) node.remove();
    return;
  }
  const paragraph = document.createElement("p");
  first.before(paragraph);
  paragraph.append(...chunk);
  trimBlock(paragraph);
}
