import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Bundle } from "../model.ts";
import { assignArticleIds } from "./article-id.ts";
import { assembleBundle, type BundleText, parseBundle } from "./build-bundle.ts";
import { buildCategoryTree } from "./categories.ts";
import { findPosts } from "./find-posts.ts";
import type { PostCache } from "./post-cache.ts";
import type { Problem } from "./problems.ts";
import { type PostOptions, type PublishedPost, readPost } from "./read-post.ts";

/** What a build depends on besides the content itself. */
export interface BuildOptions extends PostOptions {
  /** The content folder, as the user named it (problems are reported with this prefix). */
  contentDir: string;
  /** Results of earlier builds, so unchanged posts are not read and cleaned again. */
  cache?: PostCache;
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** The outcome of a build: the bundle, and every problem found on the way. */
export interface BuildResult {
  /** `bundle.js`'s text. */
  text: BundleText;
  /** The bundle itself, parsed from `text` on first use (the CLI never needs it). */
  readonly bundle: Bundle;
  /** The content paths of the published posts, in the bundle's order (newest first). */
  order: string[];
  /** Articles and categories in the bundle (the root category included). */
  articles: number;
  categories: number;
  problems: Problem[];
  /** Post files read. */
  files: number;
  /** Files not published (each has a "skip" problem). */
  skipped: number;
  /** Posts whose cached results were reused. */
  reused: number;
}

/**
 * Reads every post under `options.contentDir` and returns the bundle the worker serves.
 * Never throws for bad content: each problem is reported, and only files with nothing publishable
 * are skipped.
 */
export function buildSite(options: BuildOptions): BuildResult {
  const sources = findPosts(options.contentDir);
  const problems: Problem[] = [];
  const posts: Array<{ source: string; post: PublishedPost }> = [];
  const images = new Map<string, string>();
  // One closure for all posts, not one per post: 10,000 of them show in a rebuild's profile.
  const compute = (source: string, bytes: Uint8Array) => readPost(source, bytes, options);
  // `join(dir, source)` without its cost per post: content paths have no `.`, `..` or empty
  // segments (see `findPosts`), so joining normalizes nothing past the folder's own path.
  const prefix = join(options.contentDir, "_").slice(0, -1);
  sources.forEach((source, index) => {
    const file = prefix + source;
    const record = options.cache
      ? options.cache.read(file, source, options.now, compute)
      : compute(source, readFileSync(file));
    options.onProgress?.(index + 1, sources.length);
    if ("skip" in record) {
      problems.push({ ...record.skip, file, severity: "skip" });
      return;
    }
    for (const problem of record.problems) problems.push({ ...problem, file, severity: "warning" });
    for (const [key, url] of record.images) {
      if ((images.get(key) ?? url) !== url) throw new Error(`build: image key ${key} names two URLs`);
      images.set(key, url);
    }
    posts.push({ source, post: record });
  });

  const ids = assignArticleIds(
    posts.map(({ source }) => source),
    posts.map(({ post }) => post.pathHash),
  );
  const sorted = sortNewestFirst(
    posts.map(({ source, post }, i) => ({ source, post, id: ids[i] as string })),
    (source) => options.cache?.rankOf(source) ?? -1,
  );
  const { categories, categoryOf } = buildCategoryTree(sorted.map(({ post }) => post.categories));
  const text = assembleBundle({
    articles: sorted.map(({ post, id }, i) => ({ text: post.text, id, category: categoryOf[i] ?? 0 })),
    categories,
    images,
    allowLoopbackImages: options.allowLoopbackImages,
  });
  let bundle: Bundle | undefined;
  return {
    text,
    get bundle() {
      bundle ??= parseBundle(text);
      return bundle;
    },
    order: sorted.map(({ source }) => source),
    articles: posts.length,
    categories: categories.length,
    problems,
    files: sources.length,
    skipped: problems.filter((p) => p.severity === "skip").length,
    reused: options.cache?.hits ?? 0,
  };
}

interface Sortable {
  source: string;
  post: { date: string };
  id: string;
}

/**
 * Newest first; posts of the same second in id order, so the order never depends on the file
 * system. `rankOf` is each post's place in an earlier build's order, or -1: laid out in it first,
 * the posts are nearly sorted, and the sort (a merge of runs) takes one pass.
 */
function sortNewestFirst<T extends Sortable>(items: T[], rankOf: (source: string) => number): T[] {
  const ranked: T[] = [];
  const unranked: T[] = [];
  for (const item of items) {
    const rank = rankOf(item.source);
    if (rank === -1) unranked.push(item);
    else ranked[rank] = item;
  }
  // `filter` passes over the holes left by posts that are gone.
  return [...ranked.filter(() => true), ...unranked].sort(compareNewestFirst);
}

function compareNewestFirst(a: Sortable, b: Sortable): number {
  if (a.post.date !== b.post.date) return a.post.date < b.post.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
