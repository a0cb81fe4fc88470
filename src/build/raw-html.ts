/**
 * What is done to a body's raw string before the HTML parser sees it.
 *
 * Markup that sources left unescaped inside code (an HTML sample with `<svg>`, `<filter>`, `<div>`; a
 * Java or C# generic, `List<String>`; an include, `#include <cstring>`) would become elements, so the
 * code would lose that text or, worse, render it: it is escaped here. Inside code, only the tags that
 * the corpus's highlighters emit stay markup: `<span>` (highlight.js, Pygments), `<code>` (inside
 * `<pre>`) and `<br>`. Every other `<` is text.
 *
 * Comments, `<style>` and `<script>` outside code are never content: they are cut here, in the same
 * pass, rather than parsed into nodes only to be removed (Sina posts carry dozens of comments).
 */

/** Comments and style/script elements are cut; `<pre>` and `<code>` open a code region. */
const REGION = /<!--[\s\S]*?-->|<(script|style)(?=[\s>/])[\s\S]*?<\/\1\s*>|<(pre|code)(?=[\s>/])[^>]*>/gi;
const CLOSE_PRE = /<\/pre\s*>/gi;
const CLOSE_CODE = /<\/code\s*>/gi;
const STRAY_LT = /<(?!\/?(?:span|code|br)[\s>/])/gi;

/**
 * Escapes every `<` inside `<pre>` and `<code>` that does not start a `<span>`, `<code>` or `<br>` tag,
 * and removes comments, styles and scripts elsewhere. A code region with no closing tag is left alone
 * rather than swallowing the rest of the post.
 *
 * @example
 * prepareRawHtml("<pre><code><svg><filter/></svg></code></pre><!-- ad -->")
 * // "<pre><code>&lt;svg>&lt;filter/>&lt;/svg></code></pre>"
 */
export function prepareRawHtml(html: string): string {
  if (!html.includes("<")) return html;
  let out = "";
  let done = 0;
  REGION.lastIndex = 0;
  for (let match = REGION.exec(html); match !== null; match = REGION.exec(html)) {
    const code = match[2]?.toLowerCase();
    if (code === undefined) {
      out += html.slice(done, match.index);
      done = match.index + match[0].length;
      continue;
    }
    const start = match.index + match[0].length;
    const close = code === "pre" ? CLOSE_PRE : CLOSE_CODE;
    close.lastIndex = start;
    const end = close.exec(html)?.index;
    if (end === undefined) continue;
    out += html.slice(done, start) + html.slice(start, end).replace(STRAY_LT, "&lt;");
    done = end;
    REGION.lastIndex = end;
  }
  return out + html.slice(done);
}
