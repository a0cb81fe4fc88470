import { extractFromJson } from "@extractus/feed-extractor";
import { parseJsonFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import type { FeedDocument, FeedItem } from "../../src/feed/feed-document.ts";
import { renderJsonFeed, renderJsonFeedItem } from "../../src/feed/json-feed.ts";
import { CASES, casesDocument, emptyDocument, isAbsoluteUrl, RFC3339 } from "./feed-cases.ts";
import { describeReaders, type Reader } from "./feed-readers.ts";
import { sampleFeedDocument } from "./sample-feed.ts";

// What XML 1.0 forbids; JSON Feed leaves it out too.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/u;

type Json = Record<string, unknown>;

function render(doc: FeedDocument): Json {
  return JSON.parse(renderJsonFeed(doc)) as Json;
}

/** Every string in a parsed JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe("renderJsonFeed: the feed", () => {
  it("has the top-level members of JSON Feed 1.1", () => {
    expect(render(casesDocument("feed.json"))).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: "金融 & <新闻>",
      home_page_url: "https://news.example.com/c/jr",
      feed_url: "https://news.example.com/c/jr/feed.json?limit=3",
      description: '财经 "要闻" & <更多>',
      next_url: "https://news.example.com/c/jr/feed.json?page=3&limit=3",
      language: "zh-CN",
      authors: [{ name: "Edgefeed" }],
    });
  });

  it("leaves out next_url on the last page and an empty description; the title stands in as author", () => {
    const feed = render(emptyDocument("feed.json"));
    expect(Object.keys(feed).sort()).toEqual(
      ["version", "title", "home_page_url", "feed_url", "authors", "language", "items"].sort(),
    );
    expect([feed.authors, feed.items]).toEqual([[{ name: "新分类" }], []]);
  });
});

describe("renderJsonFeed: items", () => {
  it.each(CASES.map((c, index) => [c.expected.title, index, c.expected] as const))(
    "%s",
    (_, index, expected) => {
      const item = (render(casesDocument("feed.json")).items as Json[])[index] as Json;
      const date =
        expected.published === null ? undefined : new Date(expected.published * 1000).toISOString();
      expect(item).toEqual({
        id: expected.link,
        url: expected.link,
        title: expected.title,
        content_html: expected.html,
        ...(expected.summary === "" ? {} : { summary: expected.summary }),
        ...(expected.image === null ? {} : { image: expected.image }),
        ...(date === undefined ? {} : { date_published: date.replace(".000Z", "Z") }),
        // JSON Feed 1.1: an item without authors has the feed's.
        ...(expected.author === null ? {} : { authors: [{ name: expected.author }] }),
        ...(expected.categories.length === 0 ? {} : { tags: expected.categories }),
      });
    },
  );

  it.each([
    ["a literal backslash-u", "C:\\users\\bob", "C:\\users\\bob"],
    ["a literal backslash-b and -f", "\\b \\f", "\\b \\f"],
    ["a backspace", "a\bb", "ab"],
    ["a form feed", "a\fb", "ab"],
    ["a C0 control", "a\u0001b", "ab"],
    ["a lone surrogate", "a\uD800b", "ab"],
    ["U+FFFF", "a\uFFFFb", "ab"],
    ["an emoji and U+2028", "😀\u2028", "😀\u2028"],
    ["tab, LF and CR", "a\tb\nc\rd", "a\tb\nc\rd"],
  ])("keeps text with %s as the XML formats do", (_, title, expected) => {
    // (Not in html, which never holds a forbidden character: see FeedItem.html.)
    const item: FeedItem = { ...(CASES[2]?.item as FeedItem), title, author: title };
    const parsed = JSON.parse(renderJsonFeedItem(item)) as Json;
    expect([parsed.title, parsed.authors]).toEqual([expected, [{ name: expected }]]);
  });

  it("renders each item as renderJsonFeedItem does, so callers may splice cached items", () => {
    for (const doc of [casesDocument("feed.json"), sampleFeedDocument(20)]) {
      const json = renderJsonFeed(doc);
      expect(json.endsWith(`"items":[${doc.items.map(renderJsonFeedItem).join(",")}]}`)).toBe(true);
    }
  });
});

describe("renderJsonFeed: JSON and the spec", () => {
  it.each([
    ["the awkward cases", casesDocument("feed.json")],
    ["an empty feed", emptyDocument("feed.json")],
    ["100 realistic items", sampleFeedDocument(100)],
  ])("%s: valid JSON, no forbidden character, typed members, absolute URLs", (_, doc) => {
    const feed = render(doc);
    for (const text of strings(feed)) expect(FORBIDDEN.test(text), JSON.stringify(text)).toBe(false);
    for (const key of ["home_page_url", "feed_url", "next_url"]) {
      if (key in feed) expect(isAbsoluteUrl(feed[key] as string)).toBe(true);
    }
    const items = feed.items as Json[];
    expect(items).toHaveLength(doc.items.length);
    for (const item of items) {
      // JSON Feed 1.1 "items": id is a string; content_html or content_text is present.
      expect(typeof item.id).toBe("string");
      expect(typeof item.content_html).toBe("string");
      for (const key of ["url", "image"])
        if (key in item) expect(isAbsoluteUrl(item[key] as string)).toBe(true);
      if ("date_published" in item) expect(item.date_published).toMatch(RFC3339);
      for (const author of (item.authors ?? []) as Json[]) expect(typeof author.name).toBe("string");
      for (const tag of (item.tags ?? []) as unknown[]) expect(typeof tag).toBe("string");
    }
  });
});

const READERS: Reader[] = [
  [
    "feedsmith",
    (json) => {
      const feed = parseJsonFeed(JSON.parse(json));
      return {
        title: feed.title ?? "",
        items: (feed.items ?? []).map((item) => ({
          title: item.title ?? "",
          link: item.url ?? "",
          published: item.date_published === undefined ? null : Date.parse(item.date_published) / 1000,
          author: item.authors?.[0]?.name ?? null,
          categories: item.tags ?? [],
          image: item.image ?? null,
        })),
      };
    },
  ],
  [
    "@extractus/feed-extractor",
    (json) => {
      const feed = extractFromJson(json, {
        descriptionMaxLen: 0,
        getExtraEntryFields: ({ tags, image, authors }) => ({ tags, image, authors }),
      });
      return {
        title: feed.title ?? "",
        items: (feed.entries ?? []).map((entry) => ({
          title: entry.title ?? "",
          link: entry.link ?? "",
          published: entry.published ? Date.parse(entry.published) / 1000 : null,
          author: (entry.authors as { name: string }[] | undefined)?.[0]?.name ?? null,
          categories: (entry.tags as string[] | undefined) ?? [],
          image: (entry.image as string | undefined) ?? null,
        })),
      };
    },
  ],
];

describeReaders("renderJsonFeed", READERS, { render: renderJsonFeed, extension: "feed.json" });
