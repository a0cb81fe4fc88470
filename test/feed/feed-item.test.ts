import { describe, expect, it } from "vitest";
import { toFeedItem } from "../../src/feed/feed-item.ts";
import { renderRss } from "../../src/feed/rss.ts";
import type { Article, Bundle, Category } from "../../src/model.ts";
import { emptyDocument, isAbsoluteUrl } from "./feed-cases.ts";
import { allElements, parseXml } from "./xml-tree.ts";

function category(label: string, path: string[], parent: number, children: number[]): Category {
  return { label, path, parent, children, articles: [] };
}

const ARTICLE: Article = {
  id: "sina-1",
  title: "A股 & <港股>",
  author: "张三",
  date: "2021-08-20T06:36:14Z",
  dated: true,
  category: 3,
  summary: "摘要",
  image: { key: "3f2a.jpg", type: "image/jpeg", width: 640, height: 427 },
  html:
    '<p><img src="/img/3f2a.jpg" alt="x"></p>\n<p>文字 /img/3f2a.jpg</p>' +
    '<p><a href="https://n.sinaimg.cn/a.jpg">原图</a><img src="/img/9c1d"></p>',
  source: "sina/post-1.md",
};

const BUNDLE: Bundle = {
  format: 1,
  version: "v1",
  articles: [ARTICLE],
  categories: [
    category("", [], -1, [1]),
    category("金融", ["金融"], 0, [2]),
    category("新浪财经", ["金融", "新浪财经"], 1, [3]),
    category("新浪财经－国內", ["金融", "新浪财经", "新浪财经－国內"], 2, []),
  ],
  images: { "3f2a.jpg": "https://n.sinaimg.cn/a.jpg", "9c1d": "https://n.sinaimg.cn/b" },
  allowLoopbackImages: false,
};

const LINKS = { baseUrl: "https://news.example.com", url: "https://news.example.com/posts/sina-1" };

describe("toFeedItem", () => {
  it("carries the article's text, date and permalink over as they are", () => {
    const item = toFeedItem(ARTICLE, BUNDLE, LINKS);
    expect(item).toMatchObject({
      url: "https://news.example.com/posts/sina-1",
      title: "A股 & <港股>",
      summary: "摘要",
      date: "2021-08-20T06:36:14Z",
      dated: true,
      author: "张三",
    });
  });

  it.each([
    [3, ["金融", "新浪财经", "新浪财经－国內"]],
    [2, ["金融", "新浪财经"]],
    [1, ["金融"]],
    [0, []],
  ])("labels category %i's path from the top: %j", (index, labels) => {
    expect(toFeedItem({ ...ARTICLE, category: index }, BUNDLE, LINKS).categories).toEqual(labels);
  });

  it.each([
    ["an origin", "https://news.example.com", "https://news.example.com/img/"],
    ["a path prefix", "https://example.com/news", "https://example.com/news/img/"],
    ["an ampersand", "https://example.com/a&b", "https://example.com/a&amp;b/img/"],
  ])("makes image sources absolute on %s", (_, baseUrl, prefix) => {
    const { html } = toFeedItem(ARTICLE, BUNDLE, { ...LINKS, baseUrl });
    expect(html).toBe(
      `<p><img src="${prefix}3f2a.jpg" alt="x"></p>\n<p>文字 /img/3f2a.jpg</p>` +
        `<p><a href="https://n.sinaimg.cn/a.jpg">原图</a><img src="${prefix}9c1d"></p>`,
    );
  });

  it("makes the representative image absolute and keeps what is known of it", () => {
    expect(toFeedItem(ARTICLE, BUNDLE, LINKS).image).toEqual({
      url: "https://news.example.com/img/3f2a.jpg",
      type: "image/jpeg",
      width: 640,
      height: 427,
    });
    expect(toFeedItem({ ...ARTICLE, image: null }, BUNDLE, LINKS).image).toBeNull();
  });

  it("gives a renderer only absolute URLs", () => {
    const item = toFeedItem(ARTICLE, BUNDLE, LINKS);
    const rss = parseXml(renderRss({ ...emptyDocument(), items: [item] }));
    for (const element of allElements(rss)) {
      for (const value of [element.attributes.url, element.attributes.href]) {
        if (value !== undefined) expect(isAbsoluteUrl(value), value).toBe(true);
      }
    }
    const sources = [...item.html.matchAll(/<img src="([^"]*)"/g)].map((match) => match[1] ?? "");
    expect(sources.length).toBe(2);
    for (const source of sources) expect(isAbsoluteUrl(source), source).toBe(true);
  });
});
