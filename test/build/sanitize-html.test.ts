import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "../../src/build/sanitize-html.ts";
import { expectSafeHtml } from "./safe-html.ts";

const PROXIED = "/img/0123456789abcdef.jpg";

// Classic vectors, after the OWASP XSS Filter Evasion Cheat Sheet and the mutation-XSS literature.
describe("sanitizeHtml: XSS vectors", () => {
  it.each([
    ["script element", "<p>a</p><script>alert(1)</script>"],
    ["unclosed script", "<p>a</p><script>alert(1)"],
    ["script split by a nested tag", "<scr<script>ipt>alert(1)</script>"],
    ["doubled angle brackets", "<<script>script>alert(1)<</script>/script>"],
    ["malformed IMG then SCRIPT", '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">'],
    ["img onerror", "<img src=x onerror=alert(1)>"],
    ["img onerror with a proxied src", `<img src="${PROXIED}" onerror="alert(1)">`],
    ["unclosed img tag", "<img src=x onerror=alert(1)//"],
    ["img with an external src", '<img src="https://evil.example/x.png">'],
    ["img with a protocol-relative src", '<img src="//evil.example/x.png">'],
    ["img with a path escaping the proxy", '<img src="/img/../../admin">'],
    ["img with a javascript: src", '<img src="javascript:alert(1)">'],
    ["img srcset", `<img src="${PROXIED}" srcset="javascript:alert(1) 1x">`],
    ["javascript: link", '<a href="javascript:alert(1)">x</a>'],
    ["javascript: link, mixed case", '<a href="JaVaScRiPt:alert(1)">x</a>'],
    ["javascript: link with an encoded tab", '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ["javascript: link with an encoded newline", '<a href="jav&#x0A;ascript:alert(1)">x</a>'],
    [
      "javascript: link, entity-encoded",
      '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    ],
    ["javascript: link with a leading space", '<a href=" javascript:alert(1)">x</a>'],
    ["comment inside the href", '<a href="java<!-- -->script:alert(1)">x</a>'],
    ["data: link", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
    ["vbscript: link", '<a href="vbscript:msgbox(1)">x</a>'],
    ["event handler on a link", '<a href="https://example.com/" onclick="alert(1)">x</a>'],
    ["svg with script", "<svg><script>alert(1)</script></svg>"],
    ["svg onload", "<svg onload=alert(1)>"],
    ["svg link", '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
    ["math mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
    ["noscript mutation", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
    ["style mutation in a template", "<template><style></template><img src=x onerror=alert(1)></style>"],
    ["iframe srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ["iframe javascript: src", '<iframe src="javascript:alert(1)"></iframe>'],
    ["object", '<object data="javascript:alert(1)"></object>'],
    ["embed", '<embed src="javascript:alert(1)">'],
    ["style @import", "<style>@import 'https://evil.example/x.css';</style><p>a</p>"],
    ["style attribute with a URL", '<p style="background:url(javascript:alert(1))">a</p>'],
    ["style attribute with expression()", '<p style="width:expression(alert(1))">a</p>'],
    [
      "form with inputs",
      '<form action="javascript:alert(1)"><input type="submit"><button formaction="javascript:alert(1)">b</button></form>',
    ],
    ["input autofocus", "<input autofocus onfocus=alert(1)>"],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ["base href", '<base href="javascript:alert(1)//"><a href="/x">x</a>'],
    ["link stylesheet", '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ["body onload", "<body onload=alert(1)><p>a</p></body>"],
    ["details ontoggle", "<details open ontoggle=alert(1)><summary>s</summary></details>"],
    ["video source onerror", "<video><source onerror=alert(1)></video>"],
    ["textarea holding a script", "<textarea><script>alert(1)</script></textarea>"],
    ["xmp holding an img", "<xmp><img src=x onerror=alert(1)></xmp>"],
    ["table background", '<table background="javascript:alert(1)"><tr><td>a</td></tr></table>'],
    ["cell event handler", '<table><tr><td colspan="2" onmouseover="alert(1)">a</td></tr></table>'],
    ["marquee onstart", "<marquee onstart=alert(1)>a</marquee>"],
    ["CDATA end in text", "<p>a]]>b</p><![CDATA[ ]]> ]]>"],
  ])("%s", (_name, input) => {
    const output = sanitizeHtml(input);
    expectSafeHtml(output);
    expect(output).not.toMatch(
      /<script|\son\w+=|javascript:|vbscript:|data:|<svg|<math|<iframe|<style|srcdoc|]]>/i,
    );
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
      `<img src="${PROXIED}" alt="图" width="550" height="485" />`,
    ],
    [
      "non-numeric sizes are dropped",
      `<img src="${PROXIED}" alt="" width="100%" height="1">`,
      `<img src="${PROXIED}" alt="" height="1" />`,
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
      `<img src="${PROXIED}" alt="x&quot; onerror=&quot;alert(1)" />`,
    ],
    ["text is escaped", "<p>1 &lt; 2 &amp; 3 &gt; 2</p>", "<p>1 &lt; 2 &amp; 3 &gt; 2</p>"],
  ])("%s", (_name, input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });
});
