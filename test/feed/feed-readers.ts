import { describe, expect, it } from "vitest";
import type { FeedDocument } from "../../src/feed/feed-document.ts";
import { CASES, casesDocument, type ExpectedItem, emptyDocument } from "./feed-cases.ts";
import { parseWithFeedparser } from "./python-parsers.ts";
import { sampleFeedDocument } from "./sample-feed.ts";

/**
 * Third-party feed readers run on our documents: each format lists its readers, mapped into the
 * terms of `ExpectedItem`, and every format puts them through the same checks.
 */

/** What one reader made of an item, in the terms of `ExpectedItem`. */
export type Seen = Omit<ExpectedItem, "imageType" | "summary" | "html">;

/** What one reader made of a feed. */
export interface SeenFeed {
  title: string;
  items: Seen[];
}

/** A reader: a named parse of a rendered document. */
export type Reader = [name: string, read: (document: string) => SeenFeed | Promise<SeenFeed>];

/** python3-feedparser, which must take the document as `version` (its name for the format) cleanly. */
export function feedparserReader(version: string): Reader {
  return [
    "python3-feedparser",
    async (document) => {
      const feed = parseWithFeedparser(document);
      expect(feed.bozoException).toBe("");
      expect([feed.bozo, feed.version]).toEqual([false, version]);
      return {
        title: feed.feed.title ?? "",
        items: feed.entries.map((entry) => ({
          title: entry.title ?? "",
          link: entry.link ?? "",
          published: entry.published,
          author: entry.author,
          categories: entry.tags,
          image: entry.enclosures[0]?.href ?? entry.thumbnails[0] ?? null,
        })),
      };
    },
  ];
}

/**
 * Every reader must see the awkward cases as written, an empty feed as empty, and 100 realistic
 * items in order. `inheritedAuthor` is the author a reader gives an item without one, for formats
 * whose readers hand down the feed's.
 */
export function describeReaders(
  name: string,
  readers: Reader[],
  options: { render: (doc: FeedDocument) => string; extension: string; inheritedAuthor?: string },
): void {
  const { render, extension, inheritedAuthor = null } = options;
  describe.each(readers)(`${name}, read by %s`, (_, read) => {
    it("sees every item with its title, link, date, author, categories and image", async () => {
      const feed = await read(render(casesDocument(extension)));
      expect(feed.title).toBe("金融 & <新闻>");
      expect(feed.items).toEqual(
        CASES.map(({ expected: { imageType, summary, html, ...seen } }) => ({
          ...seen,
          author: seen.author ?? inheritedAuthor,
        })),
      );
    });

    it("reads an empty feed", async () => {
      expect(await read(render(emptyDocument(extension)))).toEqual({ title: "新分类", items: [] });
    });

    it("reads 100 realistic items", async () => {
      const doc = sampleFeedDocument(100);
      const feed = await read(render(doc));
      expect(feed.items.map((item) => [item.title, item.link])).toEqual(
        doc.items.map((item) => [item.title, item.url]),
      );
    });
  });
}
