import { parseAtomFeed } from "feedsmith";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { renderAtom, renderAtomEntry } from "../../src/feed/atom.ts";
import type { FeedDocument, FeedItem } from "../../src/feed/feed-document.ts";
import { CASES, casesDocument, emptyDocument, isAbsoluteUrl, RFC3339 } from "./feed-cases.ts";
import { describeReaders, feedparserReader, type Reader } from "./feed-readers.ts";
import { parseWithFeedparser } from "./python-parsers.ts";
import { sampleFeedDocument } from "./sample-feed.ts";
import { allElements, childrenNamed, onlyChild, parseXml, type XmlElement } from "./xml-tree.ts";

const ATOM = "http://www.w3.org/2005/Atom";
const MEDIA = "http://search.yahoo.com/mrss/";

function feedOf(doc: FeedDocument): XmlElement {
  const feed = parseXml(renderAtom(doc));
  expect([feed.name, feed.uri]).toEqual(["feed", ATOM]);
  return feed;
}

function links(element: XmlElement): { rel: string; type: string; href: string }[] {
  return childrenNamed(element, "link").map(
    ({ attributes: { rel = "alternate", type = "", href = "" } }) => ({
      rel,
      type,
      href,
    }),
  );
}

describe("renderAtom: the feed", () => {
  it("has the required and recommended elements (RFC 4287 §4.1.1)", () => {
    const feed = feedOf(casesDocument("atom.xml"));
    expect(feed.attributes["xml:lang"]).toBe("zh-CN");
    expect(onlyChild(feed, "id").text).toBe("https://news.example.com/c/jr");
    expect(onlyChild(feed, "title").attributes.type).toBe("text");
    expect(onlyChild(feed, "title").text).toBe("金融 & <新闻>");
    expect(onlyChild(feed, "subtitle").text).toBe('财经 "要闻" & <更多>');
    expect(onlyChild(feed, "updated").text).toBe("2021-08-20T06:36:14Z");
    expect(onlyChild(onlyChild(feed, "author"), "name").text).toBe("Edgefeed");
    expect(onlyChild(feed, "generator").text).toBe("Edgefeed");
  });

  it.each([
    ["a middle page", casesDocument("atom.xml"), ["first", "previous", "next", "last"]],
    ["a single page", emptyDocument("atom.xml"), ["first", "last"]],
  ])("%s links itself, its page and its RFC 5005 neighbours", (_, doc, paging) => {
    const type = "application/atom+xml";
    expect(links(feedOf(doc))).toEqual([
      { rel: "alternate", type: "text/html", href: doc.homeUrl },
      { rel: "self", type, href: doc.selfUrl },
      ...paging.map((rel) => ({ rel, type, href: doc.pages[rel as keyof FeedDocument["pages"]] })),
    ]);
  });

  it("keeps the same id on every page, for every page size", () => {
    const ids = [
      casesDocument("atom.xml"),
      { ...casesDocument("atom.xml"), selfUrl: "https://x.example/other" },
    ].map((doc) => onlyChild(feedOf(doc), "id").text);
    expect(ids).toEqual(["https://news.example.com/c/jr", "https://news.example.com/c/jr"]);
  });

  it("names the title as author when there is no author, and leaves out an empty subtitle", () => {
    const feed = feedOf(emptyDocument("atom.xml"));
    expect(onlyChild(onlyChild(feed, "author"), "name").text).toBe("新分类");
    expect(childrenNamed(feed, "subtitle")).toEqual([]);
    expect(childrenNamed(feed, "entry")).toEqual([]);
  });
});

describe("renderAtom: entries", () => {
  it.each(CASES.map((c, index) => [c.expected.title, index, c.expected] as const))(
    "%s",
    (_, index, expected) => {
      const entry = childrenNamed(feedOf(casesDocument("atom.xml")), "entry")[index] as XmlElement;
      expect(onlyChild(entry, "id").text).toBe(expected.link);
      expect(onlyChild(entry, "title").attributes.type).toBe("text");
      expect(onlyChild(entry, "title").text).toBe(expected.title);
      expect(childrenNamed(entry, "published").map((date) => Date.parse(date.text) / 1000)).toEqual(
        expected.published === null ? [] : [expected.published],
      );
      // §4.1.2: updated is required, so an undated item keeps its stable fallback there.
      expect(onlyChild(entry, "updated").text).toMatch(RFC3339);
      // §4.1.1: every entry names an author, its own or the feed's.
      expect(onlyChild(onlyChild(entry, "author"), "name").text).toBe(expected.author ?? "Edgefeed");
      expect(childrenNamed(entry, "category").map((category) => category.attributes.term)).toEqual(
        expected.categories,
      );
      expect(childrenNamed(entry, "summary").map((s) => [s.attributes.type, s.text])).toEqual(
        expected.summary === "" ? [] : [["text", expected.summary]],
      );
      expect(onlyChild(entry, "content").attributes.type).toBe("html");
      expect(onlyChild(entry, "content").text).toBe(expected.html);
      expect(links(entry)).toEqual([
        { rel: "alternate", type: "text/html", href: expected.link },
        ...(expected.imageType === ""
          ? []
          : [{ rel: "enclosure", type: expected.imageType, href: expected.image }]),
      ]);
      const thumbnails = childrenNamed(entry, "media:thumbnail");
      expect(thumbnails.map((t) => [t.uri, t.attributes.url])).toEqual(
        expected.image === null ? [] : [[MEDIA, expected.image]],
      );
    },
  );

  it("leaves out content for an item without HTML; its alternate link stays (§4.1.2)", () => {
    const item = { ...(CASES[2]?.item as FeedItem), html: "" };
    const entry = onlyChild(feedOf({ ...emptyDocument("atom.xml"), items: [item] }), "entry");
    expect(childrenNamed(entry, "content")).toEqual([]);
    expect(links(entry).map((link) => link.rel)).toEqual(["alternate"]);
  });

  it("renders each entry as renderAtomEntry does, so callers may splice cached entries", () => {
    const doc = casesDocument("atom.xml");
    const xml = renderAtom(doc);
    for (const item of doc.items) expect(xml).toContain(renderAtomEntry(item, "Edgefeed"));
  });
});

describe("renderAtom: XML and RFC 4287", () => {
  it.each([
    ["the awkward cases", casesDocument("atom.xml")],
    ["an empty feed", emptyDocument("atom.xml")],
    ["100 realistic items", sampleFeedDocument(100)],
  ])("%s: well-formed, namespaced, dated, every IRI absolute", (_, doc) => {
    const feed = feedOf(doc);
    for (const element of allElements(feed)) {
      expect(element.uri).toBe(element.name.startsWith("media:") ? MEDIA : ATOM);
      if (element.name === "id") expect(isAbsoluteUrl(element.text), element.text).toBe(true);
      if (element.name === "updated" || element.name === "published") expect(element.text).toMatch(RFC3339);
      for (const name of ["href", "url"]) {
        const value = element.attributes[name];
        if (value !== undefined) expect(isAbsoluteUrl(value), value).toBe(true);
      }
    }
    const entries = childrenNamed(feed, "entry");
    expect(entries).toHaveLength(doc.items.length);
    for (const entry of [feed, ...entries]) {
      // §4.1.1, §4.1.2: one id, title and updated; at most one alternate link per type.
      for (const name of ["id", "title", "updated"]) expect(childrenNamed(entry, name)).toHaveLength(1);
      const alternates = links(entry).filter((link) => link.rel === "alternate");
      expect(new Set(alternates.map((link) => link.type)).size).toBe(alternates.length);
    }
  });
});

type AtomExtras = {
  published?: string;
  categories?: { $: { term: string } }[];
  links?: { $: { rel?: string; href: string } }[];
  "media:thumbnail"?: { $: { url: string } };
};

const READERS: Reader[] = [
  [
    "rss-parser",
    async (xml) => {
      // rss-parser maps no Atom categories, enclosures or published date itself; its customFields do.
      const parser = new Parser<Record<string, unknown>, AtomExtras>({
        customFields: {
          item: [
            ["category", "categories", { keepArray: true }],
            ["link", "links", { keepArray: true }],
            "published",
            "media:thumbnail",
          ],
        },
      });
      const feed = await parser.parseString(xml);
      return {
        title: feed.title ?? "",
        items: feed.items.map((item) => ({
          title: item.title ?? "",
          link: item.link ?? "",
          // Its own date falls back to `updated`; only `published` counts here.
          published: item.published === undefined ? null : Date.parse(item.published) / 1000,
          author: (item as { author?: string }).author ?? null,
          categories: (item.categories ?? []).map((category) => category.$.term),
          image:
            (item.links ?? []).find((link) => link.$.rel === "enclosure")?.$.href ??
            item["media:thumbnail"]?.$.url ??
            null,
        })),
      };
    },
  ],
  [
    "feedsmith",
    async (xml) => {
      const feed = parseAtomFeed(xml);
      return {
        title: feed.title?.value ?? "",
        items: (feed.entries ?? []).map((entry) => ({
          title: entry.title?.value ?? "",
          link: entry.links?.find((link) => (link.rel ?? "alternate") === "alternate")?.href ?? "",
          published: entry.published === undefined ? null : Date.parse(entry.published) / 1000,
          author: entry.authors?.[0]?.name ?? null,
          categories: (entry.categories ?? []).map((category) => category.term ?? ""),
          image:
            entry.links?.find((link) => link.rel === "enclosure")?.href ??
            entry.media?.thumbnails?.[0]?.url ??
            null,
        })),
      };
    },
  ],
  feedparserReader("atom10"),
];

describeReaders("renderAtom", READERS, {
  render: renderAtom,
  extension: "atom.xml",
  inheritedAuthor: "Edgefeed",
});

it("python3-feedparser reads titles and summaries as text, the article as HTML, the feed's links", () => {
  const feed = parseWithFeedparser(renderAtom(casesDocument("atom.xml")));
  expect(feed.entries.map((entry) => entry.titleType)).toEqual(["text/plain", "text/plain", "text/plain"]);
  expect([feed.entries[0]?.summaryType, feed.entries[0]?.summary]).toEqual([
    "text/plain",
    CASES[0]?.expected.summary,
  ]);
  expect(feed.entries[0]?.content).toContain("<b>world</b> 😀 a]]>b");
  expect([feed.feed.id, feed.feed.link, feed.feed.language]).toEqual([
    "https://news.example.com/c/jr",
    "https://news.example.com/c/jr",
    "zh-CN",
  ]);
});
