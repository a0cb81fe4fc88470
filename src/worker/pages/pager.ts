import { canonicalQuery } from "../paging.ts";
import { type Html, html } from "./html.ts";
import { UI_TEXT } from "./ui-text.ts";

/**
 * The link to page `page` of the listing at `path`: page 1 without a query (its canonical URL),
 * the others with `?page=N`, in the same form as the worker's cache keys.
 *
 * @example
 * pageHref("/", 1) // "/"
 * pageHref("/", 3) // "/?page=3"
 */
export function pageHref(path: string, page: number): string {
  // Pages have no `limit` parameter: passing the same limit twice leaves it out.
  return path + canonicalQuery({ page, limit: 1 }, 1);
}

/**
 * Links between the pages of a listing at `path`: "较新" (`rel="prev"`) and "较早" (`rel="next"`),
 * each only where there is such a page, and the position. Null when everything fits on one page.
 *
 * @example
 * renderPager("/", 2, 3)
 * // <nav class="pager" aria-label="分页"><a href="/" rel="prev">较新</a>
 * //   <span class="pager-position">第 2 / 3 页</span><a href="/?page=3" rel="next">较早</a></nav>
 */
export function renderPager(path: string, page: number, pages: number): Html | null {
  if (pages <= 1) return null;
  // Empty spans keep "较早" on the right when there is no "较新", and the reverse.
  const newer =
    page > 1
      ? html`<a href="${pageHref(path, page - 1)}" rel="prev">${UI_TEXT.newer}</a>`
      : html`<span></span>`;
  const older =
    page < pages
      ? html`<a href="${pageHref(path, page + 1)}" rel="next">${UI_TEXT.older}</a>`
      : html`<span></span>`;
  return html`<nav class="pager" aria-label="${UI_TEXT.paging}">${newer}<span class="pager-position">${UI_TEXT.pageOf(page, pages)}</span>${older}</nav>`;
}
