import type { Bundle } from "../../model.ts";
import { categoryPath } from "../site-index.ts";
import { renderFeedLinks } from "./feed-links.ts";
import { type Html, html } from "./html.ts";
import { UI_TEXT } from "./ui-text.ts";

/**
 * The categories under `parent`, as nested lists: each with its page link, its article count and
 * its feeds. Null when `parent` has no children (or does not exist: a bundle without categories).
 *
 * @example
 * renderCategoryTree(bundle, 0)
 * // <ul class="category-tree"><li><a href="/categories/%E9%87%91%E8%9E%8D/">金融</a> <span class="count">（5 篇）</span>
 * //   <span class="feeds">…</span><ul>…</ul></li>…</ul>
 */
export function renderCategoryTree(bundle: Bundle, parent: number): Html | null {
  const children = bundle.categories[parent]?.children ?? [];
  if (children.length === 0) return null;
  const items = children.map((index) => {
    const category = bundle.categories[index];
    if (category === undefined) return null;
    const path = categoryPath(category);
    return html`<li><a href="${path}">${category.label}</a> <span class="count">${UI_TEXT.articleCount(category.articles.length)}</span> ${renderFeedLinks(path)}${renderCategoryTree(bundle, index)}</li>`;
  });
  return html`<ul class="category-tree">${items}</ul>`;
}
