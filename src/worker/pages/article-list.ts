import type { Article, Bundle } from "../../model.ts";
import { articlePath } from "../site-index.ts";
import { renderArticleDate } from "./article-date.ts";
import { renderCategoryLinks } from "./category-trail.ts";
import { type Html, html } from "./html.ts";
import { renderImage } from "./image-tag.ts";
import { UI_TEXT } from "./ui-text.ts";

/**
 * One page of articles: each with its linked title, date, category path, image and summary.
 *
 * @example
 * renderArticleList(bundle, bundle.articles.slice(0, 20), "Asia/Shanghai", "https://news.example.com")
 * // <ol class="entries"><li class="entry"><article><h2><a href="/articles/a1">…</a></h2>…
 */
export function renderArticleList(
  bundle: Bundle,
  articles: readonly Article[],
  timeZone: string,
  origin: string,
): Html {
  if (articles.length === 0) return html`<p>${UI_TEXT.noArticles}</p>`;
  // Only the first image is likely on screen at once; the rest wait until scrolled near.
  const firstImage = articles.findIndex((article) => article.image !== null);
  const entries = articles.map((article, i) => {
    const categories = renderCategoryLinks(bundle, article.category);
    return html`<li class="entry"><article>
<h2><a href="${articlePath(article)}">${article.title}</a></h2>
<p class="meta">${renderArticleDate(article, timeZone)}${article.category > 0 && html` · ${categories}`}</p>
${
  article.image !== null &&
  // alt="": the image illustrates the title just above it, so a text alternative would repeat it.
  renderImage(origin, article.image, "", { eager: i === firstImage })
}${article.summary !== "" && html`<p>${article.summary}</p>`}
</article></li>
`;
  });
  return html`<ol class="entries">
${entries}</ol>`;
}
