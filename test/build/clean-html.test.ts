import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanHtml } from "../../src/build/clean-html.ts";
import { expectSafeHtml } from "./safe-html.ts";
import { XSS_VECTORS } from "./xss-vectors.ts";

const STRICT = { allowLoopbackImages: false };
const REL = 'rel="noopener noreferrer nofollow"';

/** The proxy path of an image URL: 16 hex digits of its SHA-256, then the extension given. */
const img = (url: string, extension = "") =>
  `/img/${createHash("sha256").update(url).digest("hex").slice(0, 16)}${extension}`;

/** Posts wrap their body in one `<div>`, indented, and end with a newline and twelve spaces. */
const post = (body: string) => `<div>   \n${body}  \n</div>\n            `;
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

describe("cleanHtml: each source's shape", () => {
  it.each([
    [
      "hackernews: a bare link line",
      post('Link: <a href="https://news.example.com/story-1"> An invented headline </a>'),
      `<p>Link: <a href="https://news.example.com/story-1" ${REL}> An invented headline</a></p>`,
    ],
    [
      "cls telegraph: plain text keeps its lines",
      post(
        "【示例要闻3条】示例社1月1日电，主要内容有：\n1、第一条虚构新闻。\n2、第二条虚构新闻。\n3、第三条。",
      ),
      "<p>【示例要闻3条】示例社1月1日电，主要内容有：<br />1、第一条虚构新闻。<br />2、第二条虚构新闻。<br />3、第三条。</p>",
    ],
    ["agefans: one word", post("第10集"), "<p>第10集</p>"],
    [
      "acfun: a lone image",
      post('<img src="https://tx-free-imgs.acfun.cn/FvYKBco8ghp" referrerpolicy="no-referrer">'),
      `<p><img src="${img("https://tx-free-imgs.acfun.cn/FvYKBco8ghp")}" alt="" loading="lazy" decoding="async" /></p>`,
    ],
    [
      "bangumi: a CORS-proxied cover and a list of links",
      post(
        '<img src="https://cors.zfour.workers.dev/?http://lain.bgm.tv/pic/cover/l/00/11/1_abc.jpg" referrerpolicy="no-referrer"><ul><li><a href="https://bangumi.tv/subject/1">番组计划</a></li></ul>',
      ),
      `<p><img src="${img("http://lain.bgm.tv/pic/cover/l/00/11/1_abc.jpg", ".jpg")}" alt="" loading="lazy" decoding="async" /></p><ul><li><a href="https://bangumi.tv/subject/1" ${REL}>番组计划</a></li></ul>`,
    ],
    [
      "jandan: quote, proxied GIF with an image-service suffix, braces in text",
      post(
        '<blockquote><p>虚构的引语</p></blockquote><img src="https://cors.zfour.workers.dev/?http://img.jandan.net/news/2019/01/ab12.gif!custom" referrerpolicy="no-referrer"><p>代码是 "if (a) &#123;"。</p>\n<p>https://example.com/source-article/</p>',
      ),
      `<blockquote><p>虚构的引语</p></blockquote><p><img src="${img("http://img.jandan.net/news/2019/01/ab12.gif!custom", ".gif")}" alt="" loading="lazy" decoding="async" /></p><p>代码是 "if (a) {"。</p><p>https://example.com/source-article/</p>`,
    ],
    [
      "zhihu hotlist: author line, then paragraphs and highlighted code",
      post(
        '示例用户的回答<br><br><p>虚构的回答。</p><p><br></p><div class="highlight"><pre><code class="language-csharp"><span><span class="kt">var</span> <span class="n">x</span> <span class="p">=</span> <span class="k">new</span> <span class="n">List</span><span class="p"><int></span><span class="p">();</span>\n</span></code></pre></div>',
      ),
      "<p>示例用户的回答</p><p>虚构的回答。</p><pre><code>var x = new List&lt;int&gt;();\n</code></pre>",
    ],
    [
      "jianshu: lazy image package with a placeholder caption",
      post(
        '<p>虚构的段落。</p>\n<div class="image-package">\n<div class="image-container">\n<div class="image-container-fill"></div>\n<div class="image-view" data-width="476" data-height="281"><img data-original-src="//upload-images.jianshu.io/upload_images/1-abcdef" data-original-width="476" data-original-height="281" data-original-format="image/jpeg" src="https://www.jianshu.com/p/undefined" referrerpolicy="no-referrer"></div>\n</div>\n<div class="image-caption">image</div>\n</div>',
      ),
      `<p>虚构的段落。</p><figure><img src="${img("https://upload-images.jianshu.io/upload_images/1-abcdef")}" alt="" width="476" height="281" loading="lazy" decoding="async" /></figure>`,
    ],
    [
      "meituan: generics in a code block, headings with ids",
      post(
        '<h2 id="示例">示例</h2><pre><code class="language-java">Map<String, List<Integer>> m = new HashMap<>();\n</code></pre><p>注<sup>1</sup></p>',
      ),
      "<h2>示例</h2><pre><code>Map&lt;String, List&lt;Integer&gt;&gt; m = new HashMap&lt;&gt;();\n</code></pre><p>注<sup>1</sup></p>",
    ],
    [
      "vgtime: hidden inputs, styled spans, a figure with an empty caption",
      post(
        '<input type="hidden" id="topicId" value="1">\n<input type="hidden" value id="puid">\n<div class="abstract">\n<p>虚构的摘要。</p>\n</div>\n<div class="topicContent front_content"><p><span style="letter-spacing: 1.3px;">虚构的正文。</span><br></p><div class="vg_insert_img"><figure contenteditable="false"><img src="https://img01.vgtime.com/web/topic/a.jpg" class="vg_insert_img_onfocus" style="width: 600px;" referrerpolicy="no-referrer"><figcaption class="vg_insert_img_notice" contenteditable="true"></figcaption></figure></div></div>',
      ),
      `<p>虚构的摘要。</p><p>虚构的正文。</p><figure><img src="${img("https://img01.vgtime.com/web/topic/a.jpg", ".jpg")}" alt="" loading="lazy" decoding="async" /></figure>`,
    ],
    [
      "ithome: data-vmark paragraphs, an image with its size",
      post(
        '<p data-vmark="a491"><a class="s_tag" href="https://www.ithome.com/" target="_blank">IT之家</a> 虚构消息。</p><p data-vmark="fd4a" style="text-align: center;"><img src="https://img.ithome.com/a.jpg" w="760" h="350" alt="示例图" title="示例" width="760" height="350" referrerpolicy="no-referrer"></p>',
      ),
      `<p><a href="https://www.ithome.com/" ${REL}>IT之家</a> 虚构消息。</p><p><img src="${img("https://img.ithome.com/a.jpg", ".jpg")}" alt="示例图" width="760" height="350" loading="lazy" decoding="async" /></p>`,
    ],
    [
      "animen: images between <br>s, an nbsp paragraph",
      post(
        '<p>虚构的商品介绍。</p>\n<br><img src="https://www.animen.com.tw/animen_image/A_O_P.jpg" referrerpolicy="no-referrer"><br><br><img src="https://www.animen.com.tw/animen_image/B_O_R.jpg" referrerpolicy="no-referrer"><br><p>&nbsp;</p>\n<p>商品名稱：示例<br>\n價格：1,000日圓</p>',
      ),
      `<p>虚构的商品介绍。</p><p><img src="${img("https://www.animen.com.tw/animen_image/A_O_P.jpg", ".jpg")}" alt="" loading="lazy" decoding="async" /></p><p><img src="${img("https://www.animen.com.tw/animen_image/B_O_R.jpg", ".jpg")}" alt="" loading="lazy" decoding="async" /></p><p>商品名稱：示例<br />價格：1,000日圓</p>`,
    ],
    [
      "webtoons: images with handler attributes",
      post(
        '<img src="https://image-comic.pstatic.net/webtoon/1/2/a_IMAG01_2.jpg" title alt="comic content" id="content_image_0" oncontextmenu="return false" ondragstart="return false" class referrerpolicy="no-referrer">\n\n\n',
      ),
      `<p><img src="${img("https://image-comic.pstatic.net/webtoon/1/2/a_IMAG01_2.jpg", ".jpg")}" alt="comic content" loading="lazy" decoding="async" /></p>`,
    ],
    [
      "anitama: data-src images with a blank alt",
      post(
        '<p><img data-src="http://cdn.example-anime.cn/img/0c5ff3-preview" alt=" " src="http://cdn.example-anime.cn/img/0c5ff3-preview" referrerpolicy="no-referrer"></p>\n<hr>\n<p><strong>1.虚构的房间</strong></p>',
      ),
      `<p><img src="${img("http://cdn.example-anime.cn/img/0c5ff3-preview")}" alt="" loading="lazy" decoding="async" /></p><hr /><p><strong>1.虚构的房间</strong></p>`,
    ],
    [
      "touhougarakuta: a WordPress figure with srcset, lines broken by <br>",
      post(
        '<figure id="attachment_1" style="width: 800px" class="wp-caption alignnone"><img class="wp-image-1 size-full" src="https://s3.example.com/uploads/2021/02/a.png" alt width="800" height="600" srcset="https://s3.example.com/uploads/2021/02/a.png 800w, https://s3.example.com/uploads/2021/02/a-512x384.png 512w" sizes="(max-width: 800px) 100vw, 800px" referrerpolicy="no-referrer"><figcaption id="caption-attachment-1" class="wp-caption-text"><a href="http://vote.example.org/?m=chara">投票相关图</a></figcaption></figure>\n<p><span style="color: #d24519;">成功举办的活动</span><br>\n10月31日 示例活动</p>\n<p style="text-align: right;">翻译/示例</p>',
      ),
      `<figure><img src="${img("https://s3.example.com/uploads/2021/02/a.png", ".png")}" alt="" width="800" height="600" loading="lazy" decoding="async" /><figcaption><a href="http://vote.example.org/?m=chara" ${REL}>投票相关图</a></figcaption></figure><p>成功举办的活动<br />10月31日 示例活动</p><p>翻译/示例</p>`,
    ],
    [
      "cnbeta: loose text before paragraphs, an image linked to itself",
      post(
        '由于虚构的原因，我们可以得知一些\n有趣的见解。<br>\n <p>第二段。</p><p><a href="https://static.example.com/a.jpg" target="_blank"><img src="https://static.example.com/a.jpg" referrerpolicy="no-referrer"></a></p>',
      ),
      `<p>由于虚构的原因，我们可以得知一些 有趣的见解。</p><p>第二段。</p><p><a href="https://static.example.com/a.jpg" ${REL}><img src="${img("https://static.example.com/a.jpg", ".jpg")}" alt="" loading="lazy" decoding="async" /></a></p>`,
    ],
    [
      "oschina: a content div with an indented list",
      post(
        '<div class="content">\n                <p>示例 4.1.0 已经发布。</p> \n<ul> \n <li>修复示例错误；</li> \n <li>增加示例功能；</li> \n</ul> \n</div>',
      ),
      "<p>示例 4.1.0 已经发布。</p><ul><li>修复示例错误；</li><li>增加示例功能；</li></ul>",
    ],
    [
      "bangumi blog: <br><br> separates paragraphs",
      post(
        '第一段虚构的日志。<br>\n<br>\n第二段。<br>\n<span style="font-weight:bold;">=年度榜单=</span><br>\n· 年度动画：<a href="http://bgm.tv/subject/1" class="l">示例</a>',
      ),
      `<p>第一段虚构的日志。</p><p>第二段。<br />=年度榜单=<br />· 年度动画：<a href="http://bgm.tv/subject/1" ${REL}>示例</a></p>`,
    ],
    [
      "dlsite: a Vue placeholder image inside a product link",
      post(
        '<div class="work_thumb">\n<a href="https://www.dlsite.example/work/RJ1.html" class="work_thumb_inner" data-vue-component="thumb-img-popup" target="_blank">\n<img class="lazy" alt="示例作品 [示例社团]" src="https://img.dlsite.example/RJ1_240x240.jpg" ref="popup_img" @mouseenter="showPopupImg" referrerpolicy="no-referrer">\n<div v-cloak class="work_img_popover" :class="{ flip: is_flip }">\n<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" :src="is_show ? \'//img.dlsite.example/RJ1.jpg\' : \'\'" alt="示例作品 [示例社团]" referrerpolicy="no-referrer">\n</div>\n</a>\n<input type="hidden" class="__product_attributes" value="RG1,SOU" disabled="disabled">\n<div class="work_category type_SOU"><a href="https://www.dlsite.example/fsr/SOU" target="_blank">ボイス・ASMR</a></div>\n</div>\n<div class="n_worklist_free_sample"><p class="work_cart_m"><a href="https://www.dlsite.example/cart/RJ1.html" class="btn_cart" title="カートに追加" target="_blank">カートに追加</a></p></div>',
      ),
      `<p><a href="https://www.dlsite.example/work/RJ1.html" ${REL}><img src="${img("https://img.dlsite.example/RJ1_240x240.jpg", ".jpg")}" alt="示例作品 [示例社团]" loading="lazy" decoding="async" /> 示例作品 [示例社团]</a></p><p><a href="https://www.dlsite.example/fsr/SOU" ${REL}>ボイス・ASMR</a></p>`,
    ],
  ])("%s", (_source, raw, expected) => {
    const { html } = cleanHtml(raw, STRICT);
    expect(html).toBe(expected);
    expectSafeHtml(html);
  });
});

describe("cleanHtml: larger fixtures", () => {
  it.each([
    [
      "sina-finance.html",
      "<p>本文来源：示例日报</p><p><strong>示例记者 张三 北京报道 </strong>示例城市今天公布了一组虚构的数据。数据显示，示例指标同比增长12.3%。</p>" +
        `<p><img src="${img("https://n.sinaimg.cn/finance/crawl/100/w550h300/20210101/abcd-0123456789abcdef.jpg", ".jpg")}" alt="" width="550" height="300" loading="lazy" decoding="async" /></p>` +
        "<p>示例图表说明。示例机构供图</p><p>另一段虚构的正文，提到示例银行的看法。</p>",
    ],
    [
      "zhihu-daily.html",
      "<p><strong>示例作者，虚构的简介</strong></p><p>第一段虚构的回答。它有两句话。</p><p><strong>加粗的一句。</strong></p>" +
        `<figure><img src="${img("https://pic2.zhimg.com/v2-aaaa_720w.jpg?source=8673f162", ".jpg")}" alt="" loading="lazy" decoding="async" /><figcaption>图片来源于网络</figcaption></figure>` +
        `<blockquote>引用的一段话。</blockquote><figure><img src="${img("https://pic1.zhimg.com/v2-bbbb_720w.jpg?source=8673f162", ".jpg")}" alt="" loading="lazy" decoding="async" /></figure>`,
    ],
    [
      "juejin.html",
      "<h3>示例标题</h3><h4>调用方法 <code>fetchData(config)</code></h4><pre><code>//GET\nfetchData({\n  url: '/user/12345',\n});\n</code></pre><blockquote><p>示例说明</p></blockquote>",
    ],
    [
      "segmentfault.html",
      "<p>我们需要使用 <code>&lt;defs&gt;</code> 和 <code>&lt;filter&gt;</code> 标签。</p>" +
        '<pre><code>&lt;div class="demo"&gt;&lt;/div&gt;\n\n&lt;svg&gt;\n    &lt;defs&gt;\n        &lt;!-- 声明 --&gt;\n        &lt;filter id="blur"&gt;\n            &lt;feGaussianBlur in="SourceGraphic" stdDeviation="5" /&gt;\n        &lt;/filter&gt;\n    &lt;/defs&gt;\n&lt;/svg&gt;</code></pre>' +
        "<pre><code>div {\n    filter: url(#blur);\n}</code></pre>" +
        `<p><img src="${img("https://segmentfault.com/img/remote/1460000000000001")}" alt="" loading="lazy" decoding="async" /></p><p><a href="https://codepen.io/example/pen/abc" ${REL}>CodePen Demo</a></p>`,
    ],
    [
      "youku-iframe.html",
      "<p>一段虚构的游戏新闻。</p><h3>演示视频：</h3>" +
        `<p><a href="https://player.youku.com/embed/XABCDEFG123?client_id=0123456789abcdef" ${REL}>https://player.youku.com/embed/XABCDEFG123?client_id=0123456789abcdef</a></p>` +
        `<p><strong>Github页面：<a href="https://github.com/example/project" ${REL}>点击这里</a></strong></p>`,
    ],
  ])("%s", (name, expected) => {
    const { html } = cleanHtml(fixture(name), STRICT);
    expect(html).toBe(expected);
    expectSafeHtml(html);
  });

  it("gives the article text one paragraph a line, code line by line", () => {
    expect(cleanHtml(fixture("juejin.html"), STRICT).text).toBe(
      "示例标题\n调用方法 fetchData(config)\n//GET\nfetchData({\nurl: '/user/12345',\n});\n示例说明",
    );
    expect(cleanHtml(fixture("sina-finance.html"), STRICT).text).toBe(
      "本文来源：示例日报\n示例记者 张三 北京报道 示例城市今天公布了一组虚构的数据。数据显示，示例指标同比增长12.3%。\n示例图表说明。示例机构供图\n另一段虚构的正文，提到示例银行的看法。",
    );
  });
});

describe("cleanHtml: boilerplate", () => {
  it.each([
    [
      "comments, ad markup kept in them included",
      '<p>正文。</p><!--article_adlist[<p>百万用户都在看</p><img src="//n.sinaimg.cn/ad.jpg"/>]article_adlist--><!-- 正文下iframe -->',
      "<p>正文。</p>",
    ],
    ["styles with encoded braces", "<style>.a&#123;color:red&#125;</style><p>正文。</p>", "<p>正文。</p>"],
    ["scripts", "<p>正文。</p><script>var a = 1;</script>", "<p>正文。</p>"],
    ["Sina's editor line", '<p>正文。</p><p class="article-editor">责任编辑：王五 </p>', "<p>正文。</p>"],
    ["an editor line without its class", "<p>正文。</p><p>　　责任编辑：王五</p>", "<p>正文。</p>"],
    [
      "Sina's QR block and its image",
      '<p>正文。</p><div class="clearfix appendQr_wrap"><div class="appendQr_normal"><img src="https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"></div><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>',
      "<p>正文。</p>",
    ],
    [
      "the QR image on its own",
      '<p>正文。<img src="https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"></p>',
      "<p>正文。</p>",
    ],
    [
      "Sina's brokerage ad",
      '<p>正文。</p><div class="app-kaihu-qr"><span>示例福利！点击查看>></span><img src="https://n.sinaimg.cn/qr.png"></div>',
      "<p>正文。</p>",
    ],
    [
      "Sina's research-report ad",
      '<blockquote><p>　　炒股就看<a href="https://finance.sina.com.cn/x.shtml">示例研报</a>，权威！</p></blockquote><p>正文。</p>',
      "<p>正文。</p>",
    ],
    [
      "stock-quote spans keep the name as text",
      '<p>据<span id="stock_sh600000"><a href="https://finance.sina.com.cn/realstock/company/sh600000/nc.shtml" class="keyword">示例银行</a></span><span id="quote_sh600000"></span>称。</p>',
      "<p>据示例银行称。</p>",
    ],
    [
      "empty image captions and video placeholders",
      '<div class="video-2017" id="videoList0" style></div><!--/video-list--><div class="img_wrapper"><span class="img_descr"></span></div><p>正文。</p>',
      "<p>正文。</p>",
    ],
    [
      "hidden links",
      '<p>正文。<a href="https://www.zhihu.com/question/1" hidden>查看知乎原文</a></p>',
      "<p>正文。</p>",
    ],
    [
      "Zhihu's view-more footer",
      '<p>正文。</p><div class="view-more"><a href="https://www.zhihu.com/question/1">查看知乎讨论<span class="js-question-holder"></span></a></div>',
      "<p>正文。</p>",
    ],
    [
      "a read-more trailer",
      '<p>正文。</p><p><a href="https://example.com/a">阅读原文</a></p>',
      "<p>正文。</p>",
    ],
    [
      "Juejin's copy button",
      '<pre><code>a = 1;\n<span class="copy-code-btn">复制代码</span></code></pre>',
      "<pre><code>a = 1;\n</code></pre>",
    ],
    [
      "hidden inputs and buttons",
      '<input type="hidden" value="1"><p>正文。<button>赞</button></p>',
      "<p>正文。</p>",
    ],
    [
      "U+3000 indentation and empty paragraphs",
      "<p>　　正文。</p><p>　　</p><p><br></p><p>&nbsp;</p><p> </p>",
      "<p>正文。</p>",
    ],
    ["U+3000 inside a line becomes a space", "<p>甲　　乙</p>", "<p>甲 乙</p>"],
    [
      "framework attributes",
      '<p data-vmark="a1" class="c" id="i" style="color:red" cms-style="font-L" v-cloak @click="go" :class="x" referrerpolicy="no-referrer">正文。</p>',
      "<p>正文。</p>",
    ],
    [
      "Sina's bold font, nested",
      '<p><font cms-style="font-L strong-Bold"><font cms-style="font-L">（一）</font>标题</font></p>',
      "<p><strong>（一）标题</strong></p>",
    ],
    [
      "Sina's bold font, twice over",
      '<p><font cms-style="font-L strong-Bold"><font cms-style="font-L strong-Bold">（二）标题</font></font></p>',
      "<p><strong>（二）标题</strong></p>",
    ],
    [
      "an iframe that is not public",
      '<p>视频：</p><p><iframe src="http://192.168.1.2/player"></iframe></p>',
      "<p>视频：</p>",
    ],
    ["svg outside code", '<p>图：<svg><circle r="1"/><text>圆</text></svg></p>', "<p>图：</p>"],
  ])("%s", (_name, body, expected) => {
    const { html } = cleanHtml(post(body), STRICT);
    expect(html).toBe(expected);
  });
});

describe("cleanHtml: images", () => {
  const loopback = { allowLoopbackImages: true };
  it.each([
    [
      "a relative image keeps its alt text",
      '<p>前<img src="images/chart.png" alt="示例图表">后</p>',
      STRICT,
      "<p>前示例图表后</p>",
      [],
      [
        {
          field: "body <img src>",
          value: "images/chart.png",
          message:
            "is a relative URL and the post has no source URL to resolve it against; dropped, its alt text kept",
        },
      ],
    ],
    [
      "a data: image without alt leaves nothing",
      '<p>正文。<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>',
      STRICT,
      "<p>正文。</p>",
      [],
      [
        {
          field: "body <img src>",
          value: "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
          message: "is not a public http(s) URL; dropped",
        },
      ],
    ],
    [
      "a known-broken image with a file-name alt leaves nothing",
      '<p><img alt="image-20210528161310890" src="https://juejin.cn/post/undefined"></p><p>正文。</p>',
      STRICT,
      "<p>正文。</p>",
      [],
      [
        {
          field: "body <img src>",
          value: "https://juejin.cn/post/undefined",
          message: "is a known-broken URL; dropped",
        },
      ],
    ],
    [
      "a private address",
      '<p><img src="http://10.0.0.5/a.jpg" alt="内网图"></p>',
      STRICT,
      "<p>内网图</p>",
      [],
      [
        {
          field: "body <img src>",
          value: "http://10.0.0.5/a.jpg",
          message: "is not a public http(s) URL; dropped, its alt text kept",
        },
      ],
    ],
    [
      "loopback, refused by default",
      '<p><img src="http://127.0.0.1:8787/a.png"></p>',
      STRICT,
      "",
      [],
      [
        {
          field: "body <img src>",
          value: "http://127.0.0.1:8787/a.png",
          message: "is not a public http(s) URL; dropped",
        },
      ],
    ],
    [
      "loopback, accepted for tests and demos",
      '<p><img src="http://127.0.0.1:8787/a.png"></p>',
      loopback,
      `<p><img src="${img("http://127.0.0.1:8787/a.png", ".png")}" alt="" loading="lazy" decoding="async" /></p>`,
      ["http://127.0.0.1:8787/a.png"],
      [],
    ],
    [
      "zhihu's data-actualsrc over a placeholder",
      '<p><img src="data:image/svg+xml;utf8,&lt;svg&gt;&lt;/svg&gt;" data-actualsrc="https://pic3.zhimg.com/v2-c_b.jpg" alt="图1"></p>',
      STRICT,
      `<p><img src="${img("https://pic3.zhimg.com/v2-c_b.jpg", ".jpg")}" alt="图1" loading="lazy" decoding="async" /></p>`,
      ["https://pic3.zhimg.com/v2-c_b.jpg"],
      [],
    ],
    [
      "the same image twice is listed once",
      '<p><img src="https://n.sinaimg.cn/w10h20/a.jpg"></p><p><img src=" //n.sinaimg.cn/w10h20/a.jpg "></p>',
      STRICT,
      `<p><img src="${img("https://n.sinaimg.cn/w10h20/a.jpg", ".jpg")}" alt="" width="10" height="20" loading="lazy" decoding="async" /></p><p><img src="${img("https://n.sinaimg.cn/w10h20/a.jpg", ".jpg")}" alt="" width="10" height="20" loading="lazy" decoding="async" /></p>`,
      ["https://n.sinaimg.cn/w10h20/a.jpg"],
      [],
    ],
    [
      "images in document order",
      '<p><img src="https://a.example.com/2.png"><img src="https://a.example.com/1.png"></p>',
      STRICT,
      `<p><img src="${img("https://a.example.com/2.png", ".png")}" alt="" loading="lazy" decoding="async" /><img src="${img("https://a.example.com/1.png", ".png")}" alt="" loading="lazy" decoding="async" /></p>`,
      ["https://a.example.com/2.png", "https://a.example.com/1.png"],
      [],
    ],
  ])("%s", (_name, body, options, expectedHtml, expectedUrls, expectedProblems) => {
    const result = cleanHtml(post(body), options);
    expect(result.html).toBe(expectedHtml);
    expect(result.images.map((image) => image.url)).toEqual(expectedUrls);
    expect(result.problems).toEqual(expectedProblems);
  });

  it("reports each image with its ImageRef", () => {
    const { images } = cleanHtml(post('<img src="https://n.sinaimg.cn/finance/w550h485/a.jpg">'), STRICT);
    expect(images).toEqual([
      {
        url: "https://n.sinaimg.cn/finance/w550h485/a.jpg",
        ref: {
          key: img("https://n.sinaimg.cn/finance/w550h485/a.jpg", ".jpg").slice(5),
          type: "image/jpeg",
          width: 550,
          height: 485,
        },
      },
    ]);
  });
});

describe("cleanHtml: links", () => {
  it.each([
    [
      "protocol-relative made https",
      '<p><a href="//bangumi.tv/subject/1">番组</a></p>',
      `<p><a href="https://bangumi.tv/subject/1" ${REL}>番组</a></p>`,
      [],
    ],
    [
      "mailto kept",
      '<p><a href="mailto:hr@example.com">hr@example.com</a></p>',
      `<p><a href="mailto:hr@example.com" ${REL}>hr@example.com</a></p>`,
      [],
    ],
    ["in-page anchors lose their link quietly", '<p>见<a href="#note-1">注1</a></p>', "<p>见注1</p>", []],
    [
      "relative links lose their link",
      '<p><a href="/news/1.html">上一篇</a></p>',
      "<p>上一篇</p>",
      [
        {
          field: "body <a href>",
          value: "/news/1.html",
          message:
            "is a relative URL and the post has no source URL to resolve it against; the link removed, its text kept",
        },
      ],
    ],
    [
      "javascript: links lose their link",
      '<p><a href="jav&#x09;ascript:alert(1)">点我</a></p>',
      "<p>点我</p>",
      [
        {
          field: "body <a href>",
          value: "jav\tascript:alert(1)",
          message: "is not an http(s) or mailto URL; the link removed, its text kept",
        },
      ],
    ],
    [
      "links with nothing left in them go",
      '<p>正文。<a href="https://example.com/"><img src="data:,"></a></p>',
      "<p>正文。</p>",
      [{ field: "body <img src>", value: "data:,", message: "is not a public http(s) URL; dropped" }],
    ],
  ])("%s", (_name, body, expectedHtml, expectedProblems) => {
    const result = cleanHtml(post(body), STRICT);
    expect(result.html).toBe(expectedHtml);
    expect(result.problems).toEqual(expectedProblems);
  });
});

describe("cleanHtml: XSS vectors, in a post's body", () => {
  it.each(XSS_VECTORS)("%s", (_name, input) => {
    const { html } = cleanHtml(post(`<p>正文。</p>${input}`), STRICT);
    expectSafeHtml(html);
    expect(html).toContain("<p>正文。</p>");
  });
});

describe("cleanHtml: output", () => {
  it.each([
    ["]]> in text", "<p>a]]>b</p>"],
    ["]]> in an attribute", '<p><a href="https://example.com/?q=]]>">x</a></p>'],
    ["]]> in code", "<pre><code>x]]>y</code></pre>"],
  ])("never contains ]]> (%s)", (_name, body) => {
    expect(cleanHtml(post(body), STRICT).html).not.toContain("]]>");
  });

  it.each([
    ["an empty body", ""],
    ["only boilerplate", '<p class="article-editor">责任编辑：王五</p><!-- x -->'],
    ["whitespace", "   \n  "],
  ])("returns empty html and text for %s", (_name, raw) => {
    expect(cleanHtml(raw, STRICT)).toEqual({ html: "", text: "", images: [], problems: [] });
  });
});
