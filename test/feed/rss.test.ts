import { parseRssFeed } from "feedsmith";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import type { FeedDocument } from "../../src/feed/feed-document.ts";
import { renderRss, renderRssItem } from "../../src/feed/rss.ts";
import { CASES, casesDocument, emptyDocument, isAbsoluteUrl } from "./feed-cases.ts";
import { describeReaders, feedparserReader, type Reader } from "./feed-readers.ts";
import { parseWithFeedparser } from "./python-parsers.ts";
import { sampleFeedDocument } from "./sample-feed.ts";
import { allElements, childrenNamed, onlyChild, parseXml, type XmlElement } from "./xml-tree.ts";

const NS = {
  atom: "http://www.w3.org/2005/Atom",
  content: "http://purl.org/rss/1.0/modules/content/",
  dc: "http://purl.org/dc/elements/1.1/",
  media: "http://search.yahoo.com/mrss/",
};
// RSS Best Practices Profile, "Data Types": RFC 822 with a four-digit year; we always write GMT.
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

function channelOf(doc: FeedDocument): XmlElement {
  const rss = parseXml(renderRss(doc));
  expect(rss.name).toBe("rss");
  expect(rss.attributes.version).toBe("2.0");
  return onlyChild(rss, "channel");
}

function textOf(element: XmlElement, name: string): string | undefined {
  const found = childrenNamed(element, name);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.text;
}

function atomLinks(channel: XmlElement): Record<string, string> {
  const links: Record<string, string> = {};
  for (const link of childrenNamed(channel, "atom:link")) {
    expect(link.uri).toBe(NS.atom);
    expect(link.attributes.type).toBe("application/rss+xml");
    links[link.attributes.rel as string] = link.attributes.href as string;
  }
  return links;
}

describe("renderRss: the channel", () => {
  it("has the required and recommended elements", () => {
    const channel = channelOf(casesDocument());
    expect(textOf(channel, "title")).toBe("金融 & <新闻>");
    expect(textOf(channel, "link")).toBe("https://news.example.com/c/jr");
    expect(textOf(channel, "description")).toBe('财经 "要闻" & <更多>');
    expect(textOf(channel, "language")).toBe("zh-CN");
    expect(textOf(channel, "lastBuildDate")).toBe("Fri, 20 Aug 2021 06:36:14 GMT");
    expect(textOf(channel, "generator")).toBe("Edgefeed");
    expect(textOf(channel, "docs")).toBe("https://www.rssboard.org/rss-specification");
  });

  it.each([
    [
      "a middle page links all four neighbours",
      casesDocument(),
      ["self", "first", "previous", "next", "last"],
    ],
    ["a single page links only itself, first and last", emptyDocument(), ["self", "first", "last"]],
  ])("%s (RFC 5005 §3)", (_, doc, rels) => {
    const links = atomLinks(channelOf(doc));
    expect(Object.keys(links)).toEqual(rels);
    expect(links.self).toBe(doc.selfUrl);
    expect(links.first).toBe(doc.pages.first);
    expect(links.last).toBe(doc.pages.last);
    expect(links.next).toBe(doc.pages.next ?? undefined);
    expect(links.previous).toBe(doc.pages.previous ?? undefined);
  });

  it("repeats the title when the description is empty (RSS 2.0 requires one)", () => {
    const channel = channelOf(emptyDocument());
    expect(textOf(channel, "description")).toBe("新分类");
    expect(childrenNamed(channel, "item")).toEqual([]);
  });
});

describe("renderRss: items", () => {
  it.each(CASES.map((c, index) => [c.expected.title, index, c.expected] as const))(
    "%s",
    (_, index, expected) => {
      const item = childrenNamed(channelOf(casesDocument()), "item")[index] as XmlElement;
      expect(textOf(item, "title")).toBe(expected.title);
      expect(textOf(item, "link")).toBe(expected.link);
      const guid = onlyChild(item, "guid");
      expect([guid.text, guid.attributes.isPermaLink]).toEqual([expected.link, "true"]);
      const pubDate = textOf(item, "pubDate");
      if (expected.published === null) expect(pubDate).toBeUndefined();
      else
        expect([RFC822.test(pubDate ?? ""), Date.parse(pubDate ?? "") / 1000]).toEqual([
          true,
          expected.published,
        ]);
      // Profile, "author": an e-mail address only; names go in dc:creator.
      expect(childrenNamed(item, "author")).toEqual([]);
      expect(textOf(item, "dc:creator") ?? null).toBe(expected.author);
      expect(childrenNamed(item, "category").map((category) => category.text)).toEqual(expected.categories);
      expect(decodeHtml(textOf(item, "description") ?? "")).toBe(expected.summary);
      expect(textOf(item, "content:encoded")).toBe(expected.html);
      const enclosures = childrenNamed(item, "enclosure").map((e) => e.attributes);
      expect(enclosures).toEqual(
        expected.imageType === "" ? [] : [{ url: expected.image, length: "0", type: expected.imageType }],
      );
      const thumbnails = childrenNamed(item, "media:thumbnail").map((t) => t.attributes.url);
      expect(thumbnails).toEqual(expected.image === null ? [] : [expected.image]);
    },
  );

  it.each([
    ["known", { width: 640, height: 427 }, { width: "640", height: "427" }],
    ["unknown", { width: 0, height: 0 }, {}],
    ["half known", { width: 640, height: 0 }, {}],
  ])("gives the thumbnail's size only when %s", (_, size, attributes) => {
    const base = CASES[0]?.item as FeedDocument["items"][number];
    const item = {
      ...base,
      image: { url: "https://news.example.com/img/a.png", type: "image/png", ...size },
    };
    const thumbnail = onlyChild(
      onlyChild(parseXml(wrapItem(renderRssItem(item))), "item"),
      "media:thumbnail",
    );
    expect(thumbnail.attributes).toEqual({ url: "https://news.example.com/img/a.png", ...attributes });
  });

  it("leaves out content:encoded for an item without HTML", () => {
    const base = CASES[2]?.item as FeedDocument["items"][number];
    const item = onlyChild(parseXml(wrapItem(renderRssItem({ ...base, html: "" }))), "item");
    expect(childrenNamed(item, "content:encoded")).toEqual([]);
  });

  it("renders each item as renderRssItem does, so callers may splice cached items", () => {
    const doc = casesDocument();
    const xml = renderRss(doc);
    for (const item of doc.items) expect(xml).toContain(renderRssItem(item));
  });
});

describe("renderRss: XML and the specs", () => {
  it.each([
    ["the awkward cases", casesDocument()],
    ["an empty feed", emptyDocument()],
    ["100 realistic items", sampleFeedDocument(100)],
  ])("%s: well-formed, namespaced, every URL absolute", (_, doc) => {
    const rss = parseXml(renderRss(doc));
    for (const element of allElements(rss)) {
      const prefix = element.name.includes(":") ? element.name.split(":")[0] : "";
      expect(element.uri).toBe(prefix === "" ? "" : NS[prefix as keyof typeof NS]);
      for (const name of ["link", "guid", "docs"]) {
        if (element.name === name) expect(isAbsoluteUrl(element.text), element.text).toBe(true);
      }
      for (const name of ["href", "url"]) {
        const value = element.attributes[name];
        if (value !== undefined) expect(isAbsoluteUrl(value), value).toBe(true);
      }
    }
    const channel = onlyChild(rss, "channel");
    expect(childrenNamed(channel, "item")).toHaveLength(doc.items.length);
    for (const item of childrenNamed(channel, "item")) {
      expect(onlyChild(item, "title").text).not.toBe("");
      for (const date of childrenNamed(item, "pubDate")) expect(date.text).toMatch(RFC822);
    }
    expect(onlyChild(channel, "lastBuildDate").text).toMatch(RFC822);
  });

  it("closes no CDATA section early, whatever the HTML holds", () => {
    const html = "<p>]]></p><p>]]]]></p><![CDATA[x]]>";
    const item = { ...(CASES[2]?.item as FeedDocument["items"][number]), html };
    const rss = parseXml(renderRss({ ...emptyDocument(), items: [item] }));
    expect(onlyChild(onlyChild(onlyChild(rss, "channel"), "item"), "content:encoded").text).toBe(html);
  });
});

const READERS: Reader[] = [
  [
    "rss-parser",
    async (xml) => {
      const parser = new Parser<Record<string, unknown>, { "media:thumbnail"?: { $: { url: string } } }>({
        customFields: { item: ["media:thumbnail"] },
      });
      const feed = await parser.parseString(xml);
      return {
        title: feed.title ?? "",
        items: feed.items.map((item) => ({
          title: item.title ?? "",
          link: item.link ?? "",
          published: item.isoDate === undefined ? null : Date.parse(item.isoDate) / 1000,
          author: item.creator ?? null,
          categories: item.categories ?? [],
          image: item.enclosure?.url ?? item["media:thumbnail"]?.$.url ?? null,
        })),
      };
    },
  ],
  [
    "feedsmith",
    async (xml) => {
      const feed = parseRssFeed(xml);
      return {
        title: feed.title ?? "",
        items: (feed.items ?? []).map((item) => ({
          title: item.title ?? "",
          link: item.link ?? "",
          published: item.pubDate === undefined ? null : Date.parse(item.pubDate) / 1000,
          author: item.dc?.creators?.[0] ?? null,
          categories: (item.categories ?? []).map((category) => category.name ?? ""),
          image: item.enclosures?.[0]?.url ?? item.media?.thumbnails?.[0]?.url ?? null,
        })),
      };
    },
  ],
  feedparserReader("rss20"),
];

describeReaders("renderRss", READERS, { render: renderRss, extension: "rss.xml" });

it("python3-feedparser reads the summary as HTML and the full article as content", () => {
  const entries = parseWithFeedparser(renderRss(casesDocument())).entries;
  const first = entries[0];
  expect([first?.summaryType, decodeHtml(first?.summary ?? "")]).toEqual([
    "text/html",
    CASES[0]?.expected.summary,
  ]);
  expect(first?.content).toContain("<b>world</b> 😀 a]]>b");
});

/** A channel around one item, to parse an item on its own. */
function wrapItem(item: string): string {
  return `<channel xmlns:dc="${NS.dc}" xmlns:content="${NS.content}" xmlns:media="${NS.media}">${item}</channel>`;
}

/**
 * The text an HTML fragment that should hold text only shows: it must contain no tag and no bare
 * `&`, and its entities are decoded.
 */
function decodeHtml(html: string): string {
  expect(html, "plain text escaped as HTML").not.toMatch(/<|&(?!(amp|lt|gt|quot|#39);)/);
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name] as string);
}
