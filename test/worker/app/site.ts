/**
 * What the route tests know about a site, worked out from the bundle alone (never from the
 * worker's own helpers), so that the app's answers are checked against an independent reading.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import type { Article, Bundle, Category } from "../../../src/model.ts";
import { createApp } from "../../../src/worker/app.ts";
import { contentBundle, corpusBundle } from "../../bundles.ts";

/** The two bundles every route test runs against: the real corpus and the samples in content/. */
export const BUNDLES: [name: string, bundle: Bundle][] = [
  ["corpus", corpusBundle()],
  ["content", contentBundle()],
];

/** The three feed formats: file name under a scope, and the exact Content-Type each must have. */
export const FORMATS = [
  { format: "rss", file: "rss.xml", type: "application/rss+xml; charset=utf-8" },
  { format: "atom", file: "atom.xml", type: "application/atom+xml; charset=utf-8" },
  { format: "json", file: "feed.json", type: "application/feed+json; charset=utf-8" },
] as const;

export type Format = (typeof FORMATS)[number]["format"];

export const HTML_TYPE = "text/html; charset=utf-8";
export const OPML_TYPE = "text/x-opml; charset=utf-8";

/** The site or one category: the unit that has a page and three feeds. */
export interface Scope {
  /** Index in `bundle.categories` (0: the site). */
  index: number;
  /** For test names: "site", or the category's path segments joined with "/". */
  name: string;
  /** Root-relative path of its page: "/" or `/categories/<seg>/…/`, each segment percent-encoded. */
  path: string;
  category: Category;
}

/** Every scope of a bundle: the site first, then every category at every level. */
export function scopesOf(bundle: Bundle): Scope[] {
  return bundle.categories.map((category, index) => ({
    index,
    name: index === 0 ? "site" : category.path.join("/"),
    path: index === 0 ? "/" : `/categories/${category.path.map(encodeURIComponent).join("/")}/`,
    category,
  }));
}

/** The scopes just under the site. */
export function topLevelScopes(bundle: Bundle): Scope[] {
  return scopesOf(bundle).filter((scope) => scope.category.parent === 0);
}

/** Whether category `index` is `ancestor` or lies under it. */
export function isWithin(bundle: Bundle, index: number, ancestor: number): boolean {
  for (let at = index; at >= 0; at = bundle.categories[at]?.parent ?? -1) if (at === ancestor) return true;
  return false;
}

/**
 * The articles a scope's feed must hold, in order: those filed in it or in any category under it,
 * in the bundle's order (newest first, which `bundle order` below checks).
 */
export function articlesIn(bundle: Bundle, scope: number): Article[] {
  return bundle.articles.filter((article) => isWithin(bundle, article.category, scope));
}

/** The labels of an article's category path, top level first; none for the site. */
export function categoryLabels(bundle: Bundle, article: Article): string[] {
  const labels: string[] = [];
  for (let at = article.category; at > 0; at = bundle.categories[at]?.parent ?? 0) {
    labels.unshift(bundle.categories[at]?.label ?? "");
  }
  return labels;
}

/** An article's permalink: its page, and its id in every feed. */
export function permalink(origin: string, article: Article): string {
  return `${origin}/articles/${encodeURIComponent(article.id)}`;
}

/** The largest `limit` a request may ask for by default (FEED_MAX_ITEMS). */
export const MAX_LIMIT = 100;

/** Pages of `count` items, `limit` to a page; an empty scope still has its first page. */
export function pagesOf(count: number, limit: number): number {
  return Math.max(1, Math.ceil(count / limit));
}

/** The worker's `env` (wrangler.toml's `[vars]`) with some settings changed. */
export function envWith(vars: Record<string, string> = {}): Env {
  return { ...env, ...vars } as Env;
}

/** An app over `bundle` and a way to call it with the given settings. */
export function appOver(bundle: Bundle, vars: Record<string, string> = {}) {
  const app = createApp(bundle);
  const settings = envWith(vars);
  return {
    app,
    env: settings,
    get: async (url: string, headers: HeadersInit = {}) => app.request(url, { headers }, settings),
    request: async (url: string, init: RequestInit = {}) => app.request(url, init, settings),
  };
}

/**
 * Calls `app` as the runtime would, through `app.fetch` with an execution context, and waits for
 * what it left running (Cache API writes, handed to waitUntil) once the body is read.
 */
export async function fetchThrough(
  app: ReturnType<typeof createApp>,
  url: string,
  vars: Record<string, string> = {},
  method = "GET",
  headers: HeadersInit = {},
): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.fetch(new Request(url, { method, headers }), envWith(vars), ctx);
  const body = await response.arrayBuffer();
  await waitOnExecutionContext(ctx);
  return new Response(body, response);
}

/** A copy of `bundle` as another deploy would have it: one title changed, a new version. */
export function editedBundle(bundle: Bundle, title = "改过的标题"): Bundle {
  const copy = structuredClone(bundle);
  const first = copy.articles[0];
  if (first === undefined) throw new Error("test: the bundle has no article to edit");
  first.title = title;
  copy.version = `${bundle.version}-edited`;
  return copy;
}

let origins = 0;

/**
 * A fresh origin: the Cache API outlives an app, and its keys include the origin, so a test that
 * must start from an empty cache asks for its own.
 */
export function uniqueOrigin(): string {
  origins += 1;
  return `https://t${origins}-${Date.now().toString(36)}.example`;
}
