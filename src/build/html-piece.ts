/**
 * Pieces of cleaned output. The cleaner never changes the parsed DOM: it reads it once and writes
 * each node as pieces of HTML (only published tags and attributes) and text, which its parent then
 * wraps, passes on (an unwrapped element) or drops (an element left empty).
 */

/** Flags of a piece: what it holds, and how it sits among its siblings. */
export const TEXT = 1; // visible text
export const MEDIA = 2; // an image or a rule: content without text
export const BLOCK = 4; // a block, or holds one
export const BREAK = 8; // a <br>
export const RAW = 16; // text alone, no markup: may be trimmed

/** Cleaned output for one node or run of nodes. */
export interface Piece {
  readonly html: string;
  /** Text, "\n" between lines; whitespace is collapsed when the text is finished. */
  readonly text: string;
  readonly flags: number;
}

export const BREAK_PIECE: Piece = { html: "<br>", text: "\n", flags: BREAK };

export function textPiece(text: string): Piece {
  return { html: escapeText(text), text, flags: RAW | (text.trim() === "" ? 0 : TEXT) };
}

/** The union of the pieces' flags. */
export function flagsOf(pieces: readonly Piece[]): number {
  let flags = 0;
  for (const piece of pieces) flags |= piece.flags;
  return flags;
}

export function hasContent(pieces: readonly Piece[]): boolean {
  return (flagsOf(pieces) & (TEXT | MEDIA)) !== 0;
}

/** The start of the pieces' text: at least `length` characters of it, when it has that many. */
export function textStart(pieces: readonly Piece[], length: number): string {
  let text = "";
  for (const piece of pieces) {
    text += piece.text;
    if (text.length >= length) break;
  }
  return text;
}

/**
 * Joins sibling pieces as a browser would lay them out: blank text next to a block or after another
 * blank goes, and a line after a block or `<br>` loses its indentation (`<br>\n　　text`).
 */
export function joinPieces(pieces: readonly Piece[]): Piece {
  let html = "";
  let text = "";
  let flags = 0;
  let lineStart = false;
  let afterSpace = false;
  pieces.forEach((piece, i) => {
    let current = piece;
    if (current.flags & RAW) {
      const next = pieces[i + 1];
      const blank = (current.flags & TEXT) === 0;
      if (blank && (lineStart || afterSpace || (next !== undefined && (next.flags & BLOCK) !== 0))) return;
      if (lineStart || afterSpace) current = textPiece(current.text.trimStart());
    }
    html += current.html;
    text += current.text;
    flags |= current.flags;
    lineStart = (current.flags & (BLOCK | BREAK)) !== 0;
    afterSpace = (current.flags & RAW) !== 0 && /\s$/.test(current.text);
  });
  return { html, text, flags: flags & ~RAW };
}

/** An inline element around the pieces. */
export function wrapInline(tag: string, attributes: string, pieces: readonly Piece[]): Piece {
  const inner = joinPieces(pieces);
  return { html: `<${tag}${attributes}>${inner.html}</${tag}>`, text: inner.text, flags: inner.flags };
}

/** A block element around the pieces, with blanks and `<br>`s trimmed at its edges. */
export function wrapBlock(tag: string, attributes: string, pieces: readonly Piece[]): Piece {
  const inner = joinPieces(pieces);
  const html = trimEdges(inner.html);
  return {
    html: `<${tag}${attributes}>${html}</${tag}>`,
    text: `\n${inner.text}\n`,
    flags: inner.flags | BLOCK,
  };
}

/**
 * Removes blanks and `<br>`s at the start and end of a block's HTML, looking past the inline tags
 * that open (or close) there: `<strong> 　text<br></strong>` -> `<strong>text</strong>`.
 */
export function trimEdges(html: string): string {
  let head = "";
  let start = 0;
  for (;;) {
    if (isBlank(html, start)) start++;
    else if (html.startsWith("<br>", start)) start += 4;
    else if (html[start] === "<" && /^<(?!\/|br\b|img\b|hr\b)[a-z]/.test(html.slice(start, start + 5))) {
      const end = html.indexOf(">", start) + 1;
      if (end === 0) break;
      head += html.slice(start, end);
      start = end;
    } else break;
  }
  let tail = "";
  let end = html.length;
  while (end > start) {
    if (isBlank(html, end - 1)) end--;
    else if (html.endsWith("<br>", end)) end -= 4;
    else if (html[end - 1] === ">" && isClosingTag(html, html.lastIndexOf("<", end - 1), end)) {
      const open = html.lastIndexOf("<", end - 1);
      tail = html.slice(open, end) + tail;
      end = open;
    } else break;
  }
  return head + html.slice(start, end) + tail;
}

function isBlank(html: string, at: number): boolean {
  const char = html[at];
  return char !== undefined && char.trim() === "";
}

function isClosingTag(html: string, start: number, end: number): boolean {
  return start >= 0 && /^<\/[a-z0-9]+>$/.test(html.slice(start, end));
}

/** One line per paragraph, whitespace collapsed in each, empty lines dropped. */
export function finishText(text: string): string {
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const collapsed = line.replace(/\s+/g, " ").trim();
    if (collapsed !== "") lines.push(collapsed);
  }
  return lines.join("\n");
}

export function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;");
}
