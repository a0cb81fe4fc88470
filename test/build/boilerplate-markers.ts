// What must never survive cleaning, from the corpus README's list of each source's boilerplate.

/** The corpus README's boilerplate, by its words and class names: in neither the HTML nor the text. */
export const BOILERPLATE_MARKERS = [
  ...[
    "appendQr_wrap",
    "343233024.png",
    "海量资讯、精准解读",
    "app-kaihu-qr",
    "股民福利来了",
    "article-editor",
  ],
  ...[
    "责任编辑",
    "炒股就看",
    "stock_sh",
    "stock_sz",
    "quote_sh",
    "quote_sz",
    "article_adlist",
    "&#123;",
    "&#125;",
  ],
  ...[
    "hidden",
    "复制代码",
    "查看知乎讨论",
    "查看知乎原文",
    "カートに追加",
    "cors.zfour.workers.dev",
    "/undefined",
  ],
];
/** Markup that must not reach a page. Text `<` is escaped in the HTML, so these can only be tags. */
export const TAG_MARKERS = [
  "<!--",
  "<style",
  "<script",
  "<iframe",
  "<svg",
  "<math",
  "<input",
  "<div",
  "<span",
  "<font",
];
/** Attributes that must not survive, looked for by name in tags (code text may contain `class=`). */
export const ATTRIBUTE_MARKERS = [
  ...[" class=", " id=", " style=", " data-", " referrerpolicy", " cms-style", " v-cloak", " @mouseenter"],
  ...[" :src", " onerror", " oncontextmenu", " srcset", " target", " hidden"],
];
