import { describe, expect, it } from "vitest";
import { escapeRawMarkupInCode } from "../../src/build/code-markup.ts";

describe("escapeRawMarkupInCode", () => {
  it.each([
    [
      "segmentfault: an HTML sample left raw in a code block",
      '<pre><code class="HTML"><div class="box"></div>\n<svg>\n  <filter id="f"><feOffset dx="2"/></filter>\n</svg></code></pre>',
      '<pre><code class="HTML">&lt;div class="box">&lt;/div>\n&lt;svg>\n  &lt;filter id="f">&lt;feOffset dx="2"/>&lt;/filter>\n&lt;/svg></code></pre>',
    ],
    [
      "segmentfault: a comment inside a code sample is code, not a comment",
      "<pre><code><!-- blur first -->\n<feBlend/></code></pre>",
      "<pre><code>&lt;!-- blur first -->\n&lt;feBlend/></code></pre>",
    ],
    [
      "segmentfault: a tag name in inline code",
      "<p>use <code><defs></code> and <code><filter></code></p>",
      "<p>use <code>&lt;defs></code> and <code>&lt;filter></code></p>",
    ],
    [
      "meituan: Java generics",
      "<pre><code>List<String> names = new ArrayList<>();</code></pre>",
      "<pre><code>List&lt;String> names = new ArrayList&lt;>();</code></pre>",
    ],
    [
      "zhihu: highlighting spans stay markup around a raw generic",
      '<pre><code><span class="n">Span</span><span class="p"><int></span> x;</code></pre>',
      '<pre><code><span class="n">Span</span><span class="p">&lt;int></span> x;</code></pre>',
    ],
    [
      "juejin: highlight.js spans and <br> stay markup",
      '<pre><code class="hljs"><span class="hljs-keyword">const</span> a = 1;<br/>b</code></pre>',
      '<pre><code class="hljs"><span class="hljs-keyword">const</span> a = 1;<br/>b</code></pre>',
    ],
    ["text outside code is untouched", "<p>a <b>b</b></p><div>c</div>", "<p>a <b>b</b></p><div>c</div>"],
    [
      "a <pre> mentioned in a comment opens no region",
      "<!-- <pre> --><p>x</p><div>y</div>",
      "<!-- <pre> --><p>x</p><div>y</div>",
    ],
    [
      "a <code> mentioned in a style opens no region",
      "<style>p<code{}</style><div>y</div>",
      "<style>p<code{}</style><div>y</div>",
    ],
    [
      "an unclosed code region is left alone",
      "<p><code>a<b>c</b></p><div>d</div>",
      "<p><code>a<b>c</b></p><div>d</div>",
    ],
    ["upper-case tags", "<PRE><CODE><Div></Div></CODE></PRE>", "<PRE><CODE>&lt;Div>&lt;/Div></CODE></PRE>"],
    ["<preview> is not <pre>", "<preview><div></div></preview>", "<preview><div></div></preview>"],
  ])("%s", (_case, input, expected) => {
    expect(escapeRawMarkupInCode(input)).toBe(expected);
  });
});
