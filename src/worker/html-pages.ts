import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { cacheableResponse } from "./cacheable-response.ts";
import {
  FAVICON_SVG,
  renderArticlePage,
  renderCategoryPage,
  renderHomePage,
  STYLESHEET,
} from "./pages/index.ts";
import { readPage } from "./paging.ts";
import { requestBase } from "./request-base.ts";
import { settingsOf } from "./settings.ts";
import type { SiteIndex } from "./site-index.ts";

const HTML = "text/html; charset=utf-8";

/** Answers `/` and `/categories/…/`: a page of the scope's latest articles. */
export async function serveListingPage(c: Context, site: SiteIndex, category: number): Promise<Response> {
  const settings = settingsOf(c.env);
  const page = readPage(new URL(c.req.url).searchParams);
  const base = requestBase(c, settings);
  const body =
    category === 0
      ? renderHomePage(site, settings, base, page)
      : renderCategoryPage(site, settings, base, category, page);
  if (body === null) throw new HTTPException(404, { message: `没有第 ${page} 页。` });
  // A listing changes when its newest article does.
  const newest = site.bundle.categories[category]?.articles[0];
  const lastModified = (newest === undefined ? undefined : site.bundle.articles[newest]?.date) ?? site.newest;
  return cacheableResponse({ body, type: HTML, lastModified }, settings);
}

/** Answers `/articles/<id>`. */
export async function serveArticlePage(c: Context, site: SiteIndex, id: string): Promise<Response> {
  const index = site.articleById.get(id);
  const article = index === undefined ? undefined : site.bundle.articles[index];
  if (index === undefined || article === undefined) {
    throw new HTTPException(404, { message: "没有这篇文章。" });
  }
  const settings = settingsOf(c.env);
  const body = renderArticlePage(site, settings, requestBase(c, settings), index);
  return cacheableResponse({ body, type: HTML, lastModified: article.date }, settings);
}

/** Answers the stylesheet's fingerprinted path: its name changes with its content, so it never goes stale. */
export function serveStylesheet(): Response {
  return new Response(STYLESHEET, {
    headers: {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
      // Answered gzip-encoded or plain by what the client accepts (see contentEncoding).
      vary: "Accept-Encoding",
    },
  });
}

/** Answers `/favicon.svg` and `/favicon.ico` (which browsers request on their own) with the icon. */
export function serveFavicon(): Response {
  return new Response(FAVICON_SVG, {
    headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" },
  });
}
