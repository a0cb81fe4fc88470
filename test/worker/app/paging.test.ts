import { describe, expect, it } from "vitest";
import { type ReadFeed, readWithFeedsmith } from "./read-feed.ts";
import {
  appOver,
  articlesIn,
  BUNDLES,
  FORMATS,
  type Format,
  MAX_LIMIT,
  pagesOf,
  permalink,
  scopesOf,
} from "./site.ts";

const ORIGIN = "https://paging.example";

interface Page {
  /** The URL the page was fetched from. */
  url: string;
  feed: ReadFeed;
}

/** Fetches `url`, then every page its `next` links lead to, in order. */
async function walk(get: (url: string) => Promise<Response>, format: Format, url: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (let next: string | undefined = url; next !== undefined; ) {
    const response = await get(next);
    expect(response.status, next).toBe(200);
    const feed = readWithFeedsmith(format, await response.text());
    pages.push({ url: next, feed });
    expect(pages.length, `${url}: the next links go round in a circle`).toBeLessThanOrEqual(1000);
    next = feed.links.next;
  }
  return pages;
}

describe.each(BUNDLES)("paging through the %s feeds", (_, bundle) => {
  const { get } = appOver(bundle);
  const scopes = scopesOf(bundle);

  describe.each(FORMATS)("$file", ({ format, file }) => {
    it.each([1, 7, 20, 100])(
      "visits every item of every scope once, in order, by next links, %i to a page",
      async (limit) => {
        for (const scope of scopes) {
          const start = `${ORIGIN}${scope.path}${file}?limit=${limit}`;
          const pages = await walk(get, format, start);
          const expected = articlesIn(bundle, scope.index).map((article) => permalink(ORIGIN, article));
          const ids = pages.flatMap((page) => page.feed.items.map((item) => item.id));
          expect(ids, start).toEqual(expected);
          expect(pages, start).toHaveLength(pagesOf(expected.length, limit));
          for (const [i, page] of pages.entries()) {
            const isLast = i === pages.length - 1;
            expect(page.feed.items, page.url).toHaveLength(isLast ? expected.length - i * limit : limit);
          }
          if (format === "json") expectJsonFeedLinks(pages);
          else expectRfc5005Links(pages);
          // The first link is page 1: the same items as the page the walk started from.
          const first = await get(pages[0]?.feed.links.first as string);
          expect(readWithFeedsmith(format, await first.text()).items).toEqual(pages[0]?.feed.items);
        }
      },
    );
  });
});

/** RSS and Atom pages link to the first, previous, next and last pages (RFC 5005 §3). */
function expectRfc5005Links(pages: Page[]): void {
  const first = pages[0]?.feed.links.self;
  const last = pages.at(-1)?.feed.links.self;
  for (const [i, { url, feed }] of pages.entries()) {
    const { self, first: firstLink, previous, next, last: lastLink } = feed.links;
    // Page 1 may name itself in a canonical form; every later page was reached by its own link.
    if (i > 0) expect(self, url).toBe(url);
    expect([firstLink, lastLink], url).toEqual([first, last]);
    expect(previous, url).toBe(i === 0 ? undefined : pages[i - 1]?.feed.links.self);
    expect(next, url).toBe(pages[i + 1]?.url);
  }
}

/** JSON Feed has `next_url` alone, and names page 1 as `feed_url` on every page. */
function expectJsonFeedLinks(pages: Page[]): void {
  const firstUrls = new Set(pages.map((page) => page.feed.links.first));
  expect(firstUrls.size).toBe(1);
  expect(pages.at(-1)?.feed.links.next).toBeUndefined();
}

describe.each(BUNDLES)("paging requests the %s feeds refuse", (_, bundle) => {
  const { get } = appOver(bundle);
  // The site's feeds and the first top-level category's.
  const [, category] = scopesOf(bundle);
  const feeds = [
    ...FORMATS.map(({ file }) => `/${file}`),
    ...FORMATS.map(({ file }) => `${category?.path}${file}`),
  ];

  it.each([
    ["limit=0", "limit"],
    [`limit=${MAX_LIMIT + 1}`, "limit"],
    ["limit=abc", "limit"],
    ["limit=1.5", "limit"],
    ["limit=-1", "limit"],
    ["limit=", "limit"],
    ["limit=5&limit=5", "limit"],
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["page=", "page"],
    ["page=1&page=2", "page"],
    ["page=99999999999999999", "page"],
  ])("?%s: 400 with a short text naming %s", async (query, parameter) => {
    for (const path of feeds) {
      const response = await get(`${ORIGIN}${path}?${query}`);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type"), path).toMatch(/^text\/plain;\s*charset=utf-8$/i);
      const body = await response.text();
      expect(body, path).toMatch(new RegExp(`^${parameter} must be [^\\n]+\\n$`));
      expect(body.length, path).toBeLessThan(120);
    }
  });

  it("answers 404 with a short text for a page past the last one", async () => {
    for (const scope of scopesOf(bundle)) {
      const count = articlesIn(bundle, scope.index).length;
      for (const { file } of FORMATS) {
        for (const limit of [1, 20, 100]) {
          const url = `${ORIGIN}${scope.path}${file}?limit=${limit}&page=${pagesOf(count, limit) + 1}`;
          const response = await get(url);
          expect(response.status, url).toBe(404);
          expect(response.headers.get("content-type"), url).toMatch(/^text\/plain;\s*charset=utf-8$/i);
          expect((await response.text()).length, url).toBeLessThan(120);
        }
      }
    }
  });

  it.each([
    ["utm_source=rss&limit=7&page=2", "limit=7&page=2"],
    ["page=2&limit=7", "limit=7&page=2"],
    ["limit=7&page=2&fbclid=x&x", "limit=7&page=2"],
    ["foo=bar", ""],
    ["page=1", ""],
    ["limit=20", ""],
  ])(
    "answers ?%s as ?%s: unknown parameters and spelled-out defaults change nothing",
    async (query, same) => {
      for (const path of feeds) {
        const asked = await get(`${ORIGIN}${path}?${query}`);
        const canonical = await get(`${ORIGIN}${path}${same === "" ? "" : `?${same}`}`);
        expect(asked.status, path).toBe(200);
        expect(await asked.text(), path).toBe(await canonical.text());
      }
    },
  );

  it("lets FEED_MAX_ITEMS raise the largest limit", async () => {
    const { get: getWider } = appOver(bundle, { FEED_MAX_ITEMS: "200" });
    const response = await getWider(`${ORIGIN}/feed.json?limit=${MAX_LIMIT + 1}`);
    expect(response.status).toBe(200);
    const feed = readWithFeedsmith("json", await response.text());
    expect(feed.items).toHaveLength(Math.min(bundle.articles.length, MAX_LIMIT + 1));
  });

  it("takes FEED_ITEMS items to a page when the request names no limit", async () => {
    const { get: getSeven } = appOver(bundle, { FEED_ITEMS: "7" });
    for (const { format, file } of FORMATS) {
      const pages = await walk(getSeven, format, `${ORIGIN}/${file}`);
      expect(pages.map((page) => page.feed.items.length)).toEqual(
        Array.from({ length: pagesOf(bundle.articles.length, 7) }, (_, i) =>
          Math.min(7, bundle.articles.length - i * 7),
        ),
      );
    }
  });
});
