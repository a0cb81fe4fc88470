import { parseOpml } from "feedsmith";
import { describe, expect, it } from "vitest";
import type { Bundle } from "../../../src/model.ts";
import { readWithFeedsmith } from "./read-feed.ts";
import {
  appOver,
  articlesIn,
  BUNDLES,
  FORMATS,
  type Format,
  HTML_TYPE,
  MAX_LIMIT,
  OPML_TYPE,
  permalink,
  scopesOf,
} from "./site.ts";

const ORIGIN = "https://feeds.example";

/** Every feed of a bundle: each scope in each format, named for the test list. */
function feedRoutes(bundle: Bundle) {
  return scopesOf(bundle).flatMap((scope) =>
    FORMATS.map((format) => ({ name: `${scope.name} ${format.file}`, scope, ...format })),
  );
}

/**
 * Every URL a feed holds: in XML, the `href`, `src` and `url` attributes (feed links, enclosures,
 * thumbnails, and inside the items' HTML) and the `<link>`, `<guid>` and `<id>` elements; in JSON
 * Feed, the URL members and the attributes inside `content_html`.
 */
function urlsIn(format: Format, body: string): string[] {
  // Attributes of tags only: in a code sample, `&lt;feImage href="ripple.png"` is text.
  const attributes = (markup: string) =>
    [...markup.matchAll(/<[a-zA-Z][\w:-]*\s[^<>]*>/g)].flatMap(([tag]) =>
      [...tag.matchAll(/\s(?:href|src|url)="([^"]*)"/g)].map((match) => decodeXml(match[1] ?? "")),
    );
  if (format !== "json") {
    const elements = [...body.matchAll(/<(link|guid|id)(?:\s[^>]*)?>([^<]*)<\/\1>/g)].map((match) =>
      decodeXml(match[2] ?? ""),
    );
    return [...attributes(body), ...elements];
  }
  const feed = JSON.parse(body) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const members = (object: Record<string, unknown>, names: string[]) =>
    names.flatMap((name) => (typeof object[name] === "string" ? [object[name] as string] : []));
  return [
    ...members(feed, ["home_page_url", "feed_url", "next_url"]),
    ...feed.items.flatMap((item) => [
      ...members(item, ["id", "url", "image"]),
      ...attributes(String(item.content_html ?? "")),
    ]),
  ];
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

describe.each(BUNDLES)("the %s feeds", (_, bundle) => {
  const { get } = appOver(bundle);

  it.each(feedRoutes(bundle))("$name answers 200 as $type", async ({ scope, format, file, type }) => {
    const url = `${ORIGIN}${scope.path}${file}`;
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    const feed = readWithFeedsmith(format, await response.text());
    expect(feed.home).toBe(`${ORIGIN}${scope.path}`);
    expect(format === "json" ? feed.links.first : feed.links.self).toBe(url);
    if (scope.index > 0) expect(feed.title).toContain(scope.category.label);
  });

  it.each(FORMATS)(
    "$file of every scope holds its own and its descendants' posts, newest first, by permalink",
    async ({ format, file }) => {
      for (const scope of scopesOf(bundle)) {
        const expected = articlesIn(bundle, scope.index);
        expect(expected.length).toBeLessThanOrEqual(MAX_LIMIT);
        const response = await get(`${ORIGIN}${scope.path}${file}?limit=${MAX_LIMIT}`);
        const items = readWithFeedsmith(format, await response.text()).items;
        expect(
          items.map((item) => [item.id, item.link]),
          scope.name,
        ).toEqual(expected.map((article) => [permalink(ORIGIN, article), permalink(ORIGIN, article)]));
        // The order they must come in is newest first.
        const dates = expected.map((article) => Date.parse(article.date));
        expect(dates, scope.name).toEqual([...dates].sort((a, b) => b - a));
      }
    },
  );

  it.each(FORMATS)(
    "$file of a category with subcategories holds exactly theirs and its own posts",
    async ({ format, file }) => {
      const scopes = scopesOf(bundle);
      const ids = async (index: number) => {
        const response = await get(`${ORIGIN}${scopes[index]?.path}${file}?limit=${MAX_LIMIT}`);
        return readWithFeedsmith(format, await response.text()).items.map((item) => item.id);
      };
      const parents = scopes.filter((scope) => scope.index > 0 && scope.category.children.length > 0);
      expect(parents.length).toBeGreaterThan(0);
      for (const parent of parents) {
        const own = bundle.articles
          .filter((article) => article.category === parent.index)
          .map((article) => permalink(ORIGIN, article));
        const children = (await Promise.all(parent.category.children.map(ids))).flat();
        const all = await ids(parent.index);
        expect(new Set(all).size, parent.name).toBe(all.length);
        expect([...all].sort(), parent.name).toEqual([...own, ...children].sort());
      }
    },
  );

  it("links every item to an article page that answers 200, its canonical URL the permalink", async () => {
    for (const article of bundle.articles) {
      const url = permalink(ORIGIN, article);
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type"), url).toBe(HTML_TYPE);
      expect(await response.text(), url).toContain(`<link rel="canonical" href="${url}">`);
    }
  });

  it.each(FORMATS)(
    "$file of every scope holds absolute URLs only, images on our /img/ with known keys",
    async ({ format, file }) => {
      const pages = scopesOf(bundle).flatMap((scope) => [
        `${scope.path}${file}?limit=${MAX_LIMIT}`,
        // Page 2 of 1-item pages has every paging link, when the scope has a second item.
        ...(scope.category.articles.length > 1 ? [`${scope.path}${file}?limit=1&page=2`] : []),
      ]);
      for (const page of pages) {
        const response = await get(`${ORIGIN}${page}`);
        expect(response.status, page).toBe(200);
        const body = await response.text();
        const urls = urlsIn(format, body);
        expect(urls.length, page).toBeGreaterThan(0);
        for (const url of urls) {
          expect(url, page).toMatch(/^https?:\/\/[^/]/);
          expect(() => new URL(url), url).not.toThrow();
          if (!url.includes("/img/")) continue;
          const { origin, pathname } = new URL(url);
          expect(origin, url).toBe(ORIGIN);
          expect(
            Object.hasOwn(bundle.images, decodeURIComponent(pathname.replace(/^\/img\//, ""))),
            url,
          ).toBe(true);
        }
        // Every image in the items' HTML goes through the proxy.
        for (const [, src] of body.matchAll(/<img\s[^>]*?src=\\?"([^"\\]*)/g)) {
          expect(src, page).toMatch(new RegExp(`^${ORIGIN}/img/`));
        }
      }
    },
  );
});

describe.each(BUNDLES)("the %s OPML", (_, bundle) => {
  const { get } = appOver(bundle);

  it("answers 200 as OPML and subscribes to every scope's RSS feed once", async () => {
    const response = await get(`${ORIGIN}/opml.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(OPML_TYPE);
    const opml = parseOpml(await response.text());
    type Outline = NonNullable<NonNullable<typeof opml.body>["outlines"]>[number];
    const subscriptions: [string | undefined, string | undefined][] = [];
    const walk = (outlines: Outline[]) => {
      for (const outline of outlines) {
        if (outline.xmlUrl !== undefined) subscriptions.push([outline.xmlUrl, outline.htmlUrl]);
        walk(outline.outlines ?? []);
      }
    };
    walk(opml.body?.outlines ?? []);
    expect(subscriptions.sort()).toEqual(
      scopesOf(bundle)
        .map((scope): [string, string] => [`${ORIGIN}${scope.path}rss.xml`, `${ORIGIN}${scope.path}`])
        .sort(),
    );
    for (const [xmlUrl, htmlUrl] of subscriptions) {
      const feed = await get(xmlUrl as string);
      expect([feed.status, feed.headers.get("content-type")], xmlUrl).toEqual([200, FORMATS[0].type]);
      const page = await get(htmlUrl as string);
      expect([page.status, page.headers.get("content-type")], htmlUrl).toEqual([200, HTML_TYPE]);
    }
  });
});
