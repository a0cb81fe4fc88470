import type { Settings } from "../../site.ts";
import { categoryPath, type SiteIndex } from "../site-index.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { renderArticleList } from "./article-list.ts";
import { nameCategory, renderBreadcrumbs } from "./category-trail.ts";
import { renderCategoryTree } from "./category-tree.ts";
import { renderFeedAlternates, renderFeedLinks } from "./feed-links.ts";
import { renderHomePage } from "./home-page.ts";
import { html } from "./html.ts";
import { renderLayout } from "./layout.ts";
import { slicePage } from "./page-slice.ts";
import { pageHref, renderPager } from "./pager.ts";
import { UI_TEXT } from "./ui-text.ts";

/**
 * A category's page: breadcrumbs, its feeds, page `page` of its and its descendants' articles,
 * and its subcategories. Null when `page` is past the last page. `category` is an index into
 * `bundle.categories`, from `site.categoryByPath`; the root's page is the home page.
 *
 * @example
 * renderCategoryPage(site, settings, "https://news.example.com", site.categoryByPath.get("金融/新浪财经")!, 1)
 * @throws RangeError when there is no such category (a routing mistake, not a reader's).
 */
export function renderCategoryPage(
  site: SiteIndex,
  settings: Settings,
  origin: string,
  category: number,
  page: number,
): string | null {
  if (category === 0) return renderHomePage(site, settings, origin, page);
  const { bundle } = site;
  const node = bundle.categories[category];
  if (node === undefined) throw new RangeError(`pages: there is no category ${category}`);
  const slice = slicePage(node.articles.length, page, settings.pageItems);
  if (slice === null) return null;
  const articles = node.articles.slice(slice.start, slice.end).flatMap((i) => bundle.articles[i] ?? []);
  const path = categoryPath(node);
  const name = nameCategory(bundle, category);
  const tree = renderCategoryTree(bundle, category);
  const main = html`${renderBreadcrumbs(bundle, category, { isCurrent: true })}
<h1>${node.label}</h1>
<p class="meta">${UI_TEXT.subscribeCategory}：${renderFeedLinks(path)}</p>
<section aria-labelledby="latest">
<h2 id="latest">${UI_TEXT.latest}</h2>
${renderArticleList(bundle, articles, settings.timeZone, origin)}
${renderPager(path, page, slice.pages)}
</section>
${tree && html`<section aria-labelledby="subcategories">\n<h2 id="subcategories">${UI_TEXT.subcategories}</h2>\n${tree}\n</section>`}`;
  const title = page > 1 ? `${name} - ${UI_TEXT.pageOf(page, slice.pages)}` : name;
  return renderLayout(settings, {
    title: `${title} - ${settings.siteTitle}`,
    canonical: absoluteUrl(origin, pageHref(path, page)),
    alternates: renderFeedAlternates(origin, path, `${settings.siteTitle} › ${name}`),
    main,
  });
}
