import type { Article, Bundle } from "../../../src/model.ts";
import { articlesIn, scopesOf } from "./site.ts";

/** One route of each kind the worker renders, and what its newest thing is. */
export interface Route {
  name: string;
  /** Root-relative, with its query. */
  path: string;
  /** The article whose date the response's Last-Modified must be (the newest it shows). */
  newest: Article;
}

/**
 * A route of every kind: the site's three feeds, a category's feeds and page, OPML, the home page,
 * an article's page; and pages 2 of a feed and a listing, which start further down the list.
 */
export function routesOf(bundle: Bundle): Route[] {
  const scopes = scopesOf(bundle);
  const category = scopes.find((scope) => scope.index > 0 && scope.category.children.length > 0);
  const [newest, second, third] = bundle.articles;
  if (category === undefined || newest === undefined || second === undefined || third === undefined) {
    throw new Error("test: the bundle is too small");
  }
  const [categoryNewest, categorySecond] = articlesIn(bundle, category.index);
  if (categoryNewest === undefined || categorySecond === undefined) {
    throw new Error(`test: category ${category.name} has less than two articles`);
  }
  return [
    { name: "the site's RSS", path: "/rss.xml", newest },
    { name: "the site's Atom", path: "/atom.xml", newest },
    { name: "the site's JSON Feed", path: "/feed.json", newest },
    { name: "page 3 of the site's RSS, 1 to a page", path: "/rss.xml?limit=1&page=3", newest: third },
    { name: "a category's Atom", path: `${category.path}atom.xml`, newest: categoryNewest },
    {
      name: "page 2 of a category's JSON Feed",
      path: `${category.path}feed.json?limit=1&page=2`,
      newest: categorySecond,
    },
    { name: "OPML", path: "/opml.xml", newest },
    { name: "the home page", path: "/", newest },
    { name: "a category's page", path: category.path, newest: categoryNewest },
    { name: "an article's page", path: `/articles/${encodeURIComponent(second.id)}`, newest: second },
  ];
}
