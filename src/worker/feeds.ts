import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { FeedScope } from "../feed/opml.ts";
import { renderOpml } from "../feed/opml.ts";
import type { Settings } from "../site.ts";
import { cacheableResponse } from "./cacheable-response.ts";
import { FEED_FORMATS, type FeedFormat } from "./feed-formats.ts";
import { limitsOf, readPaging } from "./paging.ts";
import { renderFeed } from "./render-feed.ts";
import { requestBase } from "./request-base.ts";
import { settingsOf } from "./settings.ts";
import { categoryPath, type SiteIndex } from "./site-index.ts";

/**
 * Answers a feed request for one scope (0: the whole site) in one format.
 *
 * @throws PagingError for unusable `page`/`limit` (the app answers 400); HTTPException 404 past the
 * last page.
 */
export async function serveFeed(
  c: Context,
  site: SiteIndex,
  category: number,
  format: FeedFormat,
): Promise<Response> {
  const settings = settingsOf(c.env);
  const paging = readPaging(new URL(c.req.url).searchParams, limitsOf(settings));
  const doc = renderFeed(site, settings, { category, format, paging, baseUrl: requestBase(c, settings) });
  if (doc === null) throw new HTTPException(404, { message: `page ${paging.page} does not exist` });
  return cacheableResponse(doc, settings);
}

/** Answers `/opml.xml`: every scope's RSS feed, nested like the category tree. */
export async function serveOpml(c: Context, site: SiteIndex): Promise<Response> {
  const settings = settingsOf(c.env);
  const base = requestBase(c, settings);
  const body = renderOpml({
    title: settings.siteTitle,
    ownerName: settings.siteTitle,
    dateModified: site.newest,
    root: feedScope(site, settings, base, 0),
  });
  return cacheableResponse({ body, type: "text/x-opml; charset=utf-8", lastModified: site.newest }, settings);
}

function feedScope(site: SiteIndex, settings: Settings, base: string, index: number): FeedScope {
  const category = site.bundle.categories[index];
  if (category === undefined) throw new RangeError(`worker: there is no category ${index}`);
  const home = `${base}${categoryPath(category)}`;
  const url = (format: FeedFormat) => `${home}${FEED_FORMATS[format].file}`;
  return {
    label: index === 0 ? settings.siteTitle : category.label,
    homeUrl: home,
    feedUrls: { rss: url("rss"), atom: url("atom"), json: url("json") },
    children: category.children.map((child) => feedScope(site, settings, base, child)),
  };
}
