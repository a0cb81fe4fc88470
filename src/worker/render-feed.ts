import type { FeedDocument } from "../feed/feed-document.ts";
import { toFeedItem } from "../feed/feed-item.ts";
import type { Settings } from "../site.ts";
import type { CacheableBody } from "./cacheable-response.ts";
import { FEED_FORMATS, type FeedFormat } from "./feed-formats.ts";
import { nameCategory } from "./pages/category-trail.ts";
import { canonicalQuery, type Paging, pageCount } from "./paging.ts";
import { articlePath, categoryPath, type SiteIndex } from "./site-index.ts";

/** Which feed a request asks for. */
export interface FeedRequest {
  /** Index of the scope in `bundle.categories` (0: the whole site). */
  category: number;
  format: FeedFormat;
  paging: Paging;
  /** Absolute base of every link: `BASE_URL` or the request's origin. */
  baseUrl: string;
}

/**
 * Renders one page of one scope's feed, or returns null when the page is past the last one.
 *
 * @example
 * renderFeed(site, settings, { category: 0, format: "rss", paging: { page: 1, limit: 20 }, baseUrl })
 */
export function renderFeed(site: SiteIndex, settings: Settings, request: FeedRequest): CacheableBody | null {
  const { bundle } = site;
  const category = bundle.categories[request.category];
  if (category === undefined) return null;
  const { page, limit } = request.paging;
  const pages = pageCount(category.articles.length, limit);
  if (page > pages) return null;

  const { file, type, render } = FEED_FORMATS[request.format];
  const base = request.baseUrl;
  const scopePath = categoryPath(category);
  const feedUrl = (n: number) =>
    `${base}${scopePath}${file}${canonicalQuery({ page: n, limit }, settings.feedItems)}`;
  const articles = category.articles.slice((page - 1) * limit, page * limit).map((i) => bundle.articles[i]);
  const items = articles.flatMap((article) =>
    article === undefined
      ? []
      : [toFeedItem(article, bundle, { baseUrl: base, url: `${base}${articlePath(article)}` })],
  );
  const scopeName = nameCategory(bundle, request.category);
  // A feed's own date is its newest item's, so an unchanged feed renders the same bytes.
  const updated = items[0]?.date ?? site.newest;
  const doc: FeedDocument = {
    title: scopeName === "" ? settings.siteTitle : `${scopeName} · ${settings.siteTitle}`,
    description: settings.siteDescription,
    language: settings.language,
    homeUrl: `${base}${scopePath}`,
    selfUrl: feedUrl(page),
    pages: {
      first: feedUrl(1),
      last: feedUrl(pages),
      next: page < pages ? feedUrl(page + 1) : null,
      previous: page > 1 ? feedUrl(page - 1) : null,
    },
    updated,
    author: settings.siteTitle,
    items,
  };
  return { body: render(doc), type, lastModified: updated };
}
