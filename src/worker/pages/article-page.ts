import { withAbsoluteImages } from "../../article-html.ts";
import type { Settings } from "../../site.ts";
import { articlePath, categoryPath, type SiteIndex } from "../site-index.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { renderArticleDate } from "./article-date.ts";
import { nameCategory, renderBreadcrumbs } from "./category-trail.ts";
import { renderFeedAlternates, renderFeedLinks } from "./feed-links.ts";
import { html, trustHtml } from "./html.ts";
import { renderLayout } from "./layout.ts";
import { UI_TEXT } from "./ui-text.ts";

/**
 * An article's page: breadcrumbs to its category, title, date, author, the cleaned content, and
 * its category's feeds (the site's when it has no category). `article` is an index into
 * `bundle.articles`, from `site.articleById`.
 *
 * @example
 * renderArticlePage(site, settings, "https://news.example.com", site.articleById.get("a1b2c3")!)
 * @throws RangeError when there is no such article (a routing mistake, not a reader's).
 */
export function renderArticlePage(
  site: SiteIndex,
  settings: Settings,
  origin: string,
  article: number,
): string {
  const { bundle } = site;
  const item = bundle.articles[article];
  if (item === undefined) throw new RangeError(`pages: there is no article ${article}`);
  const category = bundle.categories[item.category];
  const scope = category === undefined || item.category === 0 ? "/" : categoryPath(category);
  const name = scope === "/" ? "" : nameCategory(bundle, item.category);
  const main = html`${renderBreadcrumbs(bundle, item.category, { isCurrent: false })}
<article>
<h1>${item.title}</h1>
<p class="meta">${renderArticleDate(item, settings.timeZone)}${
    item.author !== "" && html` · ${UI_TEXT.author}：${item.author}`
  }</p>
<div class="content">
${trustHtml(withAbsoluteImages(item.html, origin))}
</div>
</article>
<p class="meta">${name === "" ? UI_TEXT.subscribeSite : `${UI_TEXT.subscribe}「${name}」`}：${renderFeedLinks(scope)}</p>`;
  return renderLayout(settings, {
    title: `${item.title} - ${settings.siteTitle}`,
    description: item.summary,
    canonical: absoluteUrl(origin, articlePath(item)),
    alternates: renderFeedAlternates(
      origin,
      scope,
      name === "" ? settings.siteTitle : `${settings.siteTitle} › ${name}`,
    ),
    main,
  });
}
