import { withAbsoluteImages } from "../article-html.ts";
import type { Article, Bundle } from "../model.ts";
import type { FeedItem } from "./feed-document.ts";

/** Where an article's links point. */
export interface FeedItemLinks {
  /**
   * Absolute base of the site without a trailing slash (`https://news.example.com`, or with a path
   * prefix): `BASE_URL`, else the request's origin. Root-relative image URLs are resolved on it.
   */
  baseUrl: string;
  /** The article's absolute permalink: its page's URL, also its id in every feed. */
  url: string;
}

/**
 * Adapts a bundle article to a feed item: category path as labels (root first), image and
 * in-article images made absolute on `baseUrl`.
 *
 * The bundle's HTML points at the image proxy by root-relative URL (`src="/img/<key>"`, see
 * `Article.html`); feed readers resolve relative URLs unreliably, so they become absolute here.
 *
 * @example
 * toFeedItem(bundle.articles[0], bundle, {
 *   baseUrl: "https://news.example.com",
 *   url: "https://news.example.com/posts/sina-1",
 * }).image?.url // "https://news.example.com/img/3f2a….jpg"
 */
export function toFeedItem(article: Article, bundle: Bundle, links: FeedItemLinks): FeedItem {
  const { baseUrl, url } = links;
  return {
    url,
    title: article.title,
    html: withAbsoluteImages(article.html, baseUrl),
    summary: article.summary,
    date: article.date,
    dated: article.dated,
    author: article.author,
    categories: categoryLabels(bundle, article.category),
    image:
      article.image === null
        ? null
        : {
            url: `${baseUrl}/img/${article.image.key}`,
            type: article.image.type,
            width: article.image.width,
            height: article.image.height,
          },
  };
}

/** Labels from the top-level category down to `index`; the root (the whole site) has none. */
function categoryLabels(bundle: Bundle, index: number): string[] {
  const labels: string[] = [];
  for (let at = bundle.categories[index]; at !== undefined && at.parent !== -1; ) {
    labels.unshift(at.label);
    at = bundle.categories[at.parent];
  }
  return labels;
}
