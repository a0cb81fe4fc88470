import { pageCount } from "../paging.ts";

/** Which items of a listing one page shows: `items.slice(start, end)`, out of `pages` pages. */
export interface PageSlice {
  start: number;
  end: number;
  pages: number;
}

/**
 * The slice of a list of `count` items that page `page` shows, `limit` to a page, or null past the
 * last page (the caller answers 404). An empty list still has its first page.
 *
 * @example
 * slicePage(45, 3, 20) // { start: 40, end: 45, pages: 3 }
 * slicePage(45, 4, 20) // null
 */
export function slicePage(count: number, page: number, limit: number): PageSlice | null {
  const pages = pageCount(count, limit);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  const start = (page - 1) * limit;
  return { start, end: Math.min(start + limit, count), pages };
}
