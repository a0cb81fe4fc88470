/**
 * Markup that sources left unescaped inside code: an HTML sample (`<svg>`, `<filter>`, `<div>`), a
 * Java or C# generic (`List<String>`, `Span<int>`), an include (`#include <cstring>`). The HTML parser
 * would turn it into elements, so the code would lose that text or, worse, render it. It is escaped in
 * the raw string, before any parser sees it.
 *
 * Inside code, only the tags that the corpus's highlighters emit stay markup: `<span>` (highlight.js,
 * Pygments), `<code>` (inside `<pre>`) and `<br>`. Every other `<` is text.
 */

/** Comments and raw-text elements are skipped whole; `<pre>` and `<code>` open a code region. */
const REGION = /<!--[\s\S]*?-->|<(script|style|textarea)\b[\s\S]*?<\/\1\s*>|<(pre|code)(?=[\s>/])[^>]*>/gi;
const CLOSE_PRE = /<\/pre\s*>/gi;
const CLOSE_CODE = /<\/code\s*>/gi;
const STRAY_LT = /<(?!\/?(?:span|code|br)[\s>/])/gi;

/**
 * Escapes every `<` inside `<pre>` and `<code>` that does not start a `<span>`, `<code>` or `<br>` tag.
 * A code region with no closing tag is left alone rather than swallowing the rest of the post.
 *
 * @example
 * escapeRawMarkupInCode("<pre><code><svg><filter/></svg></code></pre>")
 * // "<pre><code>&lt;svg>&lt;filter/>&lt;/svg></code></pre>"
 */
export function escapeRawMarkupInCode(html: string): string {
  if (!/<(?:pre|code)[\s>/]/i.test(html)) return html;
  let out = "";
  let done = 0;
  REGION.lastIndex = 0;
  for (let match = REGION.exec(html); match !== null; match = REGION.exec(html)) {
    const tag = match[2]?.toLowerCase();
    if (tag === undefined) continue;
    const start = match.index + match[0].length;
    const close = tag === "pre" ? CLOSE_PRE : CLOSE_CODE;
    close.lastIndex = start;
    const end = close.exec(html)?.index;
    if (end === undefined) continue;
    out += html.slice(done, start) + html.slice(start, end).replace(STRAY_LT, "&lt;");
    done = end;
    REGION.lastIndex = end;
  }
  return out + html.slice(done);
}
