/**
 * A code block, written verbatim: the one place where blanks are not collapsed and markup inside is
 * not structure. Raw `<` inside it was already escaped before parsing (raw-html.ts).
 */

import { isBoilerplate } from "./boilerplate.ts";
import { type DomElement, isElement, isText } from "./html-document.ts";
import { BLOCK, escapeText, type Piece, TEXT } from "./html-piece.ts";

/**
 * Writes a `<pre>`: its text exactly (no collapsing, no trimming), `<code>` and `<br>` kept,
 * highlighting spans and every other wrapper dropped, boilerplate (Juejin's "复制代码" button)
 * left out; null when it holds no text.
 *
 * @example
 * // <pre><code class="hljs"><span class="hljs-keyword">if</span> (a &lt; b)</code></pre>
 * // -> <pre><code>if (a &lt; b)</code></pre>
 */
export function writeCodeBlock(pre: DomElement): Piece | null {
  let html = "";
  let text = "";
  const read = (parent: DomElement) => {
    for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
      if (isText(node)) {
        html += escapeText(node.data);
        text += node.data;
      } else if (!isElement(node) || isBoilerplate(node)) {
      } else if (node.localName === "br") {
        html += "<br>";
        text += "\n";
      } else if (node.localName === "code") {
        html += "<code>";
        read(node);
        html += "</code>";
      } else {
        read(node);
      }
    }
  };
  read(pre);
  if (text.trim() === "") return null;
  return { html: `<pre>${html}</pre>`, text: `\n${text}\n`, flags: BLOCK | TEXT };
}
