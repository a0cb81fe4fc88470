import type { Settings } from "../../site.ts";
import type { SiteIndex } from "../site-index.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { renderArticleList } from "./article-list.ts";
import { renderCategoryTree } from "./category-tree.ts";
import { renderFeedAlternates } from "./feed-links.ts";
import { html } from "./html.ts";
import { renderLayout } from "./layout.ts";
import { slicePage } from "./page-slice.ts";
import { pageHref, renderPager } from "./pager.ts";
import { UI_TEXT } from "./ui-text.ts";

/**
 * The home page: the site's name and description, page `page` of the latest articles
 * (`settings.pageItems` to a page), and the category tree with every category's feeds. Null when
 * `page` is past the last page.
 *
 * @example
 * renderHomePage(site, settings, "https://news.example.com", 2) // "<!doctype html>…" or null
 */
export function renderHomePage(
  site: SiteIndex,
  settings: Settings,
  origin: string,
  page: number,
): string | null {
  const { bundle } = site;
  const slice = slicePage(bundle.articles.length, page, settings.pageItems);
  if (slice === null) return null;
  const articles = bundle.articles.slice(slice.start, slice.end);
  const tree = renderCategoryTree(bundle, 0);
  const main = html`<section aria-labelledby="latest">
<h2 id="latest">${UI_TEXT.latest}</h2>
${renderArticleList(bundle, articles, settings.timeZone, origin)}
${renderPager("/", page, slice.pages)}
</section>
${tree && html`<section aria-labelledby="categories">\n<h2 id="categories">${UI_TEXT.categories}</h2>\n${tree}\n</section>`}`;
  return renderLayout(settings, {
    title: page > 1 ? `${settings.siteTitle} - ${UI_TEXT.pageOf(page, slice.pages)}` : settings.siteTitle,
    description: settings.siteDescription,
    canonical: absoluteUrl(origin, pageHref("/", page)),
    alternates: renderFeedAlternates(origin, "/", settings.siteTitle),
    isHome: true,
    main,
  });
}
