import type { Bundle } from "../../model.ts";
import { categoryPath, categoryTrail } from "../site-index.ts";
import { type Html, html } from "./html.ts";
import { UI_TEXT } from "./ui-text.ts";

const SEPARATOR = html`<span class="separator" aria-hidden="true">›</span>`;

/**
 * Breadcrumbs from the home page down to a category. On the category's own page (`isCurrent`) the
 * last crumb is marked `aria-current` and not linked; on an article page every crumb is a link.
 *
 * @example
 * renderBreadcrumbs(bundle, sina, { isCurrent: true })
 * // <nav class="breadcrumbs" aria-label="当前位置"><ol><li><a href="/">首页</a></li><li>› <a …>金融</a></li>…
 */
export function renderBreadcrumbs(bundle: Bundle, category: number, options: { isCurrent: boolean }): Html {
  const trail = categoryTrail(bundle, category);
  const crumbs = trail.map((crumb, i) => {
    const label =
      options.isCurrent && i === trail.length - 1
        ? html`<span aria-current="page">${crumb.label}</span>`
        : html`<a href="${categoryPath(crumb)}">${crumb.label}</a>`;
    return html`<li>${SEPARATOR} ${label}</li>`;
  });
  return html`<nav class="breadcrumbs" aria-label="${UI_TEXT.breadcrumbs}"><ol><li><a href="/">${UI_TEXT.home}</a></li>${crumbs}</ol></nav>`;
}

/**
 * A category's path as inline links (`金融 › 新浪财经`), for an article's line in a list; nothing for
 * the root.
 *
 * @example
 * renderCategoryLinks(bundle, sina) // <a href="/categories/%E9%87%91%E8%9E%8D/">金融</a> › <a …>新浪财经</a>
 */
export function renderCategoryLinks(bundle: Bundle, category: number): Html {
  const links = categoryTrail(bundle, category).map((crumb, i) => [
    i > 0 && html` ${SEPARATOR} `,
    html`<a href="${categoryPath(crumb)}">${crumb.label}</a>`,
  ]);
  return html`${links}`;
}

/**
 * A category's path as plain text (`金融 › 新浪财经`), for titles; "" for the root.
 *
 * @example
 * nameCategory(bundle, sina) // "金融 › 新浪财经"
 */
export function nameCategory(bundle: Bundle, category: number): string {
  return categoryTrail(bundle, category)
    .map((crumb) => crumb.label)
    .join(" › ");
}
