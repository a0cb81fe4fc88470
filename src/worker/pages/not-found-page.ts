import type { Settings } from "../../site.ts";
import type { SiteIndex } from "../site-index.ts";
import { renderCategoryTree } from "./category-tree.ts";
import { html } from "./html.ts";
import { renderLayout } from "./layout.ts";
import { UI_TEXT } from "./ui-text.ts";

/**
 * The 404 page: what was not found (`message`, plain text), a link home and the category tree,
 * so a reader arriving from a stale link can find their way. Kept out of search engines.
 *
 * @example
 * renderNotFoundPage(site, settings, "没有 ID 为 abc 的文章。") // "<!doctype html>…"
 */
export function renderNotFoundPage(site: SiteIndex, settings: Settings, message: string): string {
  const tree = renderCategoryTree(site.bundle, 0);
  const main = html`<h1>${UI_TEXT.notFound}</h1>
${message !== "" && html`<p>${message}</p>`}
<p><a href="/">${UI_TEXT.backHome}</a></p>
${tree && html`<section aria-labelledby="categories">\n<h2 id="categories">${UI_TEXT.categories}</h2>\n${tree}\n</section>`}`;
  return renderLayout(settings, {
    title: `${UI_TEXT.notFound} - ${settings.siteTitle}`,
    isIndexable: false,
    main,
  });
}
