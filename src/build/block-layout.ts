/**
 * Block structure of a cleaned body: loose text and inline markup gathered into paragraphs, so every
 * source reads as a sequence of blocks.
 */

import { meaningfulAlt } from "./clean-image.ts";
import { classesOf, type DomElement, type DomNode, isElement } from "./html-document.ts";
import {
  BLOCK,
  BREAK,
  BREAK_PIECE,
  flagsOf,
  joinPieces,
  type Piece,
  RAW,
  TEXT,
  textPiece,
  wrapBlock,
} from "./html-piece.ts";

/** Elements that start a block of their own. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  ...["p", "div", "section", "article", "main", "center", "header", "footer", "aside", "nav"],
  ...["h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "address"],
  ...["ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption"],
  ...["table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"],
]);

/** Elements whose content may be paragraphs. */
const FLOW_CONTAINERS = new Set([
  ...["body", "div", "section", "article", "main", "center", "form", "header", "footer", "aside"],
  ...["blockquote", "li", "dd", "td", "th", "figure"],
]);

/**
 * What a `<div>` becomes, given its written content: a paragraph when it holds text and sits where a
 * paragraph may go; else just its content (it holds blocks, only images, or sits in an inline
 * element, as DLsite's popover inside a link). Jianshu's image package becomes a figure, its caption
 * a figcaption unless it is the placeholder "image".
 */
export function reshapeDiv(div: DomElement, parentTag: string, content: Piece[]): Piece[] {
  const classes = classesOf(div);
  if (classes.includes("image-package")) return [wrapBlock("figure", "", content)];
  if (classes.includes("image-caption")) {
    return meaningfulAlt(joinPieces(content).text) === "" ? [] : [wrapBlock("figcaption", "", content)];
  }
  const flags = flagsOf(content);
  if (flags & BLOCK || !(flags & TEXT) || !FLOW_CONTAINERS.has(parentTag)) return content;
  return [wrapBlock("p", "", content)];
}

/**
 * True for a body written as plain text: no block and no `<br>` among the container's children
 * (cls.cn telegraphs, a numbered list one item a line). Its line breaks are kept.
 */
export function isPlainText(container: DomElement): boolean {
  for (let node: DomNode | null = container.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node) && (BLOCK_TAGS.has(node.localName) || node.localName === "br")) return false;
  }
  return true;
}

/**
 * A plain-text line run as pieces: its lines with `<br>` between them.
 *
 * @example
 * splitLines("要闻：\n1、甲。") // [text "要闻：", <br>, text "1、甲。"]
 */
export function splitLines(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const line of text.split(/[ \t\r\f]*\n\s*/)) {
    if (pieces.length > 0) pieces.push(BREAK_PIECE);
    pieces.push(textPiece(line.replace(/\s+/g, " ")));
  }
  return pieces;
}

/**
 * Wraps each run of loose inline pieces in a paragraph, splitting runs at blank lines (two `<br>`s);
 * blocks pass through. Runs with no text and no image go.
 *
 * @example
 * // "a<br><br>b" + <p>c</p> -> <p>a</p><p>b</p><p>c</p>
 */
export function layOutParagraphs(pieces: readonly Piece[]): Piece[] {
  const blocks: Piece[] = [];
  let run: Piece[] = [];
  let breaks: Piece[] = [];
  const endParagraph = () => {
    if (run.some((piece) => piece.flags & ~(RAW | BREAK))) blocks.push(wrapBlock("p", "", run));
    run = [];
  };
  for (const piece of pieces) {
    if (piece.flags & BLOCK) {
      endParagraph();
      breaks = [];
      blocks.push(piece);
    } else if (piece.flags & BREAK) {
      breaks.push(piece);
    } else if (breaks.length > 0 && (piece.flags & (RAW | TEXT)) === RAW) {
      breaks.push(piece); // blank text between breaks
    } else {
      if (breaks.filter((b) => b.flags & BREAK).length >= 2) endParagraph();
      else run.push(...breaks);
      breaks = [];
      run.push(piece);
    }
  }
  endParagraph();
  return blocks;
}
