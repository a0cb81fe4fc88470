import { describe, expect, it } from "vitest";
import { prepareRawHtml } from "../../src/build/raw-html.ts";

describe("prepareRawHtml: code", () => {
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
      "<p>x</p><div>y</div>",
    ],
    ["a <code> mentioned in a style opens no region", "<style>p<code{}</style><div>y</div>", "<div>y</div>"],
    [
      "an unclosed code region is left alone",
      "<p><code>a<b>c</b></p><div>d</div>",
      "<p><code>a<b>c</b></p><div>d</div>",
    ],
    ["upper-case tags", "<PRE><CODE><Div></Div></CODE></PRE>", "<PRE><CODE>&lt;Div>&lt;/Div></CODE></PRE>"],
    ["<preview> is not <pre>", "<preview><div></div></preview>", "<preview><div></div></preview>"],
  ])("%s", (_case, input, expected) => {
    expect(prepareRawHtml(input)).toBe(expected);
  });
});

describe("prepareRawHtml: comments, styles and scripts", () => {
  it.each([
    ["Sina's comments", "<p>a</p><!-- 正文下iframe --><!--/video-list--><p>b</p>", "<p>a</p><p>b</p>"],
    [
      "ad markup kept in a comment",
      '<p>a</p><!--article_adlist[<p cms-style="font-L">广告</p><img src="//n.sinaimg.cn/ad.jpg"/>]article_adlist-->',
      "<p>a</p>",
    ],
    [
      "a style with encoded braces",
      "<style>\n.appendQr_wrap&#123;padding:8px;&#125;\n</style><p>a</p>",
      "<p>a</p>",
    ],
    ["a script", '<script type="text/javascript">var a = "</p>";</script><p>a</p>', "<p>a</p>"],
    ["upper case", "<STYLE>p{}</STYLE><SCRIPT>x()</SCRIPT><p>a</p>", "<p>a</p>"],
    ["not a <styled> element", "<styled>a</styled>", "<styled>a</styled>"],
    ["an unclosed comment is left to the parser", "<p>a</p><!-- open", "<p>a</p><!-- open"],
  ])("%s", (_case, input, expected) => {
    expect(prepareRawHtml(input)).toBe(expected);
  });
});
