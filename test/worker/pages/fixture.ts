/**
 * A small, real-shaped site for the page tests: three levels of categories, a dozen articles with
 * hostile titles, an undated one, one image of known size, one of unknown size.
 */
import type { Article, Bundle, Category } from "../../../src/model.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/site.ts";
import { indexSite } from "../../../src/worker/site-index.ts";

export const ORIGIN = "https://news.example.com";

export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  siteTitle: "今日 & 明日",
  siteDescription: "新闻、问答与动漫游戏资讯",
  timeZone: "Asia/Shanghai",
  pageItems: 5,
};

/** Category indexes, by name, for readable tests. */
export const CATEGORY = { root: 0, 金融: 1, 新浪财经: 2, 国内: 3, 动漫: 4, 番剧: 5, 科技: 6, hackerNews: 7 };

// Children are ordered by label, as the build orders them (动 < 科 < 金 in code points).
const categories: Category[] = [
  { label: "", path: [], parent: -1, children: [4, 6, 1], articles: [] },
  { label: "金融", path: ["金融"], parent: 0, children: [2], articles: [] },
  { label: "新浪财经", path: ["金融", "新浪财经"], parent: 1, children: [3], articles: [] },
  { label: "国内", path: ["金融", "新浪财经", "国内"], parent: 2, children: [], articles: [] },
  { label: "动漫", path: ["动漫"], parent: 0, children: [5], articles: [] },
  { label: "番剧", path: ["动漫", "番剧"], parent: 4, children: [], articles: [] },
  { label: "科技", path: ["科技"], parent: 0, children: [7], articles: [] },
  { label: "Hacker News", path: ["科技", "Hacker News"], parent: 6, children: [], articles: [] },
];

/** The category labels as the tree shows them: depth first, children in the order above. */
export const TREE_LABELS = ["动漫", "番剧", "科技", "Hacker News", "金融", "新浪财经", "国内"];

/** The article with a sized image, a table, code and a long unbroken word. */
export const RICH_HTML =
  '<p>白酒板块午后拉升。</p><figure><img src="/img/9b1c.png" alt="走势图"><figcaption>走势</figcaption></figure>' +
  "<table><tr><th>代码</th><th>名称</th></tr><tr><td>600519</td><td>贵州茅台</td></tr></table>" +
  `<pre><code>const x = 1; // ${"很长的一行".repeat(30)}</code></pre><p>${"a".repeat(300)}</p>`;

function article(
  id: string,
  fields: Partial<Article> & Pick<Article, "title" | "date" | "category">,
): Article {
  return {
    id,
    author: "",
    dated: true,
    summary: `${fields.title}的摘要`,
    image: null,
    html: `<p>${id} 的正文。</p>`,
    source: `posts/${id}.md`,
    ...fields,
  };
}

// Newest first, as in a bundle.
const articles: Article[] = [
  article("mt-001", {
    title: '茅台 & 五粮液："白酒" <涨停>',
    author: "新浪财经 & 记者",
    date: "2021-08-20T16:30:00Z",
    category: CATEGORY.国内,
    image: { key: "3f9a.jpg", type: "image/jpeg", width: 640, height: 360 },
    html: RICH_HTML,
  }),
  article("hn-001", {
    title: `<script>alert("x")</script> 'Show HN'`,
    date: "2021-08-20T10:00:00Z",
    category: CATEGORY.hackerNews,
  }),
  article("fan-001", {
    title: "新番导视：十月",
    date: "2021-08-19T23:59:00Z",
    dated: false,
    category: CATEGORY.番剧,
    image: { key: "77aa", type: "", width: 0, height: 0 },
  }),
  article("sina-002", {
    title: "央行：保持流动性合理充裕",
    date: "2021-08-19T08:00:00Z",
    category: CATEGORY.新浪财经,
  }),
  article("fin-001", { title: "金融早报", date: "2021-08-18T00:00:00Z", category: CATEGORY.金融 }),
  article("hn-002", {
    title: "Ask HN: 如何备份？",
    date: "2021-08-17T12:00:00Z",
    category: CATEGORY.hackerNews,
  }),
  article("fan-002", { title: "动画电影定档", date: "2021-08-16T12:00:00Z", category: CATEGORY.番剧 }),
  article("sina-003", { title: "A股收评", date: "2021-08-15T07:00:00Z", category: CATEGORY.国内 }),
  article("tech-001", { title: "科技周报", date: "2021-08-14T02:00:00Z", category: CATEGORY.科技 }),
  article("sina-004", { title: "港股收评", date: "2021-08-13T08:00:00Z", category: CATEGORY.新浪财经 }),
  article("sina-005", { title: "美股前瞻", date: "2021-08-12T13:00:00Z", category: CATEGORY.国内 }),
  article("misc-001", { title: "未分类的一篇", date: "2021-08-11T13:00:00Z", category: CATEGORY.root }),
];

// Each category lists its own and its descendants' articles, newest first, as the build does.
articles.forEach((item, index) => {
  for (let c = item.category; c >= 0; c = categories[c]?.parent ?? -1) categories[c]?.articles.push(index);
});

export const BUNDLE: Bundle = {
  format: 1,
  version: "test",
  articles,
  categories,
  images: { "3f9a.jpg": "https://img.example.net/3f9a.jpg", "77aa": "https://img.example.net/77aa" },
  allowLoopbackImages: false,
};

export const SITE = indexSite(BUNDLE);

/** A bundle with nothing in it, as the stub build writes. */
export const EMPTY_SITE = indexSite({ ...BUNDLE, articles: [], categories: [], images: {} });
