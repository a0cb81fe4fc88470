/**
 * The served feeds as two independent parsers read them inside workerd: every item of the site's
 * feed and of the largest top-level category's, with the title, link, date, categories and image
 * the bundle says it has.
 */
import { describe, expect, it } from "vitest";
import type { Article, Bundle } from "../../../src/model.ts";
import { type ReadFeed, type ReadItem, readWithFeedExtractor, readWithFeedsmith } from "./read-feed.ts";
import {
  appOver,
  articlesIn,
  BUNDLES,
  categoryLabels,
  FORMATS,
  type Format,
  MAX_LIMIT,
  permalink,
  type Scope,
  scopesOf,
  topLevelScopes,
} from "./site.ts";

const ORIGIN = "https://readers.example";

interface Reader {
  name: string;
  read: (format: Format, body: string) => ReadFeed;
  /**
   * Whether it dates an Atom entry without `published` by its `updated`, which RFC 4287 §4.1.2
   * requires, and which for an undated article holds the build's stand-in (1970-01-01).
   */
  datesByUpdated: boolean;
}

const READERS: Reader[] = [
  { name: "feedsmith", read: readWithFeedsmith, datesByUpdated: false },
  { name: "feed-extractor", read: readWithFeedExtractor, datesByUpdated: true },
];

/** What `reader` should see of an article in `format`. */
function expectedItem(
  bundle: Bundle,
  article: Article,
  reader: Reader,
  format: Format,
): Omit<ReadItem, "html"> {
  const url = permalink(ORIGIN, article);
  const isDated = article.dated || (format === "atom" && reader.datesByUpdated);
  return {
    id: url,
    link: url,
    title: article.title,
    published: isDated ? Date.parse(article.date) : null,
    categories: categoryLabels(bundle, article),
    image: article.image === null ? null : `${ORIGIN}/img/${article.image.key}`,
  };
}

/** The scopes read here: the site, and the top-level category with the most articles. */
function readScopes(bundle: Bundle): Scope[] {
  const [site] = scopesOf(bundle);
  const largest = topLevelScopes(bundle).sort(
    (a, b) => b.category.articles.length - a.category.articles.length,
  )[0];
  if (site === undefined || largest === undefined) throw new Error("test: the bundle has no category");
  return [site, largest];
}

describe.each(BUNDLES)("the %s feeds, read", (_, bundle) => {
  const { get } = appOver(bundle);
  const cases = READERS.flatMap((reader) =>
    readScopes(bundle).flatMap((scope) =>
      FORMATS.map(({ format, file }) => ({
        name: `${reader.name} reads ${scope.name} ${file}`,
        reader,
        scope,
        format,
        file,
      })),
    ),
  );

  it.each(cases)("$name: every item as the bundle has it", async ({ reader, scope, format, file }) => {
    const articles = articlesIn(bundle, scope.index);
    expect(articles.length).toBeLessThanOrEqual(MAX_LIMIT);
    const response = await get(`${ORIGIN}${scope.path}${file}?limit=${MAX_LIMIT}`);
    expect(response.status).toBe(200);
    const feed = reader.read(format, await response.text());
    expect(feed.home).toBe(`${ORIGIN}${scope.path}`);
    expect(feed.items.map(({ html: _, ...seen }) => seen)).toEqual(
      articles.map((article) => expectedItem(bundle, article, reader, format)),
    );
    for (const [i, item] of feed.items.entries()) {
      // The article's HTML, its proxied images made absolute on our origin.
      const html = articles[i]?.html.replaceAll('src="/img/', `src="${ORIGIN}/img/`);
      expect(item.html, item.id).toBe(html);
    }
  });
});
