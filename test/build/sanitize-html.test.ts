import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "../../src/build/sanitize-html.ts";
import { expectSafeHtml } from "./safe-html.ts";
import { XSS_VECTORS } from "./xss-vectors.ts";

const PROXIED = "/img/0123456789abcdef.jpg";

describe("sanitizeHtml: XSS vectors", () => {
  it.each(XSS_VECTORS)("%s", (_name, input) => {
    const output = sanitizeHtml(input);
    expectSafeHtml(output);
  });
});
describe("sanitizeHtml: what stays", () => {
  it.each([
    ["paragraphs and breaks", "<p>a<br>b</p>", "<p>a<br />b</p>"],
    ["h1 becomes h2", "<h1>t</h1><h3>s</h3>", "<h2>t</h2><h3>s</h3>"],
    [
      "links get rel and lose the rest",
      '<a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="opener" class="x">l</a>',
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">l</a>',
    ],
    [
      "mailto links",
      '<a href="mailto:a@example.com">m</a>',
      '<a href="mailto:a@example.com" rel="noopener noreferrer nofollow">m</a>',
    ],
    ["relative links lose their link, keep their text", '<a href="/x">rel</a>', "rel"],
    [
      "proxied images with their size",
      `<img src="${PROXIED}" alt="图" width="550" height="485" class="c" title="t" loading="lazy">`,
      `<img src="${PROXIED}" alt="图" width="550" height="485" loading="lazy" decoding="async" />`,
    ],
    [
      "non-numeric sizes are dropped",
      `<img src="${PROXIED}" alt="" width="100%" height="1">`,
      `<img src="${PROXIED}" alt="" height="1" loading="lazy" decoding="async" />`,
    ],
    [
      "code keeps its text, spans go",
      '<pre><code class="x"><span class="k">if</span> (a &lt; b) {}</code></pre>',
      "<pre><code>if (a &lt; b) {}</code></pre>",
    ],
    [
      "tables with spans",
      '<table><thead><tr><th rowspan="2">h</th></tr></thead><tbody><tr><td colspan="2" style="x">d</td></tr></tbody></table>',
      '<table><thead><tr><th rowspan="2">h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>',
    ],
    ["figures", "<figure><figcaption>c</figcaption></figure>", "<figure><figcaption>c</figcaption></figure>"],
    [
      "lists and quotes",
      "<blockquote><ul><li>a</li></ul><ol><li>b</li></ol><dl><dt>t</dt><dd>d</dd></dl></blockquote>",
      "<blockquote><ul><li>a</li></ul><ol><li>b</li></ol><dl><dt>t</dt><dd>d</dd></dl></blockquote>",
    ],
    [
      "inline formatting",
      "<em>e</em><strong>s</strong><b>b</b><i>i</i><u>u</u><s>s</s><sub>1</sub><sup>2</sup><mark>m</mark><small>sm</small>",
      "<em>e</em><strong>s</strong><b>b</b><i>i</i><u>u</u><s>s</s><sub>1</sub><sup>2</sup><mark>m</mark><small>sm</small>",
    ],
    [
      "old spellings",
      "<strike>a</strike><del>b</del><ins>c</ins><kbd>d</kbd><tt>e</tt>",
      "<s>a</s><s>b</s><u>c</u><code>d</code><code>e</code>",
    ],
    [
      "unknown tags keep their text",
      "<p><int>x</int><font color=red>y</font><span>z</span></p>",
      "<p>xyz</p>",
    ],
    ["hr", "<hr class=x>", "<hr />"],
    [
      "an alt text trying to break out of its quotes stays inside them",
      `<img src="${PROXIED}" alt="x&quot; onerror=&quot;alert(1)">`,
      `<img src="${PROXIED}" alt="x&quot; onerror=&quot;alert(1)" loading="lazy" decoding="async" />`,
    ],
    ["text is escaped", "<p>1 &lt; 2 &amp; 3 &gt; 2</p>", "<p>1 &lt; 2 &amp; 3 &gt; 2</p>"],
  ])("%s", (_name, input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });
});
