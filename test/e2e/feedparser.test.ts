import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { readBuildSettings } from "../../src/build/read-build-settings.ts";
import type { Article, Bundle } from "../../src/model.ts";
import type { Settings } from "../../src/site.ts";
import { corpusDir, PROJECT_ROOT } from "../corpus-dir.ts";
import { parseWithFeedparser, parseWithListparser } from "../feed/python-parsers.ts";
import { type DevServer, startDevServer } from "./dev-server.ts";

// The feeds `npm start` serves for the real corpus, as Debian's python3-feedparser and
// python3-listparser read them, against the bundle built here from the same posts.

/** Scopes whose feeds are read: the site, a parent category (its sub-categories' posts too), a leaf. */
const SCOPES: [string, string[]][] = [
  ["the site", []],
  ["编程, with its sub-categories", ["编程"]],
  ["金融 › 新浪财经 › 新浪财经-国內", ["金融", "新浪财经", "新浪财经-国內"]],
];

/** Feed file (without `.xml`) and the version feedparser should name. */
const FORMATS = [
  ["rss", "rss20"],
  ["atom", "atom10"],
] as const;

describe("python3-feedparser reads the feeds npm start serves for the corpus", () => {
  let server: DevServer;
  let bundle: Bundle;
  let settings: Settings;
  beforeAll(async () => {
    // The build's own settings, so that dates written without a zone are read the same way.
    settings = readBuildSettings(join(PROJECT_ROOT, "wrangler.toml"));
    const build = { contentDir: corpusDir(), timeZone: settings.timeZone, allowLoopbackImages: false };
    bundle = buildSite({ ...build, now: new Date() }).bundle;
    server = await startDevServer({ contentDir: corpusDir() });
  }, 120_000);
  afterAll(async () => server?.stop());

  const scopeIndex = (path: string[]) =>
    bundle.categories.findIndex((c) => c.path.join("/") === path.join("/"));
  const scopeUrl = (path: string[]) =>
    path.length === 0
      ? `${server.url}/`
      : `${server.url}/categories/${path.map(encodeURIComponent).join("/")}/`;
  const labelsOf = (index: number): string[] => {
    const category = bundle.categories[index];
    return category === undefined || category.parent === -1
      ? []
      : [...labelsOf(category.parent), category.label];
  };

  /** What feedparser should see of `article` in a feed of `format`. */
  const expectedEntry = (article: Article, format: "rss" | "atom") => {
    const link = `${server.url}/articles/${encodeURIComponent(article.id)}`;
    const image = article.image === null ? null : `${server.url}/img/${article.image.key}`;
    return {
      title: article.title,
      link,
      id: link,
      published: article.dated ? Date.parse(article.date) / 1000 : null,
      // Atom requires an author: the site's name stands in for a post without one.
      author: article.author || (format === "atom" ? settings.siteTitle : null),
      tags: labelsOf(article.category),
      // An enclosure needs a type; the thumbnail does not.
      enclosure: article.image?.type ? image : null,
      thumbnail: image,
    };
  };

  describe.each(SCOPES)("%s", (_name, path) => {
    it.each(FORMATS)(
      "%s: every post with its title, link, date, author, tags and image",
      async (format, version) => {
        const scope = scopeIndex(path);
        expect(scope, `category ${path.join(" › ")} in the corpus`).toBeGreaterThanOrEqual(0);
        const feed = parseWithFeedparser(await text(`${scopeUrl(path)}${format}.xml?limit=100`));
        expect([feed.bozo, feed.bozoException, feed.version]).toEqual([false, "", version]);
        const trail = labelsOf(scope);
        expect(feed.feed.title).toBe(
          trail.length === 0 ? settings.siteTitle : `${trail.join(" › ")} · ${settings.siteTitle}`,
        );
        const articles = (bundle.categories[scope]?.articles ?? []).map((i) => bundle.articles[i] as Article);
        expect(feed.entries.map(seen)).toEqual(articles.map((article) => expectedEntry(article, format)));
      },
    );
  });

  it("the site's first page without a limit: the newest FEED_ITEMS posts", async () => {
    const feed = parseWithFeedparser(await text(`${server.url}/rss.xml`));
    expect(feed.entries.map((entry) => entry.title)).toEqual(
      bundle.articles.slice(0, settings.feedItems).map((article) => article.title),
    );
  });

  it("python3-listparser reads /opml.xml: every scope's RSS feed, under its own title", async () => {
    const list = parseWithListparser(await text(`${server.url}/opml.xml`));
    expect([list.bozo, list.bozoException, list.version]).toEqual([false, "", "opml2"]);
    const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
    expect(list.feeds.map(({ url, title }) => ({ url, title })).sort(byUrl)).toEqual(
      bundle.categories
        .map((category, i) => ({
          url: `${scopeUrl(category.path)}rss.xml`,
          title: i === 0 ? settings.siteTitle : category.label,
        }))
        .sort(byUrl),
    );
  });
});

/** The fields of a feedparser entry the test compares. */
function seen(entry: ReturnType<typeof parseWithFeedparser>["entries"][number]) {
  return {
    title: entry.title,
    link: entry.link,
    id: entry.id,
    published: entry.published,
    author: entry.author,
    tags: entry.tags,
    enclosure: entry.enclosures[0]?.href ?? null,
    thumbnail: entry.thumbnails[0] ?? null,
  };
}

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return res.text();
}
