/**
 * The plain text of a cleaned body, for summaries and tests: one line per paragraph (block, `<br>`
 * line, or code line), whitespace collapsed inside each.
 */

import { BLOCK_TAGS } from "./block-layout.ts";
import { type DomElement, isElement, isText } from "./html-document.ts";

/**
 * The body's text, paragraphs separated by "\n". Images contribute nothing (a dropped image's alt
 * text is already text).
 *
 * @example
 * extractText(parseHtmlBody("<p>一。</p><p>二<br>三</p>").body) // "一。\n二\n三"
 */
export function extractText(root: DomElement): string {
  const lines: string[] = [];
  let line = "";
  const endLine = () => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text !== "") lines.push(text);
    line = "";
  };
  const walk = (parent: DomElement, inPre: boolean) => {
    for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
      if (isText(node)) {
        if (!inPre) {
          line += node.data;
          continue;
        }
        const [first = "", ...rest] = node.data.split("\n");
        line += first;
        for (const part of rest) {
          endLine();
          line = part;
        }
      } else if (isElement(node)) {
        const tag = node.localName;
        if (tag === "br") {
          endLine();
        } else if (BLOCK_TAGS.has(tag)) {
          endLine();
          walk(node, inPre || tag === "pre");
          endLine();
        } else {
          walk(node, inPre);
        }
      }
    }
  };
  walk(root, false);
  endLine();
  return lines.join("\n");
}
