import type { Article, Bundle, Category } from "../model.ts";

/** Lookups over a bundle, built once per isolate. */
export interface SiteIndex {
  bundle: Bundle;
  /** Category by its path segments joined with "/" ("" is the root). */
  categoryByPath: Map<string, number>;
  /** Article index by id. */
  articleById: Map<string, number>;
  /** The newest article date in the bundle, or the epoch when there are none (stable either way). */
  newest: string;
}

/** Indexes a bundle for the worker's routes. */
export function indexSite(bundle: Bundle): SiteIndex {
  return {
    bundle,
    categoryByPath: new Map(bundle.categories.map((category, i) => [category.path.join("/"), i])),
    articleById: new Map(bundle.articles.map((article, i) => [article.id, i])),
    newest: bundle.articles[0]?.date ?? "1970-01-01T00:00:00Z",
  };
}

/** The categories from the root down to `index`, root excluded. */
export function categoryTrail(bundle: Bundle, index: number): Category[] {
  const trail: Category[] = [];
  for (let i = index; i > 0; i = bundle.categories[i]?.parent ?? 0) {
    const category = bundle.categories[i];
    if (category) trail.unshift(category);
  }
  return trail;
}

/** Root-relative URL path of a category (`/categories/金融/新浪财经/`, percent-encoded); "/" for the root. */
export function categoryPath(category: Category): string {
  if (category.path.length === 0) return "/";
  return `/categories/${category.path.map(encodeURIComponent).join("/")}/`;
}

/** Root-relative URL path of an article page. */
export function articlePath(article: Article): string {
  return `/articles/${encodeURIComponent(article.id)}`;
}

/**
 * Finds the category a `/categories/…` URL path names, and the file after it ("" for the
 * category's page, `rss.xml`…), or null when there is no such category.
 *
 * @example
 * resolveCategoryUrl(site, "/categories/%E9%87%91%E8%9E%8D/rss.xml") // { category: 1, file: "rss.xml" }
 */
export function resolveCategoryUrl(
  site: SiteIndex,
  pathname: string,
): { category: number; file: string } | null {
  const rest = pathname.replace(/^\/categories\//, "");
  const parts = rest.split("/");
  const file = parts.pop() ?? "";
  let segments: string[];
  try {
    segments = parts.map((part) => decodeURIComponent(part).normalize("NFC"));
  } catch {
    return null;
  }
  // No segment may be empty (`/categories//` would name the root, the site itself) or hold a "/"
  // (`金融%2F新浪财经` would name 金融/新浪财经 under a second URL): built segments never do.
  if (segments.length === 0 || segments.some((segment) => segment === "" || segment.includes("/"))) {
    return null;
  }
  const category = site.categoryByPath.get(segments.join("/"));
  return category === undefined ? null : { category, file };
}
