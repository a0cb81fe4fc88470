import type { FeedDocument, FeedItem } from "../../src/feed/feed-document.ts";

/**
 * Feeds with the awkward cases every renderer must survive, and what a reader should see in each
 * item once it has parsed the document: written out by hand from the input, not from any output.
 */

const SITE = "https://news.example.com";

/** What a reader should make of one item, whatever the format. */
export interface ExpectedItem {
  title: string;
  link: string;
  /** Seconds since the epoch of the publication date, or null when the format should give none. */
  published: number | null;
  /** Author name, or null when the item has none (formats that inherit give the feed's). */
  author: string | null;
  categories: string[];
  /** Absolute image URL, or null. */
  image: string | null;
  /** The image's MIME type when known ("" when not). */
  imageType: string;
  summary: string;
  /** The full article, as markup. */
  html: string;
}

export interface FeedCase {
  item: FeedItem;
  expected: ExpectedItem;
}

/** A title with markup, entities, a CDATA end, an emoji, and three characters XML forbids. */
export const HOSTILE_TITLE = "AT&T <script>alert(\"x\")</script> ]]> 😀\uFFFE\u0001\uDC00 'q' &amp; <3";

export const CASES: FeedCase[] = [
  {
    item: {
      url: `${SITE}/posts/at-t?ref=feed&lang=zh`,
      title: HOSTILE_TITLE,
      html:
        // No character XML forbids: FeedItem.html never has one (the build strips them).
        '<p>Hello <b>world</b> 😀 a]]>b </p>\n<p><img src="https://news.example.com/img/4f2a.jpg" alt="&quot;x&quot;"></p>\n' +
        '<p><a href="https://finance.sina.com.cn/a?x=1&amp;y=2">链接</a> 5 &lt; 8</p>',
      summary: "AT&T <b>不是</b>\u0003 HTML",
      date: "2021-08-20T06:36:14Z",
      dated: true,
      author: "张三 <zs@example.com> & co",
      categories: ["金融", "新浪财经", "R&D <新浪财经－国內>"],
      image: { url: `${SITE}/img/4f2a.jpg`, type: "image/jpeg", width: 640, height: 427 },
    },
    expected: {
      title: "AT&T <script>alert(\"x\")</script> ]]> 😀 'q' &amp; <3",
      link: `${SITE}/posts/at-t?ref=feed&lang=zh`,
      published: Date.UTC(2021, 7, 20, 6, 36, 14) / 1000,
      author: "张三 <zs@example.com> & co",
      categories: ["金融", "新浪财经", "R&D <新浪财经－国內>"],
      image: `${SITE}/img/4f2a.jpg`,
      imageType: "image/jpeg",
      summary: "AT&T <b>不是</b> HTML",
      html:
        '<p>Hello <b>world</b> 😀 a]]>b </p>\n<p><img src="https://news.example.com/img/4f2a.jpg" alt="&quot;x&quot;"></p>\n' +
        '<p><a href="https://finance.sina.com.cn/a?x=1&amp;y=2">链接</a> 5 &lt; 8</p>',
    },
  },
  {
    // No real date, no author, no categories, an image of unknown type and size.
    item: {
      url: `${SITE}/posts/undated`,
      title: "没有日期的文章",
      html: "<p>正文</p>",
      summary: "摘要",
      date: "2020-01-01T00:00:00Z",
      dated: false,
      author: "",
      categories: [],
      image: { url: `${SITE}/img/9c1d`, type: "", width: 0, height: 0 },
    },
    expected: {
      title: "没有日期的文章",
      link: `${SITE}/posts/undated`,
      published: null,
      author: null,
      categories: [],
      image: `${SITE}/img/9c1d`,
      imageType: "",
      summary: "摘要",
      html: "<p>正文</p>",
    },
  },
  {
    // No image, no summary, a one-level category.
    item: {
      url: `${SITE}/posts/plain`,
      title: "Plain",
      html: "<p>Only text.</p>",
      summary: "",
      date: "2019-12-31T23:59:59Z",
      dated: true,
      author: "李四",
      categories: ["番剧"],
      image: null,
    },
    expected: {
      title: "Plain",
      link: `${SITE}/posts/plain`,
      published: Date.UTC(2019, 11, 31, 23, 59, 59) / 1000,
      author: "李四",
      categories: ["番剧"],
      image: null,
      imageType: "",
      summary: "",
      html: "<p>Only text.</p>",
    },
  },
];

/** The cases as the second page of a category's feed, in `format`'s URLs. */
export function casesDocument(extension = "rss.xml"): FeedDocument {
  const feed = `${SITE}/c/jr/${extension}`;
  return {
    title: "金融 & <新闻>",
    description: '财经 "要闻" & <更多>',
    language: "zh-CN",
    homeUrl: `${SITE}/c/jr`,
    selfUrl: `${feed}?page=2&limit=3`,
    pages: {
      first: `${feed}?limit=3`,
      last: `${feed}?page=4&limit=3`,
      next: `${feed}?page=3&limit=3`,
      previous: `${feed}?limit=3`,
    },
    updated: "2021-08-20T06:36:14Z",
    author: "Edgefeed",
    items: CASES.map((c) => c.item),
  };
}

/** A feed with no items: a new category, or a page past the end. */
export function emptyDocument(extension = "rss.xml"): FeedDocument {
  const feed = `${SITE}/c/new/${extension}`;
  return {
    title: "新分类",
    description: "",
    language: "zh-CN",
    homeUrl: `${SITE}/c/new`,
    selfUrl: feed,
    pages: { first: feed, last: feed, next: null, previous: null },
    updated: "2021-01-01T00:00:00Z",
    author: "",
    items: [],
  };
}

/** An RFC 3339 date-time with an uppercase T and Z, as RFC 4287 §3.3 and JSON Feed 1.1 ask. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an absolute http(s) URL. */
export function isAbsoluteUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
